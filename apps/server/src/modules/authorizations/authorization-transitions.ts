// Which command may run on an authorization in which status, as data. A command outside its row is
// refused with 409 and the statuses it needs, so the screen can say why a button is missing.
import { AppError } from '../../platform/http/app-error.ts';
import {
  AUTHORIZATION_COMMANDS,
  type AuthorizationCommand,
  type AuthorizationStatus,
} from './authorization-vocabulary.ts';

export type { AuthorizationCommand };

export const ALLOWED_FROM: Readonly<Record<AuthorizationCommand, readonly AuthorizationStatus[]>> =
  {
    edit: ['draft'],
    submit: ['draft'],
    // A pended request, or an appeal, is decided like a new submission.
    decide: ['submitted', 'pended', 'appealed'],
    // The payer refused the request itself (AAA in the 278): back to draft to correct and resend.
    reject: ['submitted', 'appealed'],
    appeal: ['denied'],
    expire: ['approved', 'partially-approved'],
    'mark-not-required': ['draft', 'submitted', 'pended'],
    cancel: [
      'draft',
      'submitted',
      'pended',
      'appealed',
      'approved',
      'partially-approved',
      'denied',
    ],
    'record-usage': ['approved', 'partially-approved'],
    renew: ['approved', 'partially-approved', 'expired'],
  };

export function canRun(command: AuthorizationCommand, status: string): boolean {
  return (ALLOWED_FROM[command] as readonly string[]).includes(status);
}

/** Throws 409 when the command does not apply to the authorization's status. */
export function assertCanRun(command: AuthorizationCommand, status: string): void {
  if (canRun(command, status)) return;
  throw new AppError(
    'conflict',
    `The authorization is ${status}; "${command}" applies only to ${ALLOWED_FROM[command].join(', ')}.`,
    { extensions: { currentStatus: status, allowedFrom: ALLOWED_FROM[command] } },
  );
}

/** The commands the caller could run now (the web app shows only these buttons). */
export function availableCommands(status: string): AuthorizationCommand[] {
  return AUTHORIZATION_COMMANDS.filter((command) => canRun(command, status));
}
