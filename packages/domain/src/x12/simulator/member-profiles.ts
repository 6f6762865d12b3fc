/**
 * The payer simulator's answers, by member id prefix. Pure data: the demo and the tests pick a
 * member id to get a known answer (e.g. ACT100200300 → active commercial with figures).
 * Amounts are in cents. Figures are invented for the demo except the Medicare Part B deductible.
 */
export interface Accumulated {
  amountCents: number;
  remainingCents: number;
}

export interface BenefitProfile {
  kind: 'benefits';
  prefix: string;
  label: string;
  active: boolean;
  planName: string;
  /** EB04 insurance type. */
  insuranceType: string;
  deductible:
    | {
        individual: Accumulated;
        family: Accumulated | null;
        outOfNetworkIndividual: Accumulated | null;
      }
    | 'medicare-part-b'
    | null;
  outOfPocket: { individual: Accumulated; family: Accumulated | null } | null;
  coinsurance: { inNetwork: number; outOfNetwork: number | null };
  /** Copays by service type (in network). */
  copays: Readonly<Record<string, number>>;
  /** Service types that need prior authorization (EB11 = Y). */
  authorizationRequired: readonly string[];
  /** Service types the plan does not cover (EB01 = I), with the payer's message. */
  notCovered: Readonly<Record<string, string>>;
  messages: readonly string[];
}

export interface RejectionProfile {
  kind: 'rejection';
  prefix: string;
  label: string;
  /** Loop the AAA goes in: 2100A payer, 2100B provider, 2100C subscriber. */
  level: 'payer' | 'provider' | 'subscriber';
  /** AAA01: was the request itself valid? */
  validRequest: boolean;
  code: string;
  followUp: string;
}

export type MemberProfile = BenefitProfile | RejectionProfile;

/** Medicare Part B annual deductible by calendar year (DOMAIN.md §5.1 ✅: $257 in 2025, $283 in 2026). */
export const MEDICARE_PART_B_DEDUCTIBLE_CENTS: readonly {
  year: number;
  cents: number;
  mark: '✅';
}[] = [
  { year: 2025, cents: 25_700, mark: '✅' },
  { year: 2026, cents: 28_300, mark: '✅' },
];

/** The deductible for a service year: that year's row, else the nearest earlier, else the earliest. */
export function medicarePartBDeductible(year: number): number {
  const rows = [...MEDICARE_PART_B_DEDUCTIBLE_CENTS].sort((a, b) => a.year - b.year);
  const earlier = rows.filter((r) => r.year <= year).at(-1);
  return (earlier ?? rows[0])?.cents ?? 0;
}

const COMMERCIAL_DEDUCTIBLE = {
  individual: { amountCents: 150_000, remainingCents: 50_000 },
  family: { amountCents: 300_000, remainingCents: 180_000 },
  outOfNetworkIndividual: { amountCents: 300_000, remainingCents: 300_000 },
};
const COMMERCIAL_OOP = {
  individual: { amountCents: 500_000, remainingCents: 320_000 },
  family: { amountCents: 1_000_000, remainingCents: 740_000 },
};

export const MEMBER_PROFILES: readonly MemberProfile[] = [
  {
    kind: 'benefits',
    prefix: 'ACT',
    label: 'Active commercial PPO with deductible, coinsurance and OOP figures',
    active: true,
    planName: 'INFUSIO DEMO PPO GOLD',
    insuranceType: 'PR',
    deductible: COMMERCIAL_DEDUCTIBLE,
    outOfPocket: COMMERCIAL_OOP,
    coinsurance: { inNetwork: 0.2, outOfNetwork: 0.4 },
    copays: { '88': 3_000 },
    authorizationRequired: [],
    notCovered: {},
    messages: [],
  },
  {
    kind: 'benefits',
    prefix: 'HDP',
    label: 'Active high-deductible health plan, nothing met yet',
    active: true,
    planName: 'INFUSIO DEMO HDHP',
    insuranceType: 'PR',
    deductible: {
      individual: { amountCents: 600_000, remainingCents: 600_000 },
      family: { amountCents: 1_200_000, remainingCents: 1_200_000 },
      outOfNetworkIndividual: { amountCents: 1_200_000, remainingCents: 1_200_000 },
    },
    outOfPocket: {
      individual: { amountCents: 750_000, remainingCents: 750_000 },
      family: { amountCents: 1_500_000, remainingCents: 1_500_000 },
    },
    coinsurance: { inNetwork: 0.1, outOfNetwork: 0.3 },
    copays: {},
    authorizationRequired: [],
    notCovered: {},
    messages: ['HSA-QUALIFIED PLAN - DEDUCTIBLE APPLIES BEFORE ALL SERVICES'],
  },
  {
    kind: 'benefits',
    prefix: 'PAR',
    label: 'Active commercial PPO; home infusion services need prior authorization',
    active: true,
    planName: 'INFUSIO DEMO PPO SILVER',
    insuranceType: 'PR',
    deductible: COMMERCIAL_DEDUCTIBLE,
    outOfPocket: COMMERCIAL_OOP,
    coinsurance: { inNetwork: 0.2, outOfNetwork: 0.4 },
    copays: {},
    authorizationRequired: ['42', '12', '18', '88', '78'],
    notCovered: {},
    messages: ['PRIOR AUTHORIZATION REQUIRED FOR HOME INFUSION THERAPY'],
  },
  {
    kind: 'benefits',
    prefix: 'INA',
    label: 'Inactive: coverage ended the year before the service date',
    active: false,
    planName: 'INFUSIO DEMO PPO GOLD',
    insuranceType: 'PR',
    deductible: null,
    outOfPocket: null,
    coinsurance: { inNetwork: 0, outOfNetwork: null },
    copays: {},
    authorizationRequired: [],
    notCovered: {},
    messages: ['COVERAGE TERMINATED'],
  },
  {
    kind: 'benefits',
    prefix: 'MCB',
    label: 'Medicare Part B: annual deductible, 20% coinsurance, no out-of-pocket maximum',
    active: true,
    planName: 'MEDICARE PART B',
    insuranceType: 'MB',
    deductible: 'medicare-part-b',
    outOfPocket: null,
    coinsurance: { inNetwork: 0.2, outOfNetwork: null },
    copays: {},
    authorizationRequired: [],
    notCovered: {
      '88': 'SELF-ADMINISTERED DRUGS ARE NOT COVERED UNDER PART B; CHECK THE PART D PLAN',
    },
    messages: [],
  },
  {
    kind: 'rejection',
    prefix: 'R72',
    label: 'Rejected: invalid member id',
    level: 'subscriber',
    validRequest: true,
    code: '72',
    followUp: 'C',
  },
  {
    kind: 'rejection',
    prefix: 'R71',
    label: 'Rejected: date of birth does not match',
    level: 'subscriber',
    validRequest: true,
    code: '71',
    followUp: 'C',
  },
  {
    kind: 'rejection',
    prefix: 'R73',
    label: 'Rejected: subscriber name invalid',
    level: 'subscriber',
    validRequest: true,
    code: '73',
    followUp: 'C',
  },
  {
    kind: 'rejection',
    prefix: 'R75',
    label: 'Rejected: subscriber not found',
    level: 'subscriber',
    validRequest: true,
    code: '75',
    followUp: 'C',
  },
  {
    kind: 'rejection',
    prefix: 'R57',
    label: 'Rejected: invalid date of service',
    level: 'subscriber',
    validRequest: true,
    code: '57',
    followUp: 'C',
  },
  {
    kind: 'rejection',
    prefix: 'R42',
    label: 'Rejected: payer unable to respond now (retry)',
    level: 'subscriber',
    validRequest: true,
    code: '42',
    followUp: 'R',
  },
  {
    kind: 'rejection',
    prefix: 'R43',
    label: 'Rejected: provider NPI not recognised',
    level: 'provider',
    validRequest: true,
    code: '43',
    followUp: 'C',
  },
  {
    kind: 'rejection',
    prefix: 'R80',
    label: 'Rejected: no response from payer, transaction terminated',
    level: 'payer',
    validRequest: true,
    code: '80',
    followUp: 'P',
  },
];

/** Any member id matching no prefix is answered as "subscriber not found" (AAA 75). */
export const UNKNOWN_MEMBER_PROFILE: RejectionProfile = {
  kind: 'rejection',
  prefix: '',
  label: 'Unknown member id: subscriber not found',
  level: 'subscriber',
  validRequest: true,
  code: '75',
  followUp: 'C',
};

/**
 * The Medicare Beneficiary Identifier format (CMS): 11 characters, position 1 a digit 1–9,
 * 2/5/8/9 letters without S, L, O, I, B, Z, 3/6 such a letter or a digit, 4/7/10/11 digits.
 */
const MBI_LETTER = '[AC-HJKMNP-RT-Y]';
const MBI_PATTERN = new RegExp(
  `^[1-9]${MBI_LETTER}(?:${MBI_LETTER}|\\d)\\d${MBI_LETTER}(?:${MBI_LETTER}|\\d)\\d${MBI_LETTER}{2}\\d{2}$`,
);

/** True when the member id is written as a Medicare Beneficiary Identifier (dashes allowed). */
export function isMedicareBeneficiaryId(memberId: string): boolean {
  return MBI_PATTERN.test(memberId.replace(/-/g, '').toUpperCase());
}

/** The profile answering a member id: by prefix; a real-format MBI answers as Medicare Part B. */
export function findMemberProfile(memberId: string): MemberProfile {
  const byPrefix = MEMBER_PROFILES.find((p) => memberId.toUpperCase().startsWith(p.prefix));
  if (byPrefix !== undefined) return byPrefix;
  const medicare = MEMBER_PROFILES.find((p) => p.prefix === 'MCB');
  if (medicare !== undefined && isMedicareBeneficiaryId(memberId)) return medicare;
  return UNKNOWN_MEMBER_PROFILE;
}

export type AuthorizationAction = 'A1' | 'A2' | 'A3' | 'A4' | 'A6' | 'CT';

export interface AuthorizationProfile {
  prefix: string;
  label: string;
  action: AuthorizationAction;
}

/** 278 answers by member id prefix; any other member id is certified in total (A1). */
export const AUTHORIZATION_PROFILES: readonly AuthorizationProfile[] = [
  { prefix: 'PA2', label: 'Certified in part: half the requested units', action: 'A2' },
  { prefix: 'PA3', label: 'Not certified', action: 'A3' },
  { prefix: 'PA4', label: 'Pended for clinical review', action: 'A4' },
  { prefix: 'PA6', label: 'Modified: 75% of the units, first 30 days', action: 'A6' },
  { prefix: 'PCT', label: 'Contact the payer', action: 'CT' },
];

/** Procedure codes the simulator always pends for medical review (unlisted drugs). */
export const REVIEW_PROCEDURE_CODES: readonly string[] = ['J3490', 'J3590', 'J9999'];
