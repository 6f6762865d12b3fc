// Applications to assistance programs, from a screening to a decision through the domain's state
// machine, each step kept in the application's history. An approved award feeds the next estimate.
import { and, eq } from 'drizzle-orm';
import { isGovernmentProgram } from '@infusio/domain/coverage';
import {
  ASSISTANCE_PROGRAMS,
  renderAssistanceReasonEn,
  transitionAssistanceApplication,
  type AssistanceApplicationCommand,
  type AssistanceApplicationState,
  type AssistanceApplicationStatus,
} from '@infusio/domain/financial';
import type { AppContext } from '../../platform/app-context.ts';
import type { AccessContext } from '../../platform/access/access-context.ts';
import { AppError, notFound, validationFailed } from '../../platform/http/app-error.ts';
import { recordAudit, type AuditActor } from '../audit/record-audit.ts';
import { patientScope } from '../patients/patient-scope.ts';
import { readStoredAward, toAssistanceAward, type StoredAward } from './active-awards.ts';
import { findAssistancePatient, loadCareFacts } from './assistance-patient.ts';
import type {
  AwardInput,
  CreateApplicationRequest,
  TransitionRequest,
} from './assistance.contracts.ts';
import { readHistory, readStoredScreening, type StoredHistoryEntry } from './assistance.queries.ts';
import { assistanceApplications, assistanceScreenings } from './financial.tables.ts';

function refuseCopayCardOnGovernment(
  programId: string,
  planType: Parameters<typeof isGovernmentProgram>[0],
) {
  const program = ASSISTANCE_PROGRAMS.find((p) => p.id === programId);
  if (program?.kind === 'manufacturer-copay-card' && isGovernmentProgram(planType))
    throw new AppError(
      'unprocessable',
      'Manufacturer copay programs cannot be used when a government program pays any part of the drug (OIG Special Advisory Bulletin, 2014).',
      {
        fields: [
          {
            field: '/programId',
            code: 'government_insurance',
            message: 'Not allowed with government insurance.',
          },
        ],
      },
    );
}

export async function createApplication(
  ctx: AppContext,
  access: AccessContext,
  actor: AuditActor,
  patientId: string,
  request: CreateApplicationRequest,
): Promise<string> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const patient = await findAssistancePatient(tx, access, patientId, 'create', now);
    const [screeningRow] = await tx
      .select()
      .from(assistanceScreenings)
      .where(
        and(
          eq(assistanceScreenings.id, request.screeningId),
          eq(assistanceScreenings.patientId, patient.id),
        ),
      );
    if (!screeningRow)
      throw validationFailed([
        {
          field: '/screeningId',
          code: 'unknown_screening',
          message: 'Not a screening of this patient.',
        },
      ]);
    const stored = readStoredScreening(screeningRow);
    refuseCopayCardOnGovernment(request.programId, stored.care.planType.planType);
    const screened = stored.screen.programs.find((p) => p.programId === request.programId);
    if (!screened || screened.status === 'not-eligible')
      throw new AppError(
        'unprocessable',
        `The screening found the patient not eligible for ${request.programId}: ${(screened?.reasons ?? []).map(renderAssistanceReasonEn).join(' ')}`,
        {
          fields: [
            {
              field: '/programId',
              code: 'not_eligible',
              message: 'The screening found the patient not eligible.',
            },
          ],
          extensions: { reasons: screened?.reasons ?? [] },
        },
      );
    const kind = ASSISTANCE_PROGRAMS.find((p) => p.id === request.programId)?.kind ?? 'unknown';
    const history: StoredHistoryEntry[] = [
      {
        at: now.toISOString(),
        command: 'create',
        fromStatus: null,
        toStatus: 'draft',
        byUserId: access.userId,
        byName: access.displayName,
        reason: null,
        documents: [],
      },
    ];
    const [row] = await tx
      .insert(assistanceApplications)
      .values({
        patientId: patient.id,
        admissionId: request.admissionId ?? screeningRow.admissionId,
        screeningId: screeningRow.id,
        programId: request.programId,
        kind,
        status: 'draft',
        history: history as unknown as Record<string, unknown>[],
        notes: request.notes ?? null,
        createdBy: access.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: assistanceApplications.id });
    if (!row) throw new Error('application insert returned nothing');
    await recordAudit(
      tx,
      actor,
      [
        {
          action: 'create',
          resourceType: 'assistance-application',
          resourceId: row.id,
          patientId: patient.id,
          details: { programId: request.programId },
        },
      ],
      now,
    );
    return row.id;
  });
}

function toStoredAward(award: AwardInput): StoredAward {
  const problems = [];
  if ((award.discountRate === undefined) === (award.grantCents === undefined))
    problems.push({
      field: '/award',
      code: 'one_of',
      message: 'Give either a discount rate or a grant amount.',
    });
  if (award.from > award.to)
    problems.push({
      field: '/award/to',
      code: 'before_from',
      message: 'The award ends before it starts.',
    });
  if (problems.length > 0) throw validationFailed(problems);
  return {
    discountRate: award.discountRate ?? null,
    grantCents: award.grantCents ?? null,
    from: award.from,
    to: award.to,
  };
}

function toCommand(
  request: TransitionRequest,
  on: string,
  award: StoredAward | undefined,
  programId: string,
): AssistanceApplicationCommand {
  switch (request.type) {
    case 'submit':
    case 'provide-documents':
    case 'withdraw':
    case 'expire':
      return { type: request.type, on };
    case 'request-documents':
      return { type: 'request-documents', on, documents: request.documents };
    case 'deny':
      return { type: 'deny', on, reason: request.reason };
    case 'approve': {
      if (!award) throw new Error('approve needs an award');
      return {
        type: 'approve',
        on,
        award: toAssistanceAward(programId, award),
        validUntil: award.to,
      };
    }
  }
}

export async function transitionApplication(
  ctx: AppContext,
  access: AccessContext,
  actor: AuditActor,
  applicationId: string,
  request: TransitionRequest,
): Promise<void> {
  const now = ctx.clock.now();
  const today = now.toISOString().slice(0, 10);
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(assistanceApplications)
      .where(
        and(
          eq(assistanceApplications.id, applicationId),
          patientScope(access, 'assistance', 'update', assistanceApplications.patientId, now),
        ),
      )
      .for('update');
    if (!row) throw notFound('The application');
    const award = request.type === 'approve' ? toStoredAward(request.award) : undefined;
    if (request.type === 'approve') {
      const care = await loadCareFacts(tx, row.patientId, row.admissionId ?? undefined);
      refuseCopayCardOnGovernment(row.programId, care.planType.planType);
    }
    const current = readStoredAward(row.award ?? null);
    const state: AssistanceApplicationState = {
      status: row.status as AssistanceApplicationStatus,
      ...(current
        ? { award: toAssistanceAward(row.programId, current), validUntil: current.to }
        : {}),
    };
    const result = transitionAssistanceApplication(
      state,
      toCommand(request, today, award, row.programId),
    );
    if (!result.ok)
      throw new AppError(
        'conflict',
        `An application that is ${result.status} cannot take "${request.type}".`,
        {
          extensions: { reason: result.reason, applicationStatus: result.status },
        },
      );
    const entry: StoredHistoryEntry = {
      at: now.toISOString(),
      command: request.type,
      fromStatus: row.status,
      toStatus: result.state.status,
      byUserId: access.userId,
      byName: access.displayName,
      reason:
        request.type === 'deny' || request.type === 'withdraw' ? (request.reason ?? null) : null,
      documents: request.type === 'request-documents' ? request.documents : [],
    };
    await tx
      .update(assistanceApplications)
      .set({
        status: result.state.status,
        ...(award ? { award: award as unknown as Record<string, unknown> } : {}),
        history: [...readHistory(row), entry] as unknown as Record<string, unknown>[],
        updatedAt: now,
      })
      .where(eq(assistanceApplications.id, row.id));
    await recordAudit(
      tx,
      actor,
      [
        {
          action: request.type,
          resourceType: 'assistance-application',
          resourceId: row.id,
          patientId: row.patientId,
          details: { from: row.status, to: result.state.status },
        },
      ],
      now,
    );
  });
}
