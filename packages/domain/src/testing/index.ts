// Typed factories for tests in every package (never imported by production code).
export { completeReferral } from '../intake/referral-draft.fixtures.ts';
