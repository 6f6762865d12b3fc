// @infusio/domain/financial — patient cost estimates and financial assistance. Pure rules: no I/O.
export type * from './estimate.types.ts';
export { estimatePatientResponsibility } from './estimate.ts';
export { applyCostSharing, type Accumulator, type CostShareResult } from './apply-cost-sharing.ts';
export { applyAssistance } from './apply-assistance.ts';
export * from './cost-sharing-rules.ts';
export { applyRate, formatUsd } from './money.ts';
export { fingerprintEstimate } from './estimate-version.ts';
export * from './poverty-guidelines.ts';
export * from './sliding-scale.ts';
export * from './assistance-programs.ts';
export * from './screen-for-assistance.ts';
export { ASSISTANCE_MESSAGES_EN, renderAssistanceReasonEn } from './assistance-messages.ts';
export * from './assistance-application.ts';
export * from './to-cost-sharing-terms.ts';
export * from './sliding-scale-rules.ts';
