import type { Explanation } from './benefit-routing.types.ts';

/**
 * English text for the routing explanations. The web app has its own translations (English and
 * Simplified Chinese) under the same keys; this rendering is for logs, tests and the API's
 * plain-text fallback. Placeholders: {drug} {indications} {category} {codes} {method} {planType}
 * {diagnosis} {into} {component}.
 */
export const ROUTING_MESSAGES_EN: Readonly<Record<string, string>> = {
  'routing.bundled': 'Included in the {into} line; not billed separately.',
  'routing.pump.notNeeded': 'No pump is used when the drug is given by {method}.',
  'routing.drug.dmeLcdPump':
    '{drug} is on the Medicare external infusion pump policy (LCD L33794, indication {indications}) and is given by a DME pump, so Part B pays it under the DME benefit: {codes}, billed to the DME MAC.',
  'routing.pump.dme':
    'The pump ({codes}) is rented under the Medicare DME benefit because the drug it gives is covered.',
  'routing.supplies.dme':
    'Infusion supplies ({codes}) are paid under the DME benefit with the pump: one per cassette or bag, catheter care per week.',
  'routing.services.hit':
    'Nursing and professional services are paid by the Part B home infusion therapy benefit, payment category {category}: {codes} (initial visit, then subsequent visits), one unit per infusion day with a home visit, billed to the A/B MAC. Patient owes 20% after the Part B deductible.',
  'routing.services.beforeHitBenefit':
    'Before 2021 Medicare had no home infusion services benefit: nursing ({codes}) is not covered.',
  'routing.drug.ivigPid':
    'IVIG for primary immune deficiency ({diagnosis}) is covered at home by Medicare Part B: {codes}, billed to the DME MAC.',
  'routing.services.ivigQ2052':
    'Nursing, supplies and accessories for home IVIG are bundled into {codes}, one per visit (Part B, DME MAC).',
  'routing.drug.ivigWithoutPid':
    'Medicare Part B covers home IVIG only for primary immune deficiency; without that diagnosis {drug} falls to the Part D plan.',
  'routing.drug.scigOutsideLcd':
    'Subcutaneous immune globulin is covered under the DME benefit only for primary immune deficiency given by a DME pump; otherwise {drug} falls to the Part D plan.',
  'routing.drug.pnPermanent':
    'Parenteral nutrition for a permanent gastrointestinal impairment is covered by Part B (LCD L38953): {codes}, billed to the DME MAC.',
  'routing.pump.pn': 'The PN pump ({codes}) is covered under the Part B nutrition benefit.',
  'routing.supplies.pn': 'The PN administration kit ({codes}) is covered per day.',
  'routing.services.pnNotCovered':
    'Medicare does not cover nursing for parenteral nutrition: visits ({codes}) are not covered by insurance.',
  'routing.drug.pnNotPermanent':
    'Part B covers parenteral nutrition only for a permanent (long and indefinite) impairment; otherwise the solution is a Part D drug.',
  'routing.drug.lcdDrugWithoutDmePump':
    '{drug} is covered under the DME benefit only when given by a DME pump; given by {method} it is a Part D drug, and services are not covered.',
  'routing.drug.partD':
    '{drug} is not on the Medicare external infusion pump policy, so it is a Part D drug: the Part D plan pays the drug ({codes}) with its own cost sharing.',
  'routing.perDiem.notCoveredAroundPartD':
    'Medicare pays nothing for pharmacy services, supplies or equipment around a Part D drug: the per diem ({codes}) is not covered by insurance.',
  'routing.services.notCoveredAroundPartD':
    'Medicare pays nothing for nursing around a Part D drug: visits ({codes}) are not covered by insurance.',
  'routing.drug.hydrationNotCovered':
    'Medicare generally does not cover home hydration: fluids, services and nursing are not covered by insurance.',
  'routing.drug.clottingFactor':
    'Part B covers clotting factor for self-administration: {codes}, billed to the A/B MAC.',
  'routing.drug.biologicAtHome':
    '{drug} is usually given in a physician office or hospital outpatient department under Part B; Medicare has no home benefit for it, so at home only the Part D plan may pay.',
  'routing.drug.perDiemModel': 'The drug is billed per unit ({codes}) under the medical benefit.',
  'routing.drug.insidePerDiem':
    'The standard solution is included in the per diem; additives and lipids are billed separately when ordered.',
  'routing.perDiem.perDiemModel':
    'The per diem {codes} covers pharmacy services, care coordination, supplies and equipment for each day of therapy.',
  'routing.services.perDiemModel':
    'Nursing visits are billed separately: {codes} (99602 for each hour beyond two).',
  'routing.selfPay.drug': 'No insurance: the drug ({codes}) is at our self-pay price.',
  'routing.selfPay.perDiem':
    'No insurance: pharmacy services, supplies and equipment ({codes}) are at our self-pay per diem price.',
  'routing.selfPay.services': 'No insurance: nursing visits ({codes}) are at our self-pay price.',
  'routing.warning.drugNotInCatalog':
    '{drug} is not in the drug catalog: it was classified by its name, and a pharmacist should confirm the therapy.',
  'routing.warning.methodUnknown':
    'The order does not say how {drug} is given; routed as if no DME pump is used.',
  'routing.warning.lcdDiagnosisMissing':
    'LCD L33794 indication {indications} for {drug} expects a {group} diagnosis on the order; none was given. Check the medical record before billing.',
  'routing.warning.noCode': 'No billing code is known for the {component} of {drug}.',
};

const PARAM_LABELS_EN: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  method: {
    'electronic-pump': 'electronic pump',
    'elastomeric-pump': 'elastomeric pump',
    gravity: 'gravity',
    'iv-push': 'IV push',
    unknown: 'an unknown method',
  },
  into: {
    drug: 'drug',
    pump: 'pump',
    supplies: 'supplies',
    'professional-services': 'nursing and professional services',
    'per-diem': 'per diem',
  },
};

/** Renders an explanation in English; unknown keys render as the key so nothing is silently lost. */
export function renderExplanationEn(explanation: Explanation): string {
  const template = ROUTING_MESSAGES_EN[explanation.key] ?? explanation.key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = explanation.params[name];
    if (value === undefined) return whole;
    const text = String(value);
    return PARAM_LABELS_EN[name]?.[text] ?? text;
  });
}
