import type { RejectionCategory } from '../codes/reject-reason-codes.ts';
import {
  FOLLOW_UP_ACTION_CODES,
  REJECT_REASON_CODES,
  VALID_REQUEST_CODES,
} from '../codes/reject-reason-codes.ts';
import { checkCode } from './check-code.ts';
import type { X12Problem } from './problems.ts';
import type { X12Segment } from './segment.ts';
import { element } from './segment.ts';

/** Where in the response the payer put the AAA. */
export type RejectionLevel =
  'payer' | 'provider' | 'subscriber' | 'dependent' | 'benefit' | 'patient-event' | 'service';

/** An AAA segment turned into something a coordinator can act on. */
export interface Rejection {
  level: RejectionLevel;
  /** AAA01: false when the payer says the request itself was invalid. */
  validRequest: boolean;
  /** AAA03 reject reason code. */
  code: string;
  meaning: string;
  category: RejectionCategory | 'unknown';
  /** What the coordinator can do next. */
  action: string;
  followUp: {
    code: string;
    meaning: string;
    mayResubmit: boolean;
    waitDays: number | null;
  } | null;
  /** True when the same request may succeed later unchanged (and the payer allows resubmission). */
  retryable: boolean;
  segmentIndex: number;
}

export function readRejection(
  aaa: X12Segment,
  level: RejectionLevel,
  problems: X12Problem[],
): Rejection {
  checkCode(VALID_REQUEST_CODES, aaa, 1, problems);
  checkCode(REJECT_REASON_CODES, aaa, 3, problems);
  checkCode(FOLLOW_UP_ACTION_CODES, aaa, 4, problems);
  const code = element(aaa, 3);
  const reason = REJECT_REASON_CODES.byCode.get(code);
  const followUpEntry = FOLLOW_UP_ACTION_CODES.byCode.get(element(aaa, 4));
  const followUp =
    followUpEntry === undefined
      ? null
      : {
          code: followUpEntry.code,
          meaning: followUpEntry.meaning,
          mayResubmit: followUpEntry.mayResubmit,
          waitDays: followUpEntry.waitDays,
        };
  return {
    level,
    validRequest: element(aaa, 1) === 'Y',
    code,
    meaning: reason?.meaning ?? `Unknown reject reason "${code}"`,
    category: reason?.category ?? 'unknown',
    action:
      reason?.action ??
      'The payer rejected the request with a reason we do not know. Call the payer or check its portal.',
    followUp,
    retryable: (reason?.retryable ?? false) && (followUp?.mayResubmit ?? true),
    segmentIndex: aaa.index,
  };
}
