// The code lists the journey's screens offer in selects. Therapy types are the server's
// (referral-draft.schema.ts THERAPY_TYPES); `satisfies` keeps this copy honest without bundling
// server code.
import type { TherapyType } from '@infusio/domain/intake';

export const THERAPIES = [
  'anti-infective',
  'ivig',
  'scig',
  'chemotherapy',
  'parenteral-nutrition',
  'hydration',
  'inotrope',
  'pain-management',
  'pulmonary-hypertension',
  'biologic',
  'other',
] as const satisfies readonly TherapyType[];

/** Compiles only while every therapy of the domain is listed above. */
export const EVERY_THERAPY_LISTED: Exclude<TherapyType, (typeof THERAPIES)[number]> extends never
  ? true
  : false = true;

/** Priority flags an admission can carry (start-admission.ts). */
export const PRIORITY_FLAGS = ['discharge-pending', 'urgent'] as const;
