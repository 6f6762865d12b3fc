import { describe, expect, it } from 'vitest';
import { NO_LOCAL_TARGETS, parseLocalTargets } from './dashboard-targets.ts';

describe('local dashboard targets', () => {
  it('reads the targets an organisation set', () => {
    expect(parseLocalTargets({ referralToSocHours: 72, conversionPercent: 80 })).toEqual({
      referralToSocHours: 72,
      conversionPercent: 80,
    });
  });

  it('shows no line for a missing, malformed or impossible value', () => {
    expect(parseLocalTargets(null)).toEqual(NO_LOCAL_TARGETS);
    expect(parseLocalTargets('72')).toEqual(NO_LOCAL_TARGETS);
    expect(parseLocalTargets({ referralToSocHours: '72', conversionPercent: 140 })).toEqual(
      NO_LOCAL_TARGETS,
    );
    expect(parseLocalTargets({ referralToSocHours: -1, conversionPercent: 0 })).toEqual(
      NO_LOCAL_TARGETS,
    );
  });
});
