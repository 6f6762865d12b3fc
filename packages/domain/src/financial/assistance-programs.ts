import type { PlanType, SourcedRow } from '../coverage/index.ts';

export type AssistanceProgramKind =
  | 'manufacturer-copay-card'
  | 'manufacturer-pap'
  | 'independent-foundation'
  | 'provider-sliding-scale'
  | 'public-program-referral';

/**
 * What a screen can say about a program: eligible, worth applying with conditions, only
 * case-by-case with documented need, refer the patient elsewhere, or not eligible.
 */
export type ProgramStatus = 'eligible' | 'conditional' | 'case-by-case' | 'refer' | 'not-eligible';

/** How a program treats a plan type; plan types not listed are not eligible. */
export type PlanTypeTreatment = Partial<Record<PlanType, Exclude<ProgramStatus, 'not-eligible'>>>;

export interface AssistanceProgramRule extends SourcedRow {
  id: string;
  kind: AssistanceProgramKind;
  name: string;
  planTypes: PlanTypeTreatment;
  /** Brand drugs only (multi-source generics rarely have manufacturer programs). */
  requiresBrandDrug: boolean;
  /** ICD-10-CM prefixes the fund covers; undefined = any diagnosis. */
  diagnosisPrefixes?: readonly string[];
  /** Income limit in % FPL; null = none. ❌ program specific, a typical figure. */
  maxPercentFpl: number | null;
  /** Why the status is what it is, as an i18n key (see ASSISTANCE_MESSAGES_EN). */
  reasonKey: string;
}

const COMMERCIAL: PlanTypeTreatment = {
  commercial: 'eligible',
  'employer-self-funded': 'eligible',
};
const ALL_INSURED: PlanType[] = [
  'commercial',
  'employer-self-funded',
  'medicare-ffs',
  'medicare-advantage',
  'medicaid',
  'managed-medicaid',
  'tricare',
  'va-community-care',
];
const everyInsured = (status: Exclude<ProgramStatus, 'not-eligible'>): PlanTypeTreatment =>
  Object.fromEntries(ALL_INSURED.map((planType) => [planType, status]));

const OIG_2014 =
  'DOMAIN.md §5.2 (OIG Special Advisory Bulletin, manufacturer copayment coupons, 16 Sep 2014)';
const OIG_2005 = 'DOMAIN.md §5.2 (OIG 2005 Special Advisory Bulletin on PAPs for Part D enrollees)';
const OIG_CHARITY =
  'DOMAIN.md §5.2 (OIG 2005 bulletin; 2014 Supplemental Bulletin on independent charity PAPs); fund names ⚠️, open/closed status changes';

function foundationFund(
  id: string,
  name: string,
  diagnosisPrefixes: string[],
): AssistanceProgramRule {
  return {
    id,
    kind: 'independent-foundation',
    name,
    planTypes: everyInsured('conditional'),
    requiresBrandDrug: false,
    diagnosisPrefixes,
    maxPercentFpl: 500,
    reasonKey: 'assistance.foundation',
    source: OIG_CHARITY,
    mark: 'secondary',
    effectiveFrom: '2014-05-21',
    effectiveTo: null,
  };
}

/**
 * Assistance programs as data (DOMAIN.md §5.2). Foundation fund names are examples of the kind
 * (⚠️): funds open and close through the year, so staff confirm before applying.
 */
export const ASSISTANCE_PROGRAMS: readonly AssistanceProgramRule[] = [
  {
    id: 'manufacturer-copay-card',
    kind: 'manufacturer-copay-card',
    name: 'Manufacturer copay card',
    planTypes: COMMERCIAL,
    requiresBrandDrug: true,
    maxPercentFpl: null,
    reasonKey: 'assistance.copayCard',
    source: OIG_2014,
    mark: 'verified',
    effectiveFrom: '2014-09-16',
    effectiveTo: null,
  },
  {
    id: 'manufacturer-pap',
    kind: 'manufacturer-pap',
    name: 'Manufacturer patient assistance program (free drug)',
    planTypes: {
      'self-pay': 'eligible',
      commercial: 'conditional',
      'employer-self-funded': 'conditional',
      'medicare-ffs': 'case-by-case',
      'medicare-advantage': 'case-by-case',
    },
    requiresBrandDrug: true,
    maxPercentFpl: 500,
    reasonKey: 'assistance.pap',
    source: OIG_2005,
    mark: 'verified',
    effectiveFrom: '2005-11-22',
    effectiveTo: null,
  },
  foundationFund(
    'foundation-primary-immunodeficiency',
    'Independent foundation: primary immunodeficiency fund',
    ['D80', 'D81', 'D82', 'D83', 'D84'],
  ),
  foundationFund('foundation-cidp', 'Independent foundation: CIDP fund', ['G61.81']),
  foundationFund(
    'foundation-multiple-sclerosis',
    'Independent foundation: multiple sclerosis fund',
    ['G35'],
  ),
  foundationFund(
    'foundation-ibd',
    "Independent foundation: Crohn's disease and ulcerative colitis fund",
    ['K50', 'K51'],
  ),
  foundationFund(
    'foundation-rheumatoid-arthritis',
    'Independent foundation: rheumatoid arthritis fund',
    ['M05', 'M06'],
  ),
  foundationFund('foundation-pah', 'Independent foundation: pulmonary arterial hypertension fund', [
    'I27.0',
    'I27.2',
  ]),
  foundationFund('foundation-cancer', 'Independent foundation: cancer treatment fund', ['C']),
  foundationFund('foundation-hemophilia', 'Independent foundation: bleeding disorders fund', [
    'D66',
    'D67',
    'D68.0',
  ]),
  foundationFund(
    'foundation-alpha-1',
    'Independent foundation: alpha-1 antitrypsin deficiency fund',
    ['E88.01'],
  ),
  {
    id: 'provider-sliding-scale',
    kind: 'provider-sliding-scale',
    name: 'Infusio financial assistance (sliding scale)',
    planTypes: {
      commercial: 'eligible',
      'employer-self-funded': 'eligible',
      'self-pay': 'eligible',
      'workers-comp': 'eligible',
      'medicare-ffs': 'case-by-case',
      'medicare-advantage': 'case-by-case',
      medicaid: 'case-by-case',
      'managed-medicaid': 'case-by-case',
      tricare: 'case-by-case',
      'va-community-care': 'case-by-case',
    },
    requiresBrandDrug: false,
    // The income limit is the sliding-scale policy's last discounted tier.
    maxPercentFpl: null,
    reasonKey: 'assistance.slidingScale',
    source:
      'DOMAIN.md §5.2 (provider financial assistance; CMP Law beneficiary-inducement exception ⚠️ for Medicare/Medicaid waivers)',
    mark: 'secondary',
    effectiveFrom: '2000-01-01',
    effectiveTo: null,
  },
  {
    id: 'medicaid-referral',
    kind: 'public-program-referral',
    name: 'Medicaid eligibility screening',
    planTypes: { 'self-pay': 'refer', commercial: 'refer', 'employer-self-funded': 'refer' },
    requiresBrandDrug: false,
    maxPercentFpl: 138,
    reasonKey: 'assistance.medicaidReferral',
    source:
      'DOMAIN.md §5.2 (screen and refer ⚠️); 138% FPL is the ACA expansion limit, states vary ❌',
    mark: 'unverified',
    effectiveFrom: '2014-01-01',
    effectiveTo: null,
  },
  {
    id: 'medicare-savings-and-extra-help',
    kind: 'public-program-referral',
    name: 'Medicare Savings Programs and Extra Help (LIS) screening',
    planTypes: { 'medicare-ffs': 'refer', 'medicare-advantage': 'refer' },
    requiresBrandDrug: false,
    maxPercentFpl: 150,
    reasonKey: 'assistance.medicareSavingsReferral',
    source: 'DOMAIN.md §5.2 (screen and refer ⚠️); 150% FPL limit recalled ❌',
    mark: 'unverified',
    effectiveFrom: '2006-01-01',
    effectiveTo: null,
  },
];
