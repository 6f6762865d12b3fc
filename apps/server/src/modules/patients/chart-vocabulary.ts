// The chart's fixed word lists, shared by the server's schemas and the web app's forms (this file
// imports nothing, so the web app may import it as a value without bundling server code).

/** Who a contact or caregiver is to the patient. */
export const RELATIONSHIPS = [
  'spouse',
  'partner',
  'daughter',
  'son',
  'parent',
  'sibling',
  'grandchild',
  'other-family',
  'friend',
  'neighbour',
  'guardian',
  'power-of-attorney',
  'other',
] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

/** What a patient may let a caregiver see and do (caregivers.permissions). */
export const CAREGIVER_PERMISSIONS = [
  'view-schedule',
  'view-clinical',
  'view-billing',
  'record-care',
  'message',
] as const;
export type CaregiverPermission = (typeof CAREGIVER_PERMISSIONS)[number];

export const ALLERGY_SEVERITIES = ['mild', 'moderate', 'severe'] as const;
