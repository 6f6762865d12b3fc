export type * from './referral-draft.ts';
export * from './journey.ts';
export * from './reasons.ts';
export * from './response-clock.ts';
export * from './patient-matching.ts';
export * from './therapy-checklists.ts';
export * from './kpi.ts';
export * from './stage-targets.ts';
