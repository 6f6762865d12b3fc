import { getAdministrationMethodRow } from './administration-methods.ts';
import { ROUTING_RULES } from './benefit-routing.rules.ts';
import type {
  BenefitRouting,
  ComponentDecision,
  ComponentOutcome,
  Explanation,
  RouteBenefitsInput,
  RoutingRule,
  RuleConditions,
  TherapyComponent,
} from './benefit-routing.types.ts';
import { THERAPY_COMPONENTS } from './benefit-routing.types.ts';
import { findDiagnosisInGroup, LCD_INDICATION_DIAGNOSES } from './diagnosis-groups.ts';
import { findDrugByName, inferTherapyType, resolveDrugForRoute } from './drug-catalog.ts';
import type { DrugCatalogEntry } from './drug-catalog.types.ts';
import { CODE_RESOLVERS, type CodeContext } from './routing-code-resolvers.ts';
import { isEffectiveOn, weakestMark } from './rule-source.ts';

/** A drug the catalog does not know: classified by name stems, no code, not on the LCD. */
function uncatalogedDrug(name: string): DrugCatalogEntry {
  const therapy = inferTherapyType(name);
  return {
    id: 'uncataloged',
    genericName: name,
    brandNames: [],
    synonyms: [],
    therapy,
    perDiemFamily: therapy === 'anti-infective' ? 'anti-infective' : 'not-otherwise-classified',
    hcpcs: null,
    lcdIndications: [],
    hitCategory: null,
    isMultiSourceGeneric: false,
    routes: [],
    source: 'not in the drug catalog',
    mark: 'unverified',
    effectiveFrom: '0000-01-01',
    effectiveTo: null,
  };
}

interface Facts {
  input: RouteBenefitsInput;
  drug: DrugCatalogEntry;
}

function conditionsHold(when: RuleConditions, { input, drug }: Facts): boolean {
  if (!when.planTypes.includes(input.planType)) return false;
  if (when.therapies !== undefined && !when.therapies.includes(drug.therapy)) return false;
  if (when.perDiemFamilies !== undefined && !when.perDiemFamilies.includes(drug.perDiemFamily))
    return false;
  if (when.onLcdList !== undefined && when.onLcdList !== drug.lcdIndications.length > 0)
    return false;
  if (when.methods !== undefined) {
    if (input.administrationMethod === undefined) return false;
    if (!when.methods.includes(input.administrationMethod)) return false;
  }
  if (when.diagnosisGroup !== undefined) {
    const found = findDiagnosisInGroup(input.diagnosisCodes, when.diagnosisGroup.group);
    if ((found !== undefined) !== when.diagnosisGroup.present) return false;
  }
  if (
    when.permanentGiImpairment !== undefined &&
    when.permanentGiImpairment !== (input.permanentGiImpairment ?? false)
  )
    return false;
  return true;
}

/** The first effective rule whose conditions hold (the table ends with catch-all rows). */
export function findRoutingRule(
  facts: Facts,
  rules: readonly RoutingRule[] = ROUTING_RULES,
): RoutingRule {
  const rule = rules.find(
    (candidate) =>
      isEffectiveOn(candidate, facts.input.date) && conditionsHold(candidate.when, facts),
  );
  if (rule === undefined) {
    throw new Error(`No routing rule for ${facts.input.planType} on ${facts.input.date}`);
  }
  return rule;
}

function usesNoPump(input: RouteBenefitsInput): boolean {
  return (
    input.administrationMethod !== undefined &&
    !getAdministrationMethodRow(input.administrationMethod).usesPump
  );
}

function decide(
  component: TherapyComponent,
  outcome: ComponentOutcome,
  facts: Facts,
  ctx: CodeContext,
): ComponentDecision {
  if (component === 'pump' && usesNoPump(facts.input) && outcome.benefit !== 'part-b-dme') {
    return {
      component,
      benefit: 'not-needed',
      codes: [],
      destination: 'none',
      documentation: [],
      explanation: {
        key: 'routing.pump.notNeeded',
        params: { method: facts.input.administrationMethod ?? 'unknown' },
      },
    };
  }
  const codes = outcome.codes.flatMap((resolver) => CODE_RESOLVERS[resolver](ctx));
  const params: Record<string, string | number> = {
    drug: facts.drug.genericName,
    indications: facts.drug.lcdIndications.join(', '),
    category: facts.drug.hitCategory ?? '',
    codes: codes.map((ref) => ref.code).join(', '),
    method: facts.input.administrationMethod ?? 'unknown',
    planType: facts.input.planType,
    diagnosis: findDiagnosisInGroup(facts.input.diagnosisCodes, 'primary-immune-deficiency') ?? '',
    into: outcome.bundledInto ?? '',
  };
  const decision: ComponentDecision = {
    component,
    benefit: outcome.benefit,
    codes,
    destination: outcome.destination,
    documentation: outcome.documentation,
    explanation: { key: outcome.explanationKey, params },
  };
  return outcome.bundledInto === undefined
    ? decision
    : { ...decision, bundledInto: outcome.bundledInto };
}

function collectWarnings(facts: Facts, decisions: Record<TherapyComponent, ComponentDecision>) {
  const warnings: Explanation[] = [];
  const name = facts.drug.genericName;
  if (facts.drug.id === 'uncataloged') {
    warnings.push({ key: 'routing.warning.drugNotInCatalog', params: { drug: name } });
  }
  if (facts.input.administrationMethod === undefined) {
    warnings.push({ key: 'routing.warning.methodUnknown', params: { drug: name } });
  }
  if (decisions.drug.benefit === 'part-b-dme') {
    for (const row of LCD_INDICATION_DIAGNOSES) {
      if (!facts.drug.lcdIndications.includes(row.indication)) continue;
      const others = facts.drug.lcdIndications.filter(
        (indication) => indication !== row.indication,
      );
      // Chemotherapy under V-A needs no diagnosis even when II (liver/colorectal) also lists it.
      if (
        others.some(
          (indication) => !LCD_INDICATION_DIAGNOSES.some((r) => r.indication === indication),
        )
      )
        continue;
      if (findDiagnosisInGroup(facts.input.diagnosisCodes, row.group) === undefined) {
        warnings.push({
          key: 'routing.warning.lcdDiagnosisMissing',
          params: { drug: name, indications: row.indication, group: row.group },
        });
      }
    }
  }
  const billed = THERAPY_COMPONENTS.filter((component) => {
    const benefit = decisions[component].benefit;
    return benefit !== 'bundled' && benefit !== 'not-needed';
  });
  for (const component of billed) {
    if (decisions[component].codes.length === 0) {
      warnings.push({ key: 'routing.warning.noCode', params: { drug: name, component } });
    }
  }
  return warnings;
}

/**
 * Decides, for each part of a home infusion therapy, which benefit pays, with which codes, where
 * the claim goes, what documentation it needs and why (DOMAIN.md §1). The decision comes from the
 * first matching row of ROUTING_RULES.
 */
export function routeBenefits(
  input: RouteBenefitsInput,
  rules: readonly RoutingRule[] = ROUTING_RULES,
): BenefitRouting {
  const found =
    typeof input.drug === 'string'
      ? (findDrugByName(input.drug) ?? uncatalogedDrug(input.drug))
      : input.drug;
  const drug = resolveDrugForRoute(found, input.route);
  const facts: Facts = { input, drug };
  const rule = findRoutingRule(facts, rules);
  const ctx: CodeContext = {
    drug,
    frequency: input.frequency,
    dailyVolumeL: input.dailyVolumeL,
    proteinGramsPerDay: input.proteinGramsPerDay,
    implantedPump: input.implantedPump ?? false,
  };
  const entries = THERAPY_COMPONENTS.map(
    (component) => [component, decide(component, rule.outcomes[component], facts, ctx)] as const,
  );
  const decisions = Object.fromEntries(entries) as Record<TherapyComponent, ComponentDecision>;
  return {
    drugId: drug.id,
    drugName: drug.genericName,
    therapy: drug.therapy,
    planType: input.planType,
    administrationMethod: input.administrationMethod,
    date: input.date,
    ruleId: rule.id,
    ruleSummary: rule.summary,
    source: rule.source,
    mark: weakestMark([rule.mark, drug.mark]),
    decisions,
    warnings: collectWarnings(facts, decisions),
  };
}
