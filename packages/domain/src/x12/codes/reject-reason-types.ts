import type { CodeEntry, ConfidenceMark } from './code-table.ts';

/** Who has to fix an AAA rejection. */
export type RejectionCategory =
  | 'member-id'
  | 'demographics'
  | 'dates'
  | 'provider'
  | 'payer-unavailable'
  | 'request'
  | 'coverage'
  | 'clinical-review';

export interface RejectReasonEntry extends CodeEntry {
  category: RejectionCategory;
  /** What the coordinator can do, in plain words. */
  action: string;
  /** True when sending the same request again later may succeed without changes. */
  retryable: boolean;
}

export function reason(
  code: string,
  meaning: string,
  mark: ConfidenceMark,
  category: RejectionCategory,
  retryable: boolean,
  action: string,
): RejectReasonEntry {
  return { code, meaning, mark, category, retryable, action };
}

export const CHECK_CARD =
  'Compare with the insurance card (front and back) or ask the patient for a current card';
