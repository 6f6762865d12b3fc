import type {
  AdministrationMethod,
  AdministrationRoute,
  TherapyType,
} from '../intake/referral-draft.ts';
import type { DiagnosisGroupId } from './diagnosis-groups.ts';
import type { DrugCatalogEntry, PerDiemFamily } from './drug-catalog.types.ts';
import type { PlanType } from './plan-type.ts';
import type { ConfidenceMark, SourcedRow } from './rule-source.ts';

/** The parts of a home infusion therapy that can fall under different benefits. */
export type TherapyComponent = 'drug' | 'pump' | 'supplies' | 'professional-services' | 'per-diem';

export const THERAPY_COMPONENTS: readonly TherapyComponent[] = [
  'drug',
  'per-diem',
  'professional-services',
  'pump',
  'supplies',
];

/** Which benefit pays a component (DOMAIN.md §1.0). */
export type Benefit =
  | 'part-b-dme'
  | 'part-b-hit'
  | 'part-b-ivig'
  | 'part-b-pn'
  /** Part B outside DME (clotting factor for self-administration). */
  | 'part-b-medical'
  | 'part-d'
  | 'per-diem-contract'
  | 'medical-benefit'
  /** Paid inside another component's line (see bundledInto). */
  | 'bundled'
  /** Nothing to bill: no pump is used when the drug runs by gravity or IV push. */
  | 'not-needed'
  /** Insurance pays nothing: shown as a self-pay line at our self-pay price. */
  | 'not-covered'
  /** No insurance. */
  | 'self-pay';

export type ClaimDestination = 'dme-mac' | 'ab-mac' | 'part-d-plan' | 'payer' | 'patient' | 'none';

/** How a code on a decision is counted when charges are built. */
export type ChargeRole =
  | 'drug-per-dose'
  | 'pump-rental-month'
  | 'supply-per-bag'
  | 'supply-per-week'
  | 'supply-per-day'
  | 'hit-initial-visit'
  | 'hit-subsequent-visit'
  | 'visit'
  | 'visit-additional-hour'
  | 'per-diem'
  | 'pn-solution-per-day';

export interface CodeRef {
  code: string;
  role: ChargeRole;
  modifier?: string;
}

export type DocumentationId =
  | 'standard-written-order'
  | 'proof-of-delivery'
  | 'refill-documentation'
  | 'lcd-indication-in-record'
  | 'plan-of-care-physician-reviewed'
  | 'home-visit-on-infusion-day'
  | 'pid-diagnosis'
  | 'ivig-drug-claim-within-30-days'
  | 'permanent-gi-impairment'
  | 'part-d-formulary-check'
  | 'prior-authorization-if-required'
  | 'financial-responsibility-consent';

/** An i18n message: the web app translates `key`; renderExplanationEn renders it for logs/tests. */
export interface Explanation {
  key: string;
  params: Readonly<Record<string, string | number>>;
}

/** Named code pickers a rule outcome refers to (see route-benefits code resolvers). */
export type CodeResolverId =
  | 'drug-hcpcs'
  | 'dme-pump'
  | 'dme-supplies'
  | 'hit-g-codes'
  | 'ivig-q2052'
  | 'pn-solution'
  | 'pn-pump'
  | 'pn-kit'
  | 'per-diem-s-code'
  | 'nursing-cpt';

export interface ComponentOutcome {
  benefit: Benefit;
  codes: readonly CodeResolverId[];
  destination: ClaimDestination;
  documentation: readonly DocumentationId[];
  explanationKey: string;
  bundledInto?: TherapyComponent;
}

export interface RuleConditions {
  planTypes: readonly PlanType[];
  therapies?: readonly TherapyType[];
  perDiemFamilies?: readonly PerDiemFamily[];
  onLcdList?: boolean;
  methods?: readonly AdministrationMethod[];
  diagnosisGroup?: { group: DiagnosisGroupId; present: boolean };
  permanentGiImpairment?: boolean;
}

/** One row of the routing table: conditions → an outcome per component. First match wins. */
export interface RoutingRule extends SourcedRow {
  id: string;
  summary: string;
  when: RuleConditions;
  outcomes: Readonly<Record<TherapyComponent, ComponentOutcome>>;
}

export interface RouteBenefitsInput {
  /** A catalog entry, or a drug name looked up with findDrugByName. */
  drug: DrugCatalogEntry | string;
  /** Undefined when the order does not say: routed as a non-DME method, with a warning. */
  administrationMethod: AdministrationMethod | undefined;
  diagnosisCodes: readonly string[];
  planType: PlanType;
  /** Parenteral nutrition: the GI impairment is permanent (long and indefinite). */
  permanentGiImpairment?: boolean;
  /** ISO date of service the decision is for. */
  date: string;
  route?: AdministrationRoute;
  /** As written ('q8h', 'continuous'): picks the per diem S-code. */
  frequency?: string;
  dailyVolumeL?: number;
  /** Parenteral nutrition protein grams per day: picks the compounded PN B-code. */
  proteinGramsPerDay?: number;
  implantedPump?: boolean;
}

export interface ComponentDecision {
  component: TherapyComponent;
  benefit: Benefit;
  codes: readonly CodeRef[];
  destination: ClaimDestination;
  documentation: readonly DocumentationId[];
  explanation: Explanation;
  bundledInto?: TherapyComponent;
}

export interface BenefitRouting {
  drugId: string;
  drugName: string;
  therapy: TherapyType;
  planType: PlanType;
  administrationMethod: AdministrationMethod | undefined;
  date: string;
  ruleId: string;
  ruleSummary: string;
  source: string;
  mark: ConfidenceMark;
  decisions: Readonly<Record<TherapyComponent, ComponentDecision>>;
  warnings: readonly Explanation[];
}
