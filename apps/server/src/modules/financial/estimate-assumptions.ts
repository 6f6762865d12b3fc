// The assumptions an estimate lists beside its figures, as i18n codes with parameters: what was
// guessed about the coverage, and what the charges could not price or count.
import type { ExpectedCharges } from '@infusio/domain/coverage';
import type { AdmissionFinancialFacts } from './admission-financial-facts.ts';
import type { Assumption, EstimateTerms } from './cost-sharing-from-check.ts';

export function coverageAssumptions(facts: AdmissionFinancialFacts): Assumption[] {
  const out: Assumption[] = [];
  if (facts.planType.source === 'payer-name-guess')
    out.push({
      code: facts.planType.matchedPhrase ? 'planTypeGuessed' : 'planTypeDefaulted',
      params: {
        planType: facts.planType.planType,
        payer: facts.coverage?.payerName ?? '',
        phrase: facts.planType.matchedPhrase ?? '',
      },
    });
  if (facts.planType.source === 'no-coverage')
    out.push({ code: 'noCoverage', params: { planType: 'self-pay' } });
  return out;
}

export function chargeAssumptions(
  charges: ExpectedCharges,
  terms: EstimateTerms,
  isSelfPay: boolean,
): Assumption[] {
  const out: Assumption[] = [];
  if (charges.isDemoPricing)
    out.push({ code: 'demoPricing', params: { feeSchedule: charges.feeScheduleId } });
  if (!isSelfPay) {
    const withoutTerms = new Set(
      charges.lines
        .map((line) => line.serviceType)
        .filter((type) => type !== null && terms.termsByServiceType[type] === undefined),
    );
    for (const serviceType of [...withoutTerms].sort())
      if (serviceType !== null)
        out.push({ code: 'serviceTypeUsesDefault', params: { serviceType } });
  }
  for (const warning of charges.warnings) {
    switch (warning.kind) {
      case 'no-rate':
        out.push({ code: 'noRate', params: { code: warning.code } });
        break;
      case 'dose-unit-mismatch':
        out.push({
          code: 'doseUnitMismatch',
          params: { code: warning.code, doseUnit: warning.doseUnit, codeUnit: warning.codeUnit },
        });
        break;
      case 'no-drug-code':
        out.push({ code: 'noDrugCode', params: { drug: warning.drug } });
        break;
    }
  }
  return out;
}
