// Screens a patient for financial assistance and stores the result: household income against the
// poverty guideline (the merged, editable table), the sliding scale (the organisation's, else the
// default), and each program's rules for the patient's plan type, diagnoses and drug (copay cards
// never on government insurance).
import {
  povertyRegionOf,
  screenForAssistance,
  type AssistanceScreen,
  type PovertyRegion,
} from '@infusio/domain/financial';
import type { AppContext } from '../../platform/app-context.ts';
import type { AccessContext } from '../../platform/access/access-context.ts';
import { validationFailed } from '../../platform/http/app-error.ts';
import { recordAudit, type AuditActor } from '../audit/record-audit.ts';
import { findAssistancePatient, loadCareFacts, type CareFacts } from './assistance-patient.ts';
import type { CreateScreeningRequest } from './assistance.contracts.ts';
import { assistanceScreenings } from './financial.tables.ts';
import { loadPovertyGuidelines, type MergedGuideline } from './poverty-guidelines-settings.ts';
import { loadSlidingScale } from './sliding-scale-settings.ts';

/** What a screening row keeps in its result column. */
export interface StoredScreening {
  screen: AssistanceScreen;
  state: string;
  guidelineOrigin: 'table' | 'override';
  care: CareFacts;
  /** The sliding scale used (screen.slidingScale.policyId is its id); absent on older rows. */
  slidingScalePolicy?: { id: string; name: string; version: number | null };
}

/** Dollars as typed (up to two decimals) to integer cents; more decimals are a field problem. */
export function dollarsToCents(dollars: number): number {
  const cents = Math.round(dollars * 100);
  if (Math.abs(dollars * 100 - cents) > 1e-6)
    throw validationFailed([
      {
        field: '/annualIncomeDollars',
        code: 'cents',
        message: 'Give dollars and cents (two decimals at most).',
      },
    ]);
  return cents;
}

function chooseGuideline(
  table: readonly MergedGuideline[],
  region: PovertyRegion,
  requestedYear: number | undefined,
  currentYear: number,
): MergedGuideline {
  const candidates = table.filter((row) => row.region === region);
  const row =
    requestedYear === undefined
      ? candidates.filter((r) => r.year <= currentYear).sort((a, b) => b.year - a.year)[0]
      : candidates.find((r) => r.year === requestedYear);
  if (!row)
    throw validationFailed([
      {
        field: '/year',
        code: 'no_guideline',
        message: `No ${requestedYear ?? currentYear} poverty guideline for ${region}: an administrator adds it in the configuration.`,
      },
    ]);
  return row;
}

export async function screenAssistance(
  ctx: AppContext,
  access: AccessContext,
  actor: AuditActor,
  patientId: string,
  request: CreateScreeningRequest,
): Promise<string> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const patient = await findAssistancePatient(tx, access, patientId, 'create', now);
    const annualIncomeCents = dollarsToCents(request.annualIncomeDollars);
    const state = (request.state ?? patient.state).toUpperCase();
    const region = povertyRegionOf(state);
    const table = await loadPovertyGuidelines(tx);
    const guideline = chooseGuideline(table, region, request.year, now.getUTCFullYear());
    const care = await loadCareFacts(tx, patient.id, request.admissionId);
    const scale = await loadSlidingScale(tx);
    const screen = screenForAssistance({
      householdSize: request.householdSize,
      annualIncomeCents,
      region,
      year: guideline.year,
      planType: care.planType.planType,
      diagnosisCodes: care.diagnosisCodes,
      drug: care.drugName ?? '',
      date: now.toISOString().slice(0, 10),
      guidelines: table,
      policy: scale.policy,
    });
    const result: StoredScreening = {
      screen,
      state,
      guidelineOrigin: guideline.origin,
      care,
      slidingScalePolicy: { id: scale.policy.id, name: scale.policy.name, version: scale.version },
    };
    const [row] = await tx
      .insert(assistanceScreenings)
      .values({
        patientId: patient.id,
        admissionId: care.admissionId,
        householdSize: request.householdSize,
        annualIncomeCents,
        region,
        year: guideline.year,
        result: result as unknown as Record<string, unknown>,
        createdBy: access.userId,
        createdAt: now,
      })
      .returning({ id: assistanceScreenings.id });
    if (!row) throw new Error('screening insert returned nothing');
    await recordAudit(
      tx,
      actor,
      [
        {
          action: 'create',
          resourceType: 'assistance-screening',
          resourceId: row.id,
          patientId: patient.id,
          details: {
            year: guideline.year,
            region,
            planType: care.planType.planType,
            slidingScale: scale.policy.id,
          },
        },
      ],
      now,
    );
    return row.id;
  });
}
