import type { AssistanceAward } from './estimate.types.ts';

/** An application to an assistance program, tracked to a decision. */
export type AssistanceApplicationStatus =
  'draft' | 'submitted' | 'documents-requested' | 'approved' | 'denied' | 'withdrawn' | 'expired';

export type AssistanceApplicationCommand =
  | { type: 'submit'; on: string }
  | { type: 'request-documents'; on: string; documents: readonly string[] }
  | { type: 'provide-documents'; on: string }
  | { type: 'approve'; on: string; award: AssistanceAward; validUntil: string }
  | { type: 'deny'; on: string; reason: string }
  | { type: 'withdraw'; on: string }
  | { type: 'expire'; on: string };

export interface AssistanceApplicationState {
  status: AssistanceApplicationStatus;
  /** The award once approved: estimatePatientResponsibility applies it. */
  award?: AssistanceAward;
  validUntil?: string;
  decidedOn?: string;
  denialReason?: string;
  documentsRequested?: readonly string[];
}

/** Which command is allowed from which status (a command missing here is refused). */
export const ASSISTANCE_APPLICATION_TRANSITIONS: Readonly<
  Record<AssistanceApplicationCommand['type'], readonly AssistanceApplicationStatus[]>
> = {
  submit: ['draft'],
  'request-documents': ['submitted'],
  'provide-documents': ['documents-requested'],
  approve: ['submitted'],
  deny: ['submitted', 'documents-requested'],
  withdraw: ['draft', 'submitted', 'documents-requested'],
  expire: ['approved'],
};

export type TransitionResult =
  | { ok: true; state: AssistanceApplicationState }
  | { ok: false; reason: 'not-allowed-from-status'; status: AssistanceApplicationStatus };

export function transitionAssistanceApplication(
  state: AssistanceApplicationState,
  command: AssistanceApplicationCommand,
): TransitionResult {
  if (!ASSISTANCE_APPLICATION_TRANSITIONS[command.type].includes(state.status)) {
    return { ok: false, reason: 'not-allowed-from-status', status: state.status };
  }
  switch (command.type) {
    case 'submit':
      return { ok: true, state: { status: 'submitted' } };
    case 'request-documents':
      return {
        ok: true,
        state: { status: 'documents-requested', documentsRequested: command.documents },
      };
    case 'provide-documents':
      return { ok: true, state: { status: 'submitted' } };
    case 'approve':
      return {
        ok: true,
        state: {
          status: 'approved',
          award: command.award,
          validUntil: command.validUntil,
          decidedOn: command.on,
        },
      };
    case 'deny':
      return {
        ok: true,
        state: { status: 'denied', decidedOn: command.on, denialReason: command.reason },
      };
    case 'withdraw':
      return { ok: true, state: { status: 'withdrawn', decidedOn: command.on } };
    case 'expire':
      return { ok: true, state: { ...state, status: 'expired' } };
  }
}

/** Awards of approved applications still valid on a date: what the estimate should apply. */
export function selectActiveAwards(
  applications: readonly AssistanceApplicationState[],
  onDate: string,
): AssistanceAward[] {
  return applications.flatMap((application) =>
    application.status === 'approved' &&
    application.award !== undefined &&
    (application.validUntil === undefined || onDate <= application.validUntil)
      ? [application.award]
      : [],
  );
}
