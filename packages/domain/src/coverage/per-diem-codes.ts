import type { PerDiemFamily } from './drug-catalog.types.ts';
import type { ConfidenceMark, SourcedRow } from './rule-source.ts';
import { SOURCES } from './sources.ts';

/**
 * HCPCS per diem S-codes (DOMAIN.md §1.4): "administrative services, professional pharmacy
 * services, care coordination, and all necessary supplies and equipment (drugs and nursing visits
 * coded separately), per diem". Not recognised by Medicare fee-for-service.
 */
export type PerDiemVariant =
  | { kind: 'generic' }
  | { kind: 'interval'; hours: number }
  | { kind: 'daily-volume'; overLitres: number; upToLitres: number }
  | { kind: 'mode'; mode: 'continuous' | 'intermittent' | 'implanted-pump' };

export interface PerDiemCodeRow extends SourcedRow {
  code: string;
  /** The family it is picked for; null for codes listed for look-up only. */
  family: PerDiemFamily | null;
  variant: PerDiemVariant;
  description: string;
}

const GENERIC: PerDiemVariant = { kind: 'generic' };

function s(
  code: string,
  family: PerDiemFamily | null,
  description: string,
  mark: ConfidenceMark,
  variant: PerDiemVariant = GENERIC,
): PerDiemCodeRow {
  return {
    code,
    family,
    variant,
    description,
    source: SOURCES.perDiem,
    mark,
    effectiveFrom: '2000-01-01',
    effectiveTo: null,
  };
}

const litres = (overLitres: number, upToLitres: number): PerDiemVariant => ({
  kind: 'daily-volume',
  overLitres,
  upToLitres,
});
const every = (hours: number): PerDiemVariant => ({ kind: 'interval', hours });
const mode = (m: 'continuous' | 'intermittent' | 'implanted-pump'): PerDiemVariant => ({
  kind: 'mode',
  mode: m,
});

export const PER_DIEM_CODES: readonly PerDiemCodeRow[] = [
  s('S9325', 'pain-management', 'Pain management, generic (not with S9326–S9328)', 'verified'),
  s(
    'S9326',
    'pain-management',
    'Pain management, continuous (24 h or more)',
    'verified',
    mode('continuous'),
  ),
  s(
    'S9327',
    'pain-management',
    'Pain management, intermittent (less than 24 h)',
    'verified',
    mode('intermittent'),
  ),
  s(
    'S9328',
    'pain-management',
    'Pain management, implanted pump',
    'verified',
    mode('implanted-pump'),
  ),
  s('S9329', 'chemotherapy', 'Chemotherapy, generic (not with S9330–S9331)', 'verified'),
  s(
    'S9330',
    'chemotherapy',
    'Chemotherapy, continuous (24 h or more)',
    'verified',
    mode('continuous'),
  ),
  s(
    'S9331',
    'chemotherapy',
    'Chemotherapy, intermittent (less than 24 h)',
    'verified',
    mode('intermittent'),
  ),
  s('S9338', 'immunotherapy', 'Immunotherapy (IVIG, SCIG)', 'verified'),
  s('S9345', 'anti-hemophilic', 'Anti-hemophilic agent (e.g. factor VIII)', 'verified'),
  s('S9346', 'alpha-1-proteinase-inhibitor', 'Alpha-1 proteinase inhibitor', 'secondary'),
  s(
    'S9347',
    'pulmonary-hypertension',
    'Uninterrupted long-term controlled-rate IV/SC infusion (e.g. epoprostenol)',
    'secondary',
  ),
  s(
    'S9348',
    'inotrope',
    'Sympathomimetic/inotropic agent (e.g. dobutamine, milrinone)',
    'secondary',
  ),
  s('S9355', 'chelation', 'Chelation therapy', 'secondary'),
  s('S9357', 'enzyme-replacement', 'Enzyme replacement (e.g. imiglucerase)', 'verified'),
  s('S9359', 'anti-tnf', 'Anti-tumor necrosis factor IV therapy (e.g. infliximab)', 'secondary'),
  s('S9361', 'diuretic', 'Diuretic intravenous therapy', 'secondary'),
  s('S9363', null, 'Anti-spasmodic therapy', 'secondary'),
  s('S9364', 'parenteral-nutrition', 'TPN, generic (not with S9365–S9368)', 'secondary'),
  s('S9365', 'parenteral-nutrition', 'TPN, up to 1 litre per day', 'verified', litres(0, 1)),
  s(
    'S9366',
    'parenteral-nutrition',
    'TPN, more than 1 and up to 2 litres per day',
    'verified',
    litres(1, 2),
  ),
  s(
    'S9367',
    'parenteral-nutrition',
    'TPN, more than 2 and up to 3 litres per day',
    'verified',
    litres(2, 3),
  ),
  s(
    'S9368',
    'parenteral-nutrition',
    'TPN, more than 3 litres per day',
    'verified',
    litres(3, Number.POSITIVE_INFINITY),
  ),
  s('S9370', 'anti-emetic', 'Anti-emetic, intermittent', 'secondary'),
  s(
    'S9372',
    'anticoagulant',
    'Anticoagulant intermittent injection (not for line flushes)',
    'secondary',
  ),
  s('S9373', 'hydration', 'Hydration, generic (not with S9374–S9377)', 'secondary'),
  s('S9374', 'hydration', 'Hydration, up to 1 litre per day', 'verified', litres(0, 1)),
  s(
    'S9375',
    'hydration',
    'Hydration, more than 1 and up to 2 litres per day',
    'secondary',
    litres(1, 2),
  ),
  s(
    'S9376',
    'hydration',
    'Hydration, more than 2 and up to 3 litres per day',
    'secondary',
    litres(2, 3),
  ),
  s(
    'S9377',
    'hydration',
    'Hydration, more than 3 litres per day',
    'secondary',
    litres(3, Number.POSITIVE_INFINITY),
  ),
  s('S9379', 'not-otherwise-classified', 'Infusion therapy, not otherwise classified', 'verified'),
  s('S9490', 'corticosteroid', 'Corticosteroid infusion', 'verified'),
  s(
    'S9494',
    'anti-infective',
    'Antibiotic/antiviral/antifungal, generic (not with S9497–S9504)',
    'verified',
  ),
  s('S9497', 'anti-infective', 'Anti-infective, every 3 hours', 'verified', every(3)),
  s('S9500', 'anti-infective', 'Anti-infective, every 24 hours', 'verified', every(24)),
  s('S9501', 'anti-infective', 'Anti-infective, every 12 hours', 'verified', every(12)),
  s('S9502', 'anti-infective', 'Anti-infective, every 8 hours', 'verified', every(8)),
  s('S9503', 'anti-infective', 'Anti-infective, every 6 hours', 'verified', every(6)),
  s('S9504', 'anti-infective', 'Anti-infective, every 4 hours', 'verified', every(4)),
  s('S9537', null, 'Hematopoietic hormone injection (e.g. epoetin, G-CSF)', 'secondary'),
  s('S9542', null, 'Injectable therapy, not otherwise classified', 'secondary'),
  s('S9558', null, 'Growth hormone', 'secondary'),
  s('S9559', null, 'Interferon', 'secondary'),
  s('S9560', null, 'Hormonal therapy (e.g. leuprolide)', 'secondary'),
  s('S9562', null, 'Palivizumab', 'secondary'),
  s('S9590', null, 'Irrigation therapy', 'secondary'),
  s('S5035', null, 'Infusion device, routine service', 'secondary'),
  s('S5036', null, 'Infusion device, repair', 'secondary'),
];

/**
 * NHIA: the per diem covers each day the patient has access to a therapy dosed up to every 72
 * hours; less frequent therapies are outside the per diem structure (contract-specific rates).
 */
export const PER_DIEM_MAX_INTERVAL_HOURS = 72;

/**
 * Catheter-care and PICC/midline code ranges DOMAIN.md lists only as ranges (⚠️); kept for
 * look-up so a claim line carrying one is recognised.
 */
export const CATHETER_CARE_CODE_RANGES: readonly {
  from: string;
  to: string;
  description: string;
}[] = [
  {
    from: 'S5497',
    to: 'S5502',
    description: 'Home infusion catheter care (simple, complex, implanted port)',
  },
  {
    from: 'S5517',
    to: 'S5523',
    description: 'Declotting and repair kits, PICC/midline insertion supplies and nursing',
  },
];
