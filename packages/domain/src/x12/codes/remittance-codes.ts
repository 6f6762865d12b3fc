import { defineCodeTable, rows } from './code-table.ts';

/** CLP02 Claim Status Code (element 1029) as the 835 TR3 uses it. */
export const CLAIM_STATUS_CODES = defineCodeTable({
  element: 'CLP02',
  name: 'Claim status',
  source:
    'DOMAIN.md §2.5 "CLP02 claim status" (codes 5–18, 24–30 exist but are not used in the 835 TR3 ⚠️)',
  effective: 'ASC X12 005010 (005010X221A1)',
  unknownSeverity: 'error',
  entries: rows([
    ['1', 'Processed as primary', '✅'],
    ['2', 'Processed as secondary', '✅'],
    ['3', 'Processed as tertiary', '✅'],
    ['4', 'Denied', '✅'],
    ['19', 'Processed as primary, forwarded to additional payer(s)', '✅'],
    ['20', 'Processed as secondary, forwarded to additional payer(s)', '✅'],
    ['21', 'Processed as tertiary, forwarded to additional payer(s)', '✅'],
    ['22', 'Reversal of previous payment', '✅'],
    ['23', 'Not our claim, forwarded to additional payer(s)', '✅'],
    ['25', 'Predetermination pricing only – no payment', '✅'],
  ]),
});

/** CAS01 Claim Adjustment Group Code (element 1033). */
export const ADJUSTMENT_GROUP_CODES = defineCodeTable({
  element: 'CAS01',
  name: 'Claim adjustment group',
  source: 'DOMAIN.md §2.5 "CAS group codes" (there is no OI group; the code is OA)',
  effective: 'ASC X12 005010 (005010X221A1)',
  unknownSeverity: 'error',
  entries: rows([
    ['CO', 'Contractual obligation (write off; the patient may not be billed)', '✅'],
    ['PR', 'Patient responsibility', '✅'],
    ['OA', 'Other adjustment', '✅'],
    ['PI', 'Payer-initiated reduction', '✅'],
    ['CR', 'Correction and reversal', '✅'],
  ]),
});

/**
 * CARC, Claim Adjustment Reason Codes (external code list 139, updated three times a year): only
 * the common ones are described here; any other code is read as-is.
 */
export const ADJUSTMENT_REASON_CODES = defineCodeTable({
  element: 'CAS02',
  name: 'Claim adjustment reason (CARC)',
  source: 'DOMAIN.md §2.5 "Common CARC" (wording abbreviated); external list maintained by X12',
  effective: 'CARC list as of the DOMAIN.md research date',
  unknownSeverity: 'warning',
  entries: rows([
    ['1', 'Deductible amount', '✅'],
    ['2', 'Coinsurance amount', '✅'],
    ['3', 'Co-payment amount', '✅'],
    ['4', 'Procedure code inconsistent with modifier or missing modifier', '✅'],
    ['15', "Authorization number missing, invalid or doesn't match", '✅'],
    ['16', 'Claim lacks information needed for adjudication', '✅'],
    ['18', 'Exact duplicate claim/service', '✅'],
    ['22', 'May be covered by another payer (coordination of benefits)', '✅'],
    ['23', 'Impact of prior payer(s) adjudication', '✅'],
    ['24', 'Covered under capitation / managed care plan', '✅'],
    ['26', 'Expenses incurred prior to coverage', '✅'],
    ['27', 'Expenses incurred after coverage terminated', '✅'],
    ['29', 'Time limit for filing has expired', '✅'],
    ['31', 'Patient cannot be identified as our insured', '✅'],
    ['45', 'Charge exceeds fee schedule / contracted amount', '✅'],
    ['50', 'Not deemed a medical necessity', '✅'],
    ['96', 'Non-covered charge(s)', '✅'],
    ['97', 'Benefit included in payment for another service', '✅'],
    ['109', 'Not covered by this payer/contractor', '✅'],
    ['119', 'Benefit maximum for this time period reached', '✅'],
    ['151', "Information doesn't support this many/frequency of services", '✅'],
    ['197', 'Precertification/authorization/notification absent', '✅'],
    ['198', 'Precertification/authorization exceeded', '✅'],
    ['204', 'Service/equipment/drug not covered under current benefit plan', '✅'],
    ['242', 'Services not provided by network/primary care providers', '✅'],
    ['253', 'Sequestration – reduction in federal payment', '✅'],
  ]),
});

/** SVC01-1 / SVC06-1 Product or Service ID Qualifier (element 235) in the 835. */
export const PRODUCT_QUALIFIER_CODES = defineCodeTable({
  element: 'SVC01',
  name: 'Product or service id qualifier',
  source: '005010X221A1 SVC01-1 list, from memory ⚠️',
  effective: 'ASC X12 005010 (005010X221A1)',
  unknownSeverity: 'warning',
  entries: rows([
    ['AD', 'American Dental Association codes', '⚠️'],
    ['ER', 'Jurisdiction specific procedure and supply codes', '⚠️'],
    ['HC', 'HCPCS / CPT codes', '⚠️'],
    [
      'HP',
      'Health insurance prospective payment system (HIPPS) skilled nursing facility rate code',
      '⚠️',
    ],
    ['IV', 'Home infusion EDI coalition (HIEC) product/service code', '⚠️'],
    ['N4', 'National Drug Code in 5-4-2 format', '⚠️'],
    ['N6', 'National Health Related Item Code in 4-6 format', '⚠️'],
    ['NU', 'National Uniform Billing Committee (NUBC) UB92 codes', '⚠️'],
    ['UI', 'U.P.C. consumer package code (1-5-5)', '⚠️'],
    ['WK', 'Advanced billing concepts (ABC) codes', '⚠️'],
  ]),
});
