import { defineCodeTable, rows } from './code-table.ts';

/**
 * DTP01 Date/Time Qualifier (element 374) read in 270/271 and 278. ✅ rows are in DOMAIN.md §2.1;
 * the rest from the 005010X279A1 / X217 qualifier lists, from memory ⚠️. Payers send qualifiers
 * we do not list, so an unknown one is a warning.
 */
export const DATE_QUALIFIER_CODES = defineCodeTable({
  element: 'DTP01',
  name: 'Date/time qualifier',
  source:
    'DOMAIN.md §2.1 DTP row (291, 346–349, 356, 357, 307 ✅); 278 qualifiers and the rest from memory ⚠️',
  effective: 'ASC X12 005010 (005010X279A1, 005010X217)',
  unknownSeverity: 'warning',
  entries: rows([
    ['007', 'Certification effective', '⚠️'],
    ['036', 'Certification expiration', '⚠️'],
    ['096', 'Discharge', '⚠️'],
    ['102', 'Certification issue', '⚠️'],
    ['152', 'Effective date of change', '⚠️'],
    ['193', 'Period start', '⚠️'],
    ['194', 'Period end', '⚠️'],
    ['198', 'Completion', '⚠️'],
    ['290', 'Coordination of benefits', '⚠️'],
    ['291', 'Plan (date of service asked about)', '✅'],
    ['292', 'Benefit', '⚠️'],
    ['295', 'Primary care provider', '⚠️'],
    ['304', 'Latest visit or consultation', '⚠️'],
    ['307', 'Eligibility', '✅'],
    ['318', 'Added', '⚠️'],
    ['340', 'COBRA begin', '⚠️'],
    ['341', 'COBRA end', '⚠️'],
    ['342', 'Premium paid to date begin', '⚠️'],
    ['343', 'Premium paid to date end', '⚠️'],
    ['346', 'Plan begin', '✅'],
    ['347', 'Plan end', '✅'],
    ['348', 'Benefit begin', '✅'],
    ['349', 'Benefit end', '✅'],
    ['356', 'Eligibility begin', '✅'],
    ['357', 'Eligibility end', '✅'],
    ['382', 'Enrollment', '⚠️'],
    ['431', 'Onset of current symptoms or illness', '⚠️'],
    ['435', 'Admission', '⚠️'],
    ['439', 'Accident', '⚠️'],
    ['442', 'Date of death', '⚠️'],
    ['454', 'Initial treatment', '⚠️'],
    ['458', 'Certification', '⚠️'],
    ['472', 'Service', '⚠️'],
    ['539', 'Policy effective', '⚠️'],
    ['540', 'Policy expiration', '⚠️'],
    ['636', 'Date of last update', '⚠️'],
    ['771', 'Status', '⚠️'],
    ['AAH', 'Event (278 patient event date or range)', '⚠️'],
  ]),
});

/** DTM01 Date/Time Qualifier as read in the 835. */
export const REMITTANCE_DATE_QUALIFIER_CODES = defineCodeTable({
  element: 'DTM01',
  name: 'Remittance date qualifier',
  source: '005010X221A1 DTM qualifiers, from memory ⚠️ (DOMAIN.md §2.5 names DTM*472)',
  effective: 'ASC X12 005010 (005010X221A1)',
  unknownSeverity: 'warning',
  entries: rows([
    ['036', 'Coverage expiration', '⚠️'],
    ['050', 'Claim received', '⚠️'],
    ['150', 'Service period start', '⚠️'],
    ['151', 'Service period end', '⚠️'],
    ['232', 'Claim statement period start', '⚠️'],
    ['233', 'Claim statement period end', '⚠️'],
    ['405', 'Production (remittance date)', '⚠️'],
    ['472', 'Service', '✅'],
  ]),
});
