import type { CodeEntry } from './code-table.ts';
import { defineCodeTable, rows } from './code-table.ts';
import type { RejectReasonEntry } from './reject-reason-types.ts';
import { PATIENT_REJECT_REASONS } from './reject-reasons-patient.ts';
import { REQUEST_REJECT_REASONS } from './reject-reasons-request.ts';
import { REVIEW_REJECT_REASONS } from './reject-reasons-review.ts';

export type { RejectReasonEntry, RejectionCategory } from './reject-reason-types.ts';

/**
 * AAA03 Reject Reason Code (element 901) for 271 and 278 responses. ✅ rows are in DOMAIN.md §2.1;
 * ⚠️ rows come from open-source 005010 parsers that list the TR3 codes per loop (secondary). The
 * actions are ours.
 */
export const REJECT_REASON_CODES = defineCodeTable<RejectReasonEntry>({
  element: 'AAA03',
  name: 'Reject reason',
  source:
    'DOMAIN.md §2.1 "AAA03 reject reasons" (✅ rows; hex.pm edi_x12 reject_reason_code.json); ⚠️ rows from open-source 005010 271/278 parsers; actions written for Infusio coordinators',
  effective: 'ASC X12 005010 (005010X279A1, 005010X217)',
  unknownSeverity: 'error',
  entries: [...REQUEST_REJECT_REASONS, ...PATIENT_REJECT_REASONS, ...REVIEW_REJECT_REASONS].sort(
    (a, b) => a.code.localeCompare(b.code),
  ),
});

/** AAA04 Follow-up Action Code (element 889). */
export interface FollowUpEntry extends CodeEntry {
  /** Whether a new request may be sent at all. */
  mayResubmit: boolean;
  /** Days to wait before sending again, when the payer says so. */
  waitDays: number | null;
}

export const FOLLOW_UP_ACTION_CODES = defineCodeTable<FollowUpEntry>({
  element: 'AAA04',
  name: 'Follow-up action',
  source: 'DOMAIN.md §2.1 "AAA04 follow-up action"',
  effective: 'ASC X12 005010',
  unknownSeverity: 'error',
  entries: [
    {
      code: 'C',
      meaning: 'Please correct and resubmit',
      mark: '✅',
      mayResubmit: true,
      waitDays: null,
    },
    {
      code: 'N',
      meaning: 'Resubmission not allowed',
      mark: '✅',
      mayResubmit: false,
      waitDays: null,
    },
    {
      code: 'P',
      meaning: 'Please resubmit original transaction',
      mark: '✅',
      mayResubmit: true,
      waitDays: null,
    },
    { code: 'R', meaning: 'Resubmission allowed', mark: '✅', mayResubmit: true, waitDays: null },
    {
      code: 'S',
      meaning: 'Do not resubmit; inquiry initiated to a third party',
      mark: '✅',
      mayResubmit: false,
      waitDays: null,
    },
    {
      code: 'W',
      meaning: 'Please wait 30 days and resubmit',
      mark: '✅',
      mayResubmit: true,
      waitDays: 30,
    },
    {
      code: 'X',
      meaning: 'Please wait 10 days and resubmit',
      mark: '✅',
      mayResubmit: true,
      waitDays: 10,
    },
    {
      code: 'Y',
      meaning: 'Do not resubmit; we will hold your request and respond again shortly',
      mark: '✅',
      mayResubmit: false,
      waitDays: null,
    },
  ],
});

/** AAA01 Valid Request Indicator (element 1073). */
export const VALID_REQUEST_CODES = defineCodeTable({
  element: 'AAA01',
  name: 'Valid request indicator',
  source: 'DOMAIN.md §2.1 (AAA01 Y/N valid request)',
  effective: 'ASC X12 005010',
  unknownSeverity: 'error',
  entries: rows([
    ['Y', 'The request was valid but the payer could not answer it', '✅'],
    ['N', 'The request was not valid', '✅'],
  ]),
});
