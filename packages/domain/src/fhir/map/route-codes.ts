/**
 * Route of administration codes an EHR sends in Dosage.route, mapped to the referral's route.
 * SNOMED CT route concepts are those of the R4 example value set route-codes
 * (https://hl7.org/fhir/R4/valueset-route-codes.html); the v3 RouteOfAdministration codes are
 * HL7 v3's (https://terminology.hl7.org/CodeSystem-v3-RouteOfAdministration.html). ⚠️ codes
 * quoted from those pages as we read them; extend the table, never the code, when an EHR sends
 * another.
 */
import type { AdministrationRoute } from '../../intake/referral-draft.ts';

const SNOMED = 'http://snomed.info/sct';
const V3_ROUTE = 'http://terminology.hl7.org/CodeSystem/v3-RouteOfAdministration';

export const ROUTE_CODES: readonly { system: string; code: string; route: AdministrationRoute }[] =
  [
    { system: SNOMED, code: '47625008', route: 'IV' }, // Intravenous route
    { system: SNOMED, code: '34206005', route: 'SC' }, // Subcutaneous route
    { system: SNOMED, code: '78421000', route: 'IM' }, // Intramuscular route
    { system: SNOMED, code: '72607000', route: 'intrathecal' }, // Intrathecal route
    { system: V3_ROUTE, code: 'IVINJ', route: 'IV' },
    { system: V3_ROUTE, code: 'IVINFUS', route: 'IV' },
    { system: V3_ROUTE, code: 'IV', route: 'IV' },
    { system: V3_ROUTE, code: 'SQ', route: 'SC' },
    { system: V3_ROUTE, code: 'SUBCUT', route: 'SC' },
    { system: V3_ROUTE, code: 'IM', route: 'IM' },
    { system: V3_ROUTE, code: 'IT', route: 'intrathecal' },
  ];

/** Words in a route's text or display, when no known code is sent. */
export const ROUTE_WORDS: readonly { pattern: RegExp; route: AdministrationRoute }[] = [
  { pattern: /\bintravenous|\bIV\b/i, route: 'IV' },
  { pattern: /\bsub-?cutaneous|\bSC\b|\bSQ\b|\bsubcut\b/i, route: 'SC' },
  { pattern: /\bintramuscular|\bIM\b/i, route: 'IM' },
  { pattern: /\bintrathecal/i, route: 'intrathecal' },
];
