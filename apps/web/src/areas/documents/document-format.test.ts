import { describe, expect, it } from 'vitest';
import { formatBytes } from './document-format.ts';

describe('file sizes', () => {
  it('reads naturally in English and Chinese, in the binary units of the 20 MB limit', () => {
    expect(formatBytes(193, 'en')).toBe('193 bytes');
    expect(formatBytes(20 * 1024 * 1024, 'en')).toBe('20 MB');
    expect(formatBytes(1536, 'en')).toBe('1.5 kB');
    expect(formatBytes(20 * 1024 * 1024, 'zh-CN')).toContain('20');
  });
});
