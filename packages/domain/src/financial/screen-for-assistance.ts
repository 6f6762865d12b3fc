import {
  findDiagnosisPrefixMatch,
  findDrugByName,
  isEffectiveOn,
  type ConfidenceMark,
  type DrugCatalogEntry,
  type Explanation,
  type PlanType,
} from '../coverage/index.ts';
import {
  ASSISTANCE_PROGRAMS,
  type AssistanceProgramKind,
  type AssistanceProgramRule,
  type ProgramStatus,
} from './assistance-programs.ts';
import {
  findPovertyGuideline,
  isAtOrBelowPercentOfPoverty,
  percentOfPovertyLevel,
  povertyGuidelineCents,
  POVERTY_GUIDELINES,
  type PovertyGuidelineRow,
  type PovertyRegion,
} from './poverty-guidelines.ts';
import {
  DEFAULT_SLIDING_SCALE,
  selectSlidingScaleTier,
  type SlidingScalePolicy,
  type SlidingScaleTier,
} from './sliding-scale.ts';

export interface ScreenForAssistanceInput {
  householdSize: number;
  annualIncomeCents: number;
  region: PovertyRegion;
  year: number;
  planType: PlanType;
  diagnosisCodes: readonly string[];
  drug: DrugCatalogEntry | string;
  /** ISO date of the screen (programs have effective dates); defaults to 1 July of `year`. */
  date?: string;
  policy?: SlidingScalePolicy;
  programs?: readonly AssistanceProgramRule[];
  guidelines?: readonly PovertyGuidelineRow[];
}

export interface ProgramScreen {
  programId: string;
  kind: AssistanceProgramKind;
  name: string;
  status: ProgramStatus;
  reasons: readonly Explanation[];
  mark: ConfidenceMark;
}

export interface AssistanceScreen {
  percentOfPovertyLevel: number;
  povertyGuidelineCents: number;
  guidelineMark: ConfidenceMark;
  slidingScale: {
    policyId: string;
    tier: SlidingScaleTier;
    /** What the screen suggests: for government programs only after a documented need review. */
    status: ProgramStatus;
    discountRate: number;
  };
  programs: readonly ProgramScreen[];
}

interface Facts {
  input: ScreenForAssistanceInput;
  guidelineCents: number;
  drug: DrugCatalogEntry | undefined;
}

function screenProgram(rule: AssistanceProgramRule, facts: Facts): ProgramScreen {
  const { input, guidelineCents, drug } = facts;
  const reasons: Explanation[] = [];
  const params = {
    planType: input.planType,
    drug:
      drug?.genericName ?? (typeof input.drug === 'string' ? input.drug : input.drug.genericName),
  };
  let status: ProgramStatus = rule.planTypes[input.planType] ?? 'not-eligible';
  if (status === 'not-eligible') {
    reasons.push({ key: `${rule.reasonKey}.planType`, params });
  } else {
    reasons.push({ key: `${rule.reasonKey}.${status}`, params });
  }
  if (
    status !== 'not-eligible' &&
    rule.requiresBrandDrug &&
    (drug === undefined || drug.isMultiSourceGeneric)
  ) {
    status = 'not-eligible';
    reasons.push({ key: 'assistance.requiresBrandDrug', params });
  }
  if (status !== 'not-eligible' && rule.diagnosisPrefixes !== undefined) {
    const match = findDiagnosisPrefixMatch(input.diagnosisCodes, rule.diagnosisPrefixes);
    if (match === undefined) {
      status = 'not-eligible';
      reasons.push({ key: 'assistance.diagnosisNotCovered', params });
    } else {
      reasons.push({ key: 'assistance.diagnosisCovered', params: { ...params, diagnosis: match } });
    }
  }
  if (
    status !== 'not-eligible' &&
    rule.maxPercentFpl !== null &&
    !isAtOrBelowPercentOfPoverty(input.annualIncomeCents, guidelineCents, rule.maxPercentFpl)
  ) {
    status = 'not-eligible';
    reasons.push({
      key: 'assistance.incomeAboveLimit',
      params: { ...params, limit: rule.maxPercentFpl },
    });
  }
  return { programId: rule.id, kind: rule.kind, name: rule.name, status, reasons, mark: rule.mark };
}

/**
 * Screens a patient for financial assistance (DOMAIN.md §5.2, §5.3): income against the poverty
 * guideline onto the sliding scale, and each program's rules (copay cards never on government
 * insurance, PAPs, independent foundations by diagnosis, referrals).
 */
export function screenForAssistance(input: ScreenForAssistanceInput): AssistanceScreen {
  const guidelines = input.guidelines ?? POVERTY_GUIDELINES;
  const guidelineCents = povertyGuidelineCents(
    input.householdSize,
    input.region,
    input.year,
    guidelines,
  );
  const percent = percentOfPovertyLevel(
    input.annualIncomeCents,
    input.householdSize,
    input.region,
    input.year,
    guidelines,
  );
  const drug = typeof input.drug === 'string' ? findDrugByName(input.drug) : input.drug;
  const date = input.date ?? `${input.year}-07-01`;
  const facts: Facts = { input, guidelineCents, drug };
  const policy = input.policy ?? DEFAULT_SLIDING_SCALE;
  const tier = selectSlidingScaleTier(input.annualIncomeCents, guidelineCents, policy);
  const programs = (input.programs ?? ASSISTANCE_PROGRAMS)
    .filter((rule) => isEffectiveOn(rule, date))
    .map((rule) => screenProgram(rule, facts))
    .map((program) =>
      program.kind === 'provider-sliding-scale' &&
      tier.discountRate === 0 &&
      program.status !== 'not-eligible'
        ? {
            ...program,
            status: 'not-eligible' as const,
            reasons: [
              ...program.reasons,
              { key: 'assistance.incomeAboveSlidingScale', params: { planType: input.planType } },
            ],
          }
        : program,
    );
  const slidingProgram = programs.find((program) => program.kind === 'provider-sliding-scale');
  const slidingStatus: ProgramStatus =
    slidingProgram?.status ?? (tier.discountRate === 0 ? 'not-eligible' : 'eligible');
  return {
    percentOfPovertyLevel: percent,
    povertyGuidelineCents: guidelineCents,
    guidelineMark: findPovertyGuideline(input.year, input.region, guidelines).mark,
    slidingScale: {
      policyId: policy.id,
      tier,
      status: slidingStatus,
      discountRate: slidingStatus === 'not-eligible' ? 0 : tier.discountRate,
    },
    programs,
  };
}
