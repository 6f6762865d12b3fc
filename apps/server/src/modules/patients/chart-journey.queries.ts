// The chart's windows onto other modules' tables, read only: coverage (a summary; the coverage
// module shows the rest), document metadata (never the bytes) and admissions with their stage and
// status history.
import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/types.ts';
import { patientCoverages } from '../coverage/coverage.tables.ts';
import { documents } from '../documents/documents.tables.ts';
import { admissionEvents, admissions } from '../intake/intake.tables.ts';
import type { AdmissionSummary, CoverageSummary, DocumentSummary } from './chart.contracts.ts';
import type { ChartAccess } from './chart-access.ts';

const EVENTS_PER_ADMISSION = 50;

export async function loadCoverages(db: DbOrTx, chart: ChartAccess): Promise<CoverageSummary[]> {
  const rows = await db
    .select()
    .from(patientCoverages)
    .where(eq(patientCoverages.patientId, chart.patient.id))
    .orderBy(asc(patientCoverages.coverageOrder), desc(patientCoverages.createdAt));
  return rows.map((row) => ({
    id: row.id,
    coverageOrder: row.coverageOrder,
    payerName: row.payerName,
    planName: row.planName,
    memberIdLast4: row.memberId.slice(-4),
    status: row.status,
    verifiedAt: row.verifiedAt?.toISOString() ?? null,
  }));
}

export async function loadDocuments(db: DbOrTx, chart: ChartAccess): Promise<DocumentSummary[]> {
  const rows = await db
    .select({
      id: documents.id,
      kind: documents.kind,
      fileName: documents.fileName,
      mediaType: documents.mediaType,
      sizeBytes: documents.sizeBytes,
      scanStatus: documents.scanStatus,
      uploadedAt: documents.uploadedAt,
    })
    .from(documents)
    .where(eq(documents.patientId, chart.patient.id))
    .orderBy(desc(documents.uploadedAt));
  return rows.map((row) => ({ ...row, uploadedAt: row.uploadedAt.toISOString() }));
}

export async function loadAdmissions(db: DbOrTx, chart: ChartAccess): Promise<AdmissionSummary[]> {
  const rows = await db
    .select()
    .from(admissions)
    .where(eq(admissions.patientId, chart.patient.id))
    .orderBy(desc(admissions.receivedAt));
  if (rows.length === 0) return [];
  const events = await db
    .select()
    .from(admissionEvents)
    .where(
      inArray(
        admissionEvents.admissionId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(desc(admissionEvents.at), desc(admissionEvents.id));
  return rows.map((row): AdmissionSummary => ({
    id: row.id,
    stage: row.stage,
    status: row.status,
    statusReasonCode: row.statusReasonCode,
    ...(chart.showsAdmissionTherapy ? { therapy: row.therapy, drugName: row.drugName } : {}),
    receivedAt: row.receivedAt.toISOString(),
    expectedStartDate: row.expectedStartDate,
    startOfCareAt: row.startOfCareAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    events: events
      .filter((e) => e.admissionId === row.id)
      .slice(0, EVENTS_PER_ADMISSION)
      .map((e) => ({
        id: e.id,
        kind: e.kind,
        fromStage: e.fromStage,
        toStage: e.toStage,
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
        reasonCode: e.reasonCode,
        actorName: e.actorName,
        at: e.at.toISOString(),
      })),
  }));
}
