import type { CodeEntry, ConfidenceMark } from './code-table.ts';
import { defineCodeTable, rows } from './code-table.ts';

const SOURCE_EB =
  'DOMAIN.md §2.1 (EB segment layout, EB01 codes; Stedi X12 005010 element 1390 and segment EB); rows marked ⚠️ are base-dictionary codes from memory';

/** What the reader does with an EB line. */
export type BenefitCategory =
  | 'active'
  | 'inactive'
  | 'coinsurance'
  | 'copay'
  | 'deductible'
  | 'out-of-pocket'
  | 'limitation'
  | 'non-covered'
  | 'exclusion'
  | 'primary-care-provider'
  | 'other-payer'
  | 'contact'
  | 'cannot-process'
  | 'description'
  | 'other';

export interface BenefitCodeEntry extends CodeEntry {
  category: BenefitCategory;
}

function eb01(
  code: string,
  meaning: string,
  mark: ConfidenceMark,
  category: BenefitCategory,
): BenefitCodeEntry {
  return { code, meaning, mark, category };
}

/** EB01 Eligibility or Benefit Information Code (element 1390), a single value in 005010. */
export const BENEFIT_INFORMATION_CODES = defineCodeTable<BenefitCodeEntry>({
  element: 'EB01',
  name: 'Eligibility or benefit information',
  source: SOURCE_EB,
  effective: 'ASC X12 005010 (005010X279A1)',
  unknownSeverity: 'error',
  entries: [
    eb01('1', 'Active coverage', '✅', 'active'),
    eb01('2', 'Active – full risk capitation', '✅', 'active'),
    eb01('3', 'Active – services capitated', '✅', 'active'),
    eb01('4', 'Active – services capitated to primary care physician', '✅', 'active'),
    eb01('5', 'Active – pending investigation', '✅', 'active'),
    eb01('6', 'Inactive', '✅', 'inactive'),
    eb01('7', 'Inactive – pending eligibility update', '✅', 'inactive'),
    eb01('8', 'Inactive – pending investigation', '✅', 'inactive'),
    eb01('A', 'Co-insurance', '✅', 'coinsurance'),
    eb01('B', 'Co-payment', '✅', 'copay'),
    eb01('C', 'Deductible', '✅', 'deductible'),
    eb01('CB', 'Coverage basis', '✅', 'description'),
    eb01('D', 'Benefit description', '✅', 'description'),
    eb01('E', 'Exclusions', '✅', 'exclusion'),
    eb01('F', 'Limitations', '✅', 'limitation'),
    eb01('G', 'Out of pocket (stop loss)', '✅', 'out-of-pocket'),
    eb01('H', 'Unlimited', '✅', 'limitation'),
    eb01('I', 'Non-covered', '✅', 'non-covered'),
    eb01('J', 'Cost containment', '⚠️', 'other'),
    eb01('K', 'Reserve', '⚠️', 'other'),
    eb01('L', 'Primary care provider', '✅', 'primary-care-provider'),
    eb01('M', 'Pre-existing condition', '⚠️', 'other'),
    eb01('MC', 'Managed care coordinator', '⚠️', 'contact'),
    eb01('N', 'Services restricted to following provider', '✅', 'other'),
    eb01('O', 'Not deemed a medical necessity', '⚠️', 'other'),
    eb01('P', 'Benefit disclaimer', '✅', 'description'),
    eb01('Q', 'Second surgical opinion required', '⚠️', 'other'),
    eb01('R', 'Other or additional payer', '✅', 'other-payer'),
    eb01('S', 'Prior year(s) history', '⚠️', 'other'),
    eb01('T', 'Card(s) reported lost/stolen', '⚠️', 'other'),
    eb01('U', 'Contact following entity for eligibility or benefit information', '✅', 'contact'),
    eb01('V', 'Cannot process', '✅', 'cannot-process'),
    eb01('W', 'Other source of data', '✅', 'contact'),
    eb01('X', 'Health care facility', '✅', 'other'),
    eb01('Y', 'Spend down', '✅', 'other'),
    eb01('AA', 'Patient reimbursement', '✅', 'other'),
    eb01('AB', 'Co-payment maximum', '✅', 'limitation'),
    eb01('AC', 'Co-insurance maximum', '✅', 'limitation'),
  ],
});

/** EB02 Coverage Level Code (element 1207). */
export const COVERAGE_LEVEL_CODES = defineCodeTable({
  element: 'EB02',
  name: 'Coverage level',
  source: 'DOMAIN.md §2.1 EB02 (Stedi X12 element 1207)',
  effective: 'ASC X12 005010',
  unknownSeverity: 'error',
  entries: rows([
    ['CHD', 'Children only', '✅'],
    ['DEP', 'Dependents only', '✅'],
    ['ECH', 'Employee and children', '✅'],
    ['EMP', 'Employee only', '✅'],
    ['ESP', 'Employee and spouse', '✅'],
    ['FAM', 'Family', '✅'],
    ['IND', 'Individual', '✅'],
    ['SPC', 'Spouse and children', '✅'],
    ['SPO', 'Spouse only', '✅'],
  ]),
});

/** How an EB06 period makes an EB07 amount read: the full amount, what is left, what is used. */
export type PeriodKind = 'amount' | 'remaining' | 'met' | 'other';

export interface TimePeriodEntry extends CodeEntry {
  kind: PeriodKind;
}

function period(
  code: string,
  meaning: string,
  mark: ConfidenceMark,
  kind: PeriodKind,
): TimePeriodEntry {
  return { code, meaning, mark, kind };
}

/** EB06 Time Period Qualifier (element 615) as 005010X279A1 uses it. */
export const TIME_PERIOD_CODES = defineCodeTable<TimePeriodEntry>({
  element: 'EB06',
  name: 'Time period qualifier',
  source:
    'DOMAIN.md §2.1 EB06 (22/23/27/29 ✅; 7/32/33/34 ⚠️); other rows from the 005010 element 615 list, from memory ⚠️',
  effective: 'ASC X12 005010 (005010X279A1)',
  unknownSeverity: 'error',
  entries: [
    period('6', 'Hour', '⚠️', 'amount'),
    period('7', 'Day', '⚠️', 'amount'),
    period('13', '24 hours', '⚠️', 'amount'),
    period('21', 'Years', '⚠️', 'amount'),
    period('22', 'Service year', '✅', 'amount'),
    period('23', 'Calendar year', '✅', 'amount'),
    period('24', 'Year to date', '⚠️', 'met'),
    period('25', 'Contract', '⚠️', 'amount'),
    period('26', 'Episode', '⚠️', 'amount'),
    period('27', 'Visit', '✅', 'amount'),
    period('28', 'Outlier', '⚠️', 'other'),
    period('29', 'Remaining', '✅', 'remaining'),
    period('30', 'Exceeded', '⚠️', 'other'),
    period('31', 'Not exceeded', '⚠️', 'other'),
    period('32', 'Lifetime', '⚠️', 'amount'),
    period('33', 'Lifetime remaining', '⚠️', 'remaining'),
    period('34', 'Month', '⚠️', 'amount'),
    period('35', 'Week', '⚠️', 'amount'),
    period('36', 'Admission', '⚠️', 'amount'),
  ],
});

/** EB09 Quantity Qualifier (element 673) as 005010X279A1 uses it. */
export const QUANTITY_QUALIFIER_CODES = defineCodeTable({
  element: 'EB09',
  name: 'Quantity qualifier',
  source: 'ASC X12 005010 element 673 as used in 005010X279A1, from memory ⚠️',
  effective: 'ASC X12 005010',
  unknownSeverity: 'warning',
  entries: rows([
    ['8H', 'Minimum', '⚠️'],
    ['99', 'Quantity used', '⚠️'],
    ['CA', 'Covered – actual', '⚠️'],
    ['CE', 'Covered – estimated', '⚠️'],
    ['D3', 'Number of co-insurance days', '⚠️'],
    ['DB', 'Deductible blood units', '⚠️'],
    ['DY', 'Days', '⚠️'],
    ['HS', 'Hours', '⚠️'],
    ['LA', 'Life-time reserve – actual', '⚠️'],
    ['LE', 'Life-time reserve – estimated', '⚠️'],
    ['M2', 'Maximum', '⚠️'],
    ['MN', 'Month', '⚠️'],
    ['P6', 'Number of services or procedures', '⚠️'],
    ['QA', 'Quantity approved', '⚠️'],
    ['S7', 'Age, high value', '⚠️'],
    ['S8', 'Age, low value', '⚠️'],
    ['VS', 'Visits', '⚠️'],
    ['YY', 'Years', '⚠️'],
  ]),
});

/** EB11 Authorization or certification indicator (element 1073). */
export const AUTHORIZATION_INDICATOR_CODES = defineCodeTable({
  element: 'EB11',
  name: 'Authorization or certification required',
  source: 'DOMAIN.md §2.1 EB11',
  effective: 'ASC X12 005010',
  unknownSeverity: 'error',
  entries: rows([
    ['Y', 'Authorization or certification required', '⚠️'],
    ['N', 'No authorization or certification required', '⚠️'],
    ['U', 'Unknown', '⚠️'],
  ]),
});

/** EB12 In plan network indicator (element 1073). */
export const NETWORK_INDICATOR_CODES = defineCodeTable({
  element: 'EB12',
  name: 'In plan network',
  source: 'DOMAIN.md §2.1 EB12',
  effective: 'ASC X12 005010',
  unknownSeverity: 'error',
  entries: rows([
    ['Y', 'In network', '⚠️'],
    ['N', 'Out of network', '⚠️'],
    ['W', 'Not applicable: applies in and out of network', '⚠️'],
  ]),
});

/** EB04 Insurance Type Code (element 1336). Open: payers use more codes than we list. */
export const INSURANCE_TYPE_CODES = defineCodeTable({
  element: 'EB04',
  name: 'Insurance type',
  source:
    'DOMAIN.md §2.1 EB04 (MA, MB, MC, HM, PR, C1 ⚠️); others from the 005010 element 1336 list, from memory ⚠️',
  effective: 'ASC X12 005010',
  unknownSeverity: 'warning',
  entries: rows([
    [
      '12',
      'Medicare secondary working aged beneficiary or spouse with employer group health plan',
      '⚠️',
    ],
    ['13', 'Medicare secondary end-stage renal disease beneficiary', '⚠️'],
    ['14', 'Medicare secondary, no-fault insurance including auto', '⚠️'],
    ['15', "Medicare secondary worker's compensation", '⚠️'],
    ['16', 'Medicare secondary public health service or other federal agency', '⚠️'],
    ['41', 'Medicare secondary black lung', '⚠️'],
    ['42', "Medicare secondary veteran's administration", '⚠️'],
    [
      '43',
      'Medicare secondary disabled beneficiary under age 65 with large group health plan',
      '⚠️',
    ],
    ['47', 'Medicare secondary, other liability insurance is primary', '⚠️'],
    ['AP', 'Auto insurance policy', '⚠️'],
    ['C1', 'Commercial', '⚠️'],
    ['CO', 'Consolidated Omnibus Budget Reconciliation Act (COBRA)', '⚠️'],
    ['CP', 'Medicare conditionally primary', '⚠️'],
    ['D', 'Disability', '⚠️'],
    ['DB', 'Disability benefits', '⚠️'],
    ['EP', 'Exclusive provider organization', '⚠️'],
    ['FF', 'Family or friends', '⚠️'],
    ['GP', 'Group policy', '⚠️'],
    ['HM', 'Health maintenance organization (HMO)', '⚠️'],
    ['HN', 'HMO – Medicare risk', '⚠️'],
    ['HS', 'Special low income Medicare beneficiary', '⚠️'],
    ['IN', 'Indemnity', '⚠️'],
    ['IP', 'Individual policy', '⚠️'],
    ['LC', 'Long term care', '⚠️'],
    ['LD', 'Long term policy', '⚠️'],
    ['LI', 'Life insurance', '⚠️'],
    ['LT', 'Litigation', '⚠️'],
    ['MA', 'Medicare Part A', '⚠️'],
    ['MB', 'Medicare Part B', '⚠️'],
    ['MC', 'Medicaid', '⚠️'],
    ['MH', 'Medigap Part A', '⚠️'],
    ['MI', 'Medigap Part B', '⚠️'],
    ['MP', 'Medicare primary', '⚠️'],
    ['OT', 'Other', '⚠️'],
    ['PE', 'Property insurance – personal', '⚠️'],
    ['PL', 'Personal', '⚠️'],
    ['PP', 'Personal payment (cash – no insurance)', '⚠️'],
    ['PR', 'Preferred provider organization (PPO)', '⚠️'],
    ['PS', 'Point of service (POS)', '⚠️'],
    ['QM', 'Qualified Medicare beneficiary', '⚠️'],
    ['RP', 'Property insurance – real', '⚠️'],
    ['SP', 'Supplemental policy', '⚠️'],
    ['TF', 'Tax equity fiscal responsibility act (TEFRA)', '⚠️'],
    ['WC', "Workers' compensation", '⚠️'],
    ['WU', 'Wrap up policy', '⚠️'],
  ]),
});
