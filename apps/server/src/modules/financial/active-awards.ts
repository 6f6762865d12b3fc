// Approved assistance awards that apply to an estimate: the patient's approved applications (for
// this admission or for the patient in general) whose award period covers the estimate's date,
// chosen by the domain's selectActiveAwards.
import { and, eq, isNull, or } from 'drizzle-orm';
import {
  ASSISTANCE_PROGRAMS,
  selectActiveAwards,
  type AssistanceApplicationState,
  type AssistanceAward,
} from '@infusio/domain/financial';
import type { DbOrTx } from '../../platform/db/types.ts';
import { assistanceApplications } from './financial.tables.ts';

/** The award as stored on an approved application. */
export interface StoredAward {
  discountRate: number | null;
  grantCents: number | null;
  from: string;
  to: string;
}

export interface AppliedAward {
  applicationId: string;
  award: AssistanceAward;
  from: string;
  to: string;
}

export function readStoredAward(value: Record<string, unknown> | null): StoredAward | undefined {
  if (!value) return undefined;
  const { discountRate, grantCents, from, to } = value;
  if (typeof from !== 'string' || typeof to !== 'string') return undefined;
  return {
    discountRate: typeof discountRate === 'number' ? discountRate : null,
    grantCents: typeof grantCents === 'number' ? grantCents : null,
    from,
    to,
  };
}

export function programName(programId: string): string {
  return ASSISTANCE_PROGRAMS.find((p) => p.id === programId)?.name ?? programId;
}

export function toAssistanceAward(programId: string, stored: StoredAward): AssistanceAward {
  const label = programName(programId);
  return stored.grantCents !== null
    ? { kind: 'fixed-grant', programId, label, amountCents: stored.grantCents }
    : { kind: 'percent-of-patient-share', programId, label, rate: stored.discountRate ?? 0 };
}

export async function findActiveAwards(
  db: DbOrTx,
  patientId: string,
  admissionId: string,
  onDate: string,
): Promise<AppliedAward[]> {
  const rows = await db
    .select()
    .from(assistanceApplications)
    .where(
      and(
        eq(assistanceApplications.patientId, patientId),
        eq(assistanceApplications.status, 'approved'),
        or(
          isNull(assistanceApplications.admissionId),
          eq(assistanceApplications.admissionId, admissionId),
        ),
      ),
    )
    .orderBy(assistanceApplications.createdAt);
  const candidates = rows.flatMap((row) => {
    const stored = readStoredAward(row.award);
    if (!stored || stored.from > onDate) return [];
    const state: AssistanceApplicationState = {
      status: 'approved',
      award: toAssistanceAward(row.programId, stored),
      validUntil: stored.to,
    };
    return [{ row, stored, state }];
  });
  const active = new Set(
    selectActiveAwards(
      candidates.map((c) => c.state),
      onDate,
    ),
  );
  return candidates
    .filter((c) => c.state.award !== undefined && active.has(c.state.award))
    .map((c) => ({
      applicationId: c.row.id,
      award: c.state.award ?? toAssistanceAward(c.row.programId, c.stored),
      from: c.stored.from,
      to: c.stored.to,
    }));
}
