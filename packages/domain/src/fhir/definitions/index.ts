import type { TypeDefinition } from './element-types.ts';
import { DATATYPES } from './datatypes.ts';
import { ALLERGY_INTOLERANCE } from './resources/allergy-intolerance.ts';
import { BUNDLE } from './resources/bundle.ts';
import { CONDITION } from './resources/condition.ts';
import { COVERAGE } from './resources/coverage.ts';
import { MEDICATION } from './resources/medication.ts';
import { MEDICATION_REQUEST } from './resources/medication-request.ts';
import { ORGANIZATION } from './resources/organization.ts';
import { PATIENT } from './resources/patient.ts';
import { PRACTITIONER } from './resources/practitioner.ts';
import { PRACTITIONER_ROLE } from './resources/practitioner-role.ts';
import { SERVICE_REQUEST } from './resources/service-request.ts';

/** The resource types intake validates element by element (and maps into a referral). */
export const SUPPORTED_RESOURCES: ReadonlyMap<string, TypeDefinition> = new Map(
  [
    PATIENT,
    SERVICE_REQUEST,
    MEDICATION_REQUEST,
    MEDICATION,
    COVERAGE,
    CONDITION,
    ALLERGY_INTOLERANCE,
    PRACTITIONER,
    PRACTITIONER_ROLE,
    ORGANIZATION,
  ].map((d) => [d.name, d]),
);

export { BUNDLE, DATATYPES };
export { REQUIRED_VALUE_SETS } from './value-sets.ts';
export { R4_RESOURCE_TYPES, isR4ResourceType } from './resource-types.ts';
export { UNCHECKED_DATATYPES } from './datatypes.ts';
export type { ElementDefinition, TypeDefinition, TypeRef } from './element-types.ts';
export { isPrimitiveType } from './element-types.ts';
