import type { Explanation } from '../coverage/index.ts';

/**
 * English text for assistance screening reasons; the web app translates the same keys.
 * Placeholders: {planType} {drug} {diagnosis} {limit}.
 */
export const ASSISTANCE_MESSAGES_EN: Readonly<Record<string, string>> = {
  'assistance.copayCard.eligible':
    'Commercial insurance: a manufacturer copay card can pay the patient’s share of {drug}.',
  'assistance.copayCard.planType':
    'Copay cards cannot be used when a government program pays any part of the drug (OIG bulletin, 2014).',
  'assistance.pap.eligible':
    'Uninsured: the manufacturer’s patient assistance program may supply {drug} free, within its income limit.',
  'assistance.pap.conditional':
    'Under-insured patients may qualify for the manufacturer’s free-drug program; the program decides.',
  'assistance.pap.case-by-case':
    'Medicare patients qualify for manufacturer free-drug programs only outside Part D under strict rules (OIG 2005).',
  'assistance.pap.planType': 'This coverage does not qualify for manufacturer free-drug programs.',
  'assistance.foundation.conditional':
    'Independent charities may help with cost sharing, including for Medicare patients, if the fund is open.',
  'assistance.foundation.planType': 'Independent foundation grants require insurance coverage.',
  'assistance.slidingScale.eligible': 'Infusio’s financial assistance policy applies by income.',
  'assistance.slidingScale.case-by-case':
    'For Medicare, Medicaid and other government coverage, cost sharing can be reduced only case by case after a documented financial-need review, never routinely or advertised.',
  'assistance.slidingScale.planType':
    'Infusio’s financial assistance does not apply to this coverage.',
  'assistance.medicaidReferral.refer':
    'Income is within the Medicaid limit in expansion states: refer the patient for a Medicaid application.',
  'assistance.medicaidReferral.planType': 'Medicaid screening does not apply to this coverage.',
  'assistance.medicareSavingsReferral.refer':
    'Refer for Medicare Savings Programs and Extra Help (low-income subsidy) screening.',
  'assistance.medicareSavingsReferral.planType': 'Only for people with Medicare.',
  'assistance.requiresBrandDrug':
    'Manufacturer programs are for brand drugs; {drug} is a multi-source generic or not in the catalog.',
  'assistance.diagnosisCovered': 'The fund covers the diagnosis {diagnosis}.',
  'assistance.diagnosisNotCovered': 'No diagnosis on file matches this fund.',
  'assistance.incomeAboveLimit': 'Household income is above the program’s {limit}% FPL limit.',
  'assistance.incomeAboveSlidingScale': 'Household income is above every discounted tier.',
};

export function renderAssistanceReasonEn(reason: Explanation): string {
  const template = ASSISTANCE_MESSAGES_EN[reason.key] ?? reason.key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = reason.params[name];
    return value === undefined ? whole : String(value);
  });
}
