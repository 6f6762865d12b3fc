import { describe, expect, it } from 'vitest';
import {
  PRECONDITION_KEYS,
  blockingItems,
  canTakeSideExit,
  cumulativeRequirements,
  evaluateTransition,
  rolesWaitedOn,
  type AdmissionStage,
  type PreconditionKey,
} from './journey.ts';

const all = new Set<PreconditionKey>(PRECONDITION_KEYS);
const none = new Set<PreconditionKey>();
const open = (stage: AdmissionStage) => ({ stage, status: 'open' as const });

describe('the admission journey', () => {
  it('refuses to verify benefits without an active coverage on file, naming what is missing', () => {
    const verdict = evaluateTransition(
      open('information-complete'),
      'benefits-verified',
      new Set(['referral-information-complete']),
      ['reimbursement'],
    );
    expect(verdict).toMatchObject({
      allowed: false,
      reason: 'preconditions',
      missing: ['active-coverage-verified'],
    });
  });

  it('refuses start of care until authorization, financial review, pharmacist assessment, first delivery and first visit are all on file', () => {
    const met = new Set<PreconditionKey>([
      'referral-information-complete',
      'active-coverage-verified',
      'medication-ready',
      'first-dose-given',
    ]);
    const verdict = evaluateTransition(open('first-visit-scheduled'), 'start-of-care', met, [
      'nurse',
    ]);
    expect(verdict.allowed).toBe(false);
    if (verdict.allowed) return;
    expect(verdict.missing).toEqual([
      'authorization-decided',
      'pharmacist-assessment-complete',
      'financial-review-acknowledged',
      'first-delivery-delivered',
      'first-visit-scheduled',
    ]);
  });

  it('moves several stages at once when every stage passed is satisfied, listing each one', () => {
    const verdict = evaluateTransition(open('referral-received'), 'authorized', all, [
      'intake',
      'reimbursement',
    ]);
    expect(verdict).toEqual({
      allowed: true,
      passes: ['information-complete', 'benefits-verified', 'authorized'],
    });
  });

  it('refuses a jump through a stage the caller may not enter', () => {
    const verdict = evaluateTransition(
      open('pharmacist-assessment-done'),
      'first-visit-scheduled',
      all,
      ['intake'],
    );
    expect(verdict).toMatchObject({ allowed: false, reason: 'role' });
    if (!verdict.allowed) expect(verdict.message).toContain('"medication-ready"');
  });

  it('lets only the roles that do the work move an admission into a stage', () => {
    expect(
      evaluateTransition(open('authorized'), 'pharmacist-assessment-done', all, ['scheduler']),
    ).toMatchObject({ allowed: false, reason: 'role' });
    expect(
      evaluateTransition(open('authorized'), 'pharmacist-assessment-done', all, ['pharmacist'])
        .allowed,
    ).toBe(true);
  });

  it('never moves backwards or while on hold', () => {
    expect(
      evaluateTransition(open('authorized'), 'benefits-verified', all, ['reimbursement']),
    ).toMatchObject({ reason: 'not-forward' });
    expect(
      evaluateTransition(
        { stage: 'authorized', status: 'on-hold' },
        'pharmacist-assessment-done',
        all,
        ['pharmacist'],
      ),
    ).toMatchObject({ reason: 'not-open' });
  });

  it('accumulates requirements: a later stage needs everything the earlier ones needed', () => {
    expect(cumulativeRequirements('authorized')).toEqual([
      'referral-information-complete',
      'active-coverage-verified',
      'authorization-decided',
    ]);
  });

  it('shows what blocks the next stage and whose job each item is', () => {
    const items = blockingItems(
      open('benefits-verified'),
      new Set(['referral-information-complete', 'active-coverage-verified']),
    );
    expect(items.filter((i) => !i.met)).toEqual([
      { key: 'authorization-decided', owner: 'reimbursement', met: false, actionable: true },
    ]);
  });

  it('puts an admission in the pharmacist’s queue as soon as the information is complete, in parallel with benefits', () => {
    const roles = rolesWaitedOn(
      open('information-complete'),
      new Set(['referral-information-complete']),
    );
    expect(roles).toEqual(expect.arrayContaining(['reimbursement', 'pharmacist']));
    expect(roles).not.toContain('scheduler');
  });

  it('puts a new referral with missing information in the intake queue only', () => {
    expect(rolesWaitedOn(open('referral-received'), none)).toEqual(['intake']);
  });

  it('queues the move into start of care but not the later clinical events', () => {
    expect(rolesWaitedOn(open('first-visit-scheduled'), all)).toEqual(['nurse', 'intake']);
    expect(rolesWaitedOn(open('start-of-care'), all)).toEqual([]);
    expect(rolesWaitedOn(open('active-therapy'), all)).toEqual([]);
  });

  it('allows not-admitted only before start of care, and no side exit after discharge', () => {
    expect(canTakeSideExit(open('authorized'), 'not-admitted')).toBe(true);
    expect(canTakeSideExit(open('active-therapy'), 'not-admitted')).toBe(false);
    expect(canTakeSideExit({ stage: 'discharged', status: 'discharged' }, 'cancelled')).toBe(false);
    expect(canTakeSideExit({ stage: 'authorized', status: 'on-hold' }, 'on-hold')).toBe(false);
  });
});

describe('queue ageing colours', () => {
  it('turns amber at half the stage target and red at the target', async () => {
    const { ageingOf } = await import('./stage-targets.ts');
    expect(ageingOf('information-complete', 11)).toBe('fresh');
    expect(ageingOf('information-complete', 12)).toBe('ageing');
    expect(ageingOf('information-complete', 24)).toBe('overdue');
    expect(ageingOf('active-therapy', 1000)).toBe('fresh');
  });
});
