// The admission journey (DESIGN.md "The journey is the spine"): its stages in order, the side
// exits, and the preconditions each stage needs — as data. Preconditions are answered by the
// modules that own them (coverage, authorizations, pharmacy, scheduling, logistics, nursing); the
// state machine only asks "is this met?", so those modules plug in without touching it.
import type { Role } from '../access/roles.ts';

export const ADMISSION_STAGES = [
  'referral-received',
  'information-complete',
  'benefits-verified',
  'authorized',
  'pharmacist-assessment-done',
  'financial-review-acknowledged',
  'medication-ready',
  'first-visit-scheduled',
  'start-of-care',
  'active-therapy',
  'discharged',
] as const;
export type AdmissionStage = (typeof ADMISSION_STAGES)[number];

/** open: moving along the stages; the others are the side exits (on-hold can resume). */
export const ADMISSION_STATUSES = [
  'open',
  'on-hold',
  'not-admitted',
  'cancelled',
  'discharged',
] as const;
export type AdmissionStatus = (typeof ADMISSION_STATUSES)[number];

export const PRECONDITION_KEYS = [
  'referral-information-complete',
  'active-coverage-verified',
  'authorization-decided',
  'pharmacist-assessment-complete',
  'financial-review-acknowledged',
  'medication-ready',
  'first-delivery-delivered',
  'first-visit-scheduled',
  'first-dose-given',
] as const;
export type PreconditionKey = (typeof PRECONDITION_KEYS)[number];

/** The module that answers a precondition once it exists; until then a person records the answer. */
export type AnsweringModule =
  | 'intake'
  | 'coverage'
  | 'authorizations'
  | 'financial'
  | 'pharmacy'
  | 'scheduling'
  | 'logistics'
  | 'nursing';

export interface PreconditionDefinition {
  key: PreconditionKey;
  /** Whose job it is: the queue it appears in. */
  owner: Role;
  answeredBy: AnsweringModule;
  /** Work can start once the admission has reached this stage (pharmacists assess in parallel with benefits). */
  actionableFrom: AdmissionStage;
}

export const PRECONDITIONS: readonly PreconditionDefinition[] = [
  {
    key: 'referral-information-complete',
    owner: 'intake',
    answeredBy: 'intake',
    actionableFrom: 'referral-received',
  },
  {
    key: 'active-coverage-verified',
    owner: 'reimbursement',
    answeredBy: 'coverage',
    actionableFrom: 'information-complete',
  },
  {
    key: 'authorization-decided',
    owner: 'reimbursement',
    answeredBy: 'authorizations',
    actionableFrom: 'benefits-verified',
  },
  {
    key: 'pharmacist-assessment-complete',
    owner: 'pharmacist',
    answeredBy: 'pharmacy',
    actionableFrom: 'information-complete',
  },
  {
    key: 'financial-review-acknowledged',
    owner: 'reimbursement',
    answeredBy: 'financial',
    actionableFrom: 'benefits-verified',
  },
  {
    key: 'medication-ready',
    owner: 'pharmacist',
    answeredBy: 'pharmacy',
    actionableFrom: 'authorized',
  },
  {
    key: 'first-delivery-delivered',
    owner: 'scheduler',
    answeredBy: 'logistics',
    actionableFrom: 'medication-ready',
  },
  {
    key: 'first-visit-scheduled',
    owner: 'scheduler',
    answeredBy: 'scheduling',
    actionableFrom: 'authorized',
  },
  {
    key: 'first-dose-given',
    owner: 'nurse',
    answeredBy: 'nursing',
    actionableFrom: 'first-visit-scheduled',
  },
];

export interface StageRule {
  stage: AdmissionStage;
  /** What must be met to enter this stage (on top of every earlier stage's requirements). */
  requires: readonly PreconditionKey[];
  /** Who may move an admission into this stage. */
  performedBy: readonly Role[];
}

export const STAGE_RULES: readonly StageRule[] = [
  { stage: 'referral-received', requires: [], performedBy: ['intake'] },
  {
    stage: 'information-complete',
    requires: ['referral-information-complete'],
    performedBy: ['intake'],
  },
  {
    stage: 'benefits-verified',
    requires: ['active-coverage-verified'],
    performedBy: ['reimbursement', 'intake'],
  },
  { stage: 'authorized', requires: ['authorization-decided'], performedBy: ['reimbursement'] },
  {
    stage: 'pharmacist-assessment-done',
    requires: ['pharmacist-assessment-complete'],
    performedBy: ['pharmacist'],
  },
  {
    stage: 'financial-review-acknowledged',
    requires: ['financial-review-acknowledged'],
    performedBy: ['reimbursement', 'intake'],
  },
  { stage: 'medication-ready', requires: ['medication-ready'], performedBy: ['pharmacist'] },
  {
    stage: 'first-visit-scheduled',
    requires: ['first-visit-scheduled'],
    performedBy: ['scheduler', 'intake'],
  },
  // The start-of-care rule, spelled out: authorization (or not required), acknowledged
  // financial review, pharmacist assessment, delivered first supply, scheduled first visit — and
  // the first dose given, which is what start of care means.
  {
    stage: 'start-of-care',
    requires: [
      'authorization-decided',
      'financial-review-acknowledged',
      'pharmacist-assessment-complete',
      'first-delivery-delivered',
      'first-visit-scheduled',
      'first-dose-given',
    ],
    performedBy: ['nurse', 'intake'],
  },
  { stage: 'active-therapy', requires: [], performedBy: ['nurse', 'intake', 'pharmacist'] },
  { stage: 'discharged', requires: [], performedBy: ['nurse', 'intake', 'pharmacist'] },
];

export function stageIndex(stage: AdmissionStage): number {
  return ADMISSION_STAGES.indexOf(stage);
}

export function stageRule(stage: AdmissionStage): StageRule {
  const rule = STAGE_RULES.find((r) => r.stage === stage);
  if (!rule) throw new Error(`no rule for stage ${stage}`);
  return rule;
}

export function preconditionDefinition(key: PreconditionKey): PreconditionDefinition {
  const definition = PRECONDITIONS.find((p) => p.key === key);
  if (!definition) throw new Error(`no precondition ${key}`);
  return definition;
}

export function nextStage(stage: AdmissionStage): AdmissionStage | undefined {
  return ADMISSION_STAGES[stageIndex(stage) + 1];
}

/** Everything that must be met to stand at `stage`: its own requirements and every earlier stage's. */
export function cumulativeRequirements(stage: AdmissionStage): PreconditionKey[] {
  const keys = new Set<PreconditionKey>();
  for (const rule of STAGE_RULES.slice(0, stageIndex(stage) + 1))
    for (const key of rule.requires) keys.add(key);
  return PRECONDITION_KEYS.filter((key) => keys.has(key));
}

export interface AdmissionPosition {
  stage: AdmissionStage;
  status: AdmissionStatus;
}

export type TransitionVerdict =
  | { allowed: true; passes: AdmissionStage[] }
  | {
      allowed: false;
      reason: 'not-open' | 'not-forward' | 'role' | 'preconditions';
      missing: PreconditionKey[];
      message: string;
    };

/**
 * May this admission move forward to `to`? Moving several stages at once is allowed when every
 * stage passed has its preconditions met; `passes` lists each stage entered, in order, so the
 * timers record them all.
 */
export function evaluateTransition(
  position: AdmissionPosition,
  to: AdmissionStage,
  met: ReadonlySet<PreconditionKey>,
  roles: readonly Role[],
): TransitionVerdict {
  if (position.status !== 'open') {
    return {
      allowed: false,
      reason: 'not-open',
      missing: [],
      message: `The admission is ${position.status}; resume it before moving it on.`,
    };
  }
  const from = stageIndex(position.stage);
  const target = stageIndex(to);
  if (target <= from) {
    return {
      allowed: false,
      reason: 'not-forward',
      missing: [],
      message: `The admission is already at "${position.stage}".`,
    };
  }
  // Every stage entered on the way must be one the caller may move an admission into.
  const passes = ADMISSION_STAGES.slice(from + 1, target + 1);
  const forbidden = passes.find(
    (stage) => !stageRule(stage).performedBy.some((role) => roles.includes(role)),
  );
  if (forbidden) {
    return {
      allowed: false,
      reason: 'role',
      missing: [],
      message: `Moving an admission to "${forbidden}" is done by ${stageRule(forbidden).performedBy.join(' or ')}.`,
    };
  }
  const missing = cumulativeRequirements(to).filter((key) => !met.has(key));
  if (missing.length > 0) {
    return {
      allowed: false,
      reason: 'preconditions',
      missing,
      message: `Cannot move to "${to}": ${missing.length} requirement(s) not met: ${missing.join(', ')}.`,
    };
  }
  return { allowed: true, passes };
}

export interface BlockingItem {
  key: PreconditionKey;
  owner: Role;
  met: boolean;
  /** True when the owner can work on it now. */
  actionable: boolean;
}

/** What stands between the admission and its next stage, and whose job each item is. */
export function blockingItems(
  position: AdmissionPosition,
  met: ReadonlySet<PreconditionKey>,
): BlockingItem[] {
  const next = nextStage(position.stage);
  if (!next || position.status !== 'open') return [];
  return cumulativeRequirements(next).map((key) => {
    const definition = preconditionDefinition(key);
    return {
      key,
      owner: definition.owner,
      met: met.has(key),
      actionable: stageIndex(position.stage) >= stageIndex(definition.actionableFrom),
    };
  });
}

/**
 * The roles whose work queue holds this admission: owners of unmet preconditions they can work on
 * now (including work done ahead, like the pharmacist's assessment during benefits verification),
 * and the people who move it on when its next stage is ready.
 */
export function rolesWaitedOn(
  position: AdmissionPosition,
  met: ReadonlySet<PreconditionKey>,
): Role[] {
  if (position.status !== 'open') return [];
  const roles = new Set<Role>();
  const current = stageIndex(position.stage);
  for (const definition of PRECONDITIONS) {
    if (met.has(definition.key)) continue;
    const neededLater = STAGE_RULES.some(
      (rule) => stageIndex(rule.stage) > current && rule.requires.includes(definition.key),
    );
    if (neededLater && current >= stageIndex(definition.actionableFrom))
      roles.add(definition.owner);
  }
  // The queues follow the journey to start of care. Moving into active therapy and discharge are
  // clinical events the nurse records when they happen, not work waiting in anyone's queue (with
  // no requirements, every started admission would otherwise sit in three queues for weeks).
  const next = nextStage(position.stage);
  if (
    next &&
    stageIndex(next) <= stageIndex('start-of-care') &&
    cumulativeRequirements(next).every((key) => met.has(key))
  )
    for (const role of stageRule(next).performedBy) roles.add(role);
  return [...roles];
}

/** Side exits can only be taken while the admission is still open or on hold, before discharge. */
export function canTakeSideExit(
  position: AdmissionPosition,
  exit: 'on-hold' | 'not-admitted' | 'cancelled',
): boolean {
  if (exit === 'on-hold')
    return position.status === 'open' && stageIndex(position.stage) < stageIndex('discharged');
  if (exit === 'not-admitted')
    return (
      (position.status === 'open' || position.status === 'on-hold') &&
      stageIndex(position.stage) < stageIndex('start-of-care')
    );
  return (
    (position.status === 'open' || position.status === 'on-hold') &&
    stageIndex(position.stage) < stageIndex('discharged')
  );
}
