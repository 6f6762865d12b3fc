// The estimates a patient (or caregiver with billing permission) sees in the portal: the current
// presented version of each admission, in plain terms, with who acknowledged it and when. The PDF
// for the patient to keep is drawn from the same view.
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { EstimateLine, EstimateTotals } from '@infusio/domain/financial';
import type { AccessContext } from '../../platform/access/access-context.ts';
import type { DbOrTx } from '../../platform/db/types.ts';
import { users } from '../identity/identity.tables.ts';
import { admissions } from '../intake/intake.tables.ts';
import { patients } from '../patients/patients.tables.ts';
import { estimateScope } from './estimate-scope.ts';
import { toAcknowledgementDto, type EstimateRow } from './estimates.queries.ts';
import { estimateAcknowledgements, estimates } from './financial.tables.ts';
import type { MyEstimate, MyEstimateLine } from './my-estimates.contracts.ts';
import { readStoredInputs, readStoredResult } from './stored-estimate.ts';

/** The portal's two languages; a chart's BCP 47 tag maps onto them (zh, zh-Hans, zh-CN → zh-CN). */
export function portalLanguageOf(preferredLanguage: string): 'en' | 'zh-CN' {
  return preferredLanguage.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

function toTotals(totals: EstimateTotals) {
  return {
    totalCents: totals.allowedCents,
    insurancePaysCents: totals.payerCents,
    assistanceCents: totals.assistanceCents,
    youPayCents: totals.patientAfterAssistanceCents,
  };
}

function toLine(line: EstimateLine): MyEstimateLine {
  return {
    lineId: line.lineId,
    component: line.component,
    coverage: line.coverage,
    benefit: line.benefit,
    fromDate: line.fromDate,
    toDate: line.toDate,
    units: line.units,
    totalCents: line.allowedCents,
    insurancePaysCents: line.payerCents,
    deductibleCents: line.deductibleCents,
    coinsuranceCents: line.coinsuranceCents,
    copayCents: line.copayCents,
    capSavedCents: line.oopCapCents,
    assistanceCents: line.assistanceCents,
    youPayCents: line.patientAfterAssistanceCents,
  };
}

/** One estimate version in the patient's terms. */
export async function toMyEstimate(db: DbOrTx, estimate: EstimateRow): Promise<MyEstimate> {
  const [context] = await db
    .select({
      givenName: patients.givenName,
      familyName: patients.familyName,
      preferredLanguage: patients.preferredLanguage,
      drugName: admissions.drugName,
    })
    .from(admissions)
    .innerJoin(patients, eq(patients.id, admissions.patientId))
    .where(eq(admissions.id, estimate.admissionId));
  if (!context) throw new Error(`estimate ${estimate.id} lost its admission`);
  const acks = await db
    .select()
    .from(estimateAcknowledgements)
    .where(eq(estimateAcknowledgements.estimateId, estimate.id))
    .orderBy(asc(estimateAcknowledgements.at));
  const userIds = [...new Set(acks.map((a) => a.acknowledgedByUserId))];
  const names = new Map(
    userIds.length === 0
      ? []
      : (
          await db
            .select({ id: users.id, name: users.displayName })
            .from(users)
            .where(inArray(users.id, userIds))
        ).map((u) => [u.id, u.name]),
  );
  const result = readStoredResult(estimate.result);
  const inputs = readStoredInputs(estimate.inputs);
  return {
    id: estimate.id,
    admissionId: estimate.admissionId,
    patientId: estimate.patientId,
    patientName: `${context.givenName} ${context.familyName}`,
    drugName: context.drugName,
    version: estimate.version,
    fingerprint: estimate.fingerprint,
    status: estimate.status === 'acknowledged' ? 'acknowledged' : 'presented',
    presentedAt: (estimate.presentedAt ?? estimate.createdAt).toISOString(),
    preferredLanguage: portalLanguageOf(context.preferredLanguage),
    isDemoPricing: inputs.isDemoPricing,
    planType: inputs.planType.planType,
    startDate: inputs.therapyPlan.startDate,
    durationDays: inputs.therapyPlan.durationDays,
    totals: toTotals(result.totals),
    months: result.months.map((month) => ({
      month: month.month,
      totals: toTotals(month.totals),
      lines: month.lines.map(toLine),
    })),
    assistance: result.assistanceSteps.map((step) => ({
      programId: step.programId,
      label: step.label,
      appliedCents: step.appliedCents,
    })),
    acknowledgements: acks
      .filter((a) => a.version === estimate.version)
      .map((a) => {
        const dto = toAcknowledgementDto(a, names);
        return {
          at: dto.at,
          acknowledgedAs: dto.acknowledgedAs,
          byName: dto.byName,
          language: dto.language,
        };
      }),
  };
}

/** The current presented (or acknowledged) version of each admission the caller may see. */
export async function listMyEstimates(
  db: DbOrTx,
  access: AccessContext,
  now: Date,
): Promise<MyEstimate[]> {
  const rows = await db
    .select()
    .from(estimates)
    .where(
      and(
        inArray(estimates.status, ['presented', 'acknowledged']),
        estimateScope(access, 'read', now),
      ),
    )
    .orderBy(desc(estimates.presentedAt))
    .limit(20);
  const out: MyEstimate[] = [];
  for (const row of rows) out.push(await toMyEstimate(db, row));
  return out;
}
