import type { AdministrationMethod } from '../intake/referral-draft.ts';
import type { LcdIndication } from './drug-catalog.types.ts';
import type { SourcedRow } from './rule-source.ts';
import { SOURCES } from './sources.ts';

export interface AdministrationMethodRow extends SourcedRow {
  method: AdministrationMethod;
  usesPump: boolean;
  /** A reusable pump that is an item of DME (LCD L33794); elastomeric pumps are disposable, not DME. */
  isDmePump: boolean;
}

const ROW_DEFAULTS = {
  source: `${SOURCES.partD}; referral-draft.ts AdministrationMethod`,
  effectiveFrom: '2000-01-01',
  effectiveTo: null,
} as const;

/**
 * How the drug is given decides DME coverage (DOMAIN.md §1.3). 'electronic-pump' stands for any
 * reusable DME pump: a mechanical reusable SCIG pump (E0779) is entered as 'electronic-pump' until
 * AdministrationMethod grows a 'mechanical-pump' value.
 */
export const ADMINISTRATION_METHODS: readonly AdministrationMethodRow[] = [
  { method: 'electronic-pump', usesPump: true, isDmePump: true, mark: 'verified', ...ROW_DEFAULTS },
  {
    method: 'elastomeric-pump',
    usesPump: true,
    isDmePump: false,
    mark: 'verified',
    ...ROW_DEFAULTS,
  },
  { method: 'gravity', usesPump: false, isDmePump: false, mark: 'verified', ...ROW_DEFAULTS },
  { method: 'iv-push', usesPump: false, isDmePump: false, mark: 'verified', ...ROW_DEFAULTS },
];

export function getAdministrationMethodRow(method: AdministrationMethod): AdministrationMethodRow {
  const row = ADMINISTRATION_METHODS.find((candidate) => candidate.method === method);
  if (row === undefined) throw new Error(`No administration method row for ${method}`);
  return row;
}

export interface PumpByIndicationRow extends SourcedRow {
  /** Empty: the default for every other indication. */
  indications: readonly LcdIndication[];
  code: string;
}

/** Which DME pump code goes with a drug's LCD indication (DOMAIN.md §1.2); first match wins. */
export const PUMP_BY_INDICATION: readonly PumpByIndicationRow[] = [
  {
    indications: ['V-E'],
    code: 'K0455',
    source: SOURCES.pumpCodes,
    mark: 'verified',
    effectiveFrom: '2000-01-01',
    effectiveTo: null,
  },
  {
    indications: ['V-H'],
    code: 'E0779',
    source: SOURCES.lcd,
    mark: 'secondary',
    effectiveFrom: '2000-01-01',
    effectiveTo: null,
  },
  {
    indications: ['IV'],
    code: 'E0784',
    source: SOURCES.pumpCodes,
    mark: 'verified',
    effectiveFrom: '2000-01-01',
    effectiveTo: null,
  },
  {
    indications: [],
    code: 'E0781',
    source: SOURCES.pumpCodes,
    mark: 'verified',
    effectiveFrom: '2000-01-01',
    effectiveTo: null,
  },
];

export function selectDmePumpCode(indications: readonly LcdIndication[]): string {
  const row = PUMP_BY_INDICATION.find(
    (candidate) =>
      candidate.indications.length === 0 ||
      candidate.indications.some((indication) => indications.includes(indication)),
  );
  return row?.code ?? 'E0781';
}
