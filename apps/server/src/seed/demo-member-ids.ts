// Member ids for the demo history's patients that the payer simulator answers as active
// (packages/domain/src/x12/simulator/member-profiles.ts): a real-format Medicare Beneficiary
// Identifier for Medicare Part B, an 'ACT…' id (active plan with deductible, coinsurance and
// out-of-pocket figures) for everyone else. One id per patient, the same on each of their
// referrals; deterministic for the patient's MRN.
import type { ReferralDraft } from '@infusio/domain/intake';
import { seededRandom } from './synthetic-people.ts';

/** MBI letters: A–Z without S, L, O, I, B and Z (CMS). */
const MBI_LETTERS = 'ACDEFGHJKMNPQRTUVWXY';

function medicareBeneficiaryId(rand: () => number): string {
  const digit = (from = 0) => String(from + Math.floor(rand() * (10 - from)));
  const letter = () => MBI_LETTERS.charAt(Math.floor(rand() * MBI_LETTERS.length));
  // 1 digit 1–9; 2, 5, 8, 9 letters; 3 and 6 letter or digit; 4, 7, 10, 11 digits.
  return [
    digit(1),
    letter(),
    letter(),
    digit(),
    letter(),
    digit(),
    digit(),
    letter(),
    letter(),
    digit(),
    digit(),
  ].join('');
}

export function demoMemberId(payerName: string, mrn: string): string {
  const rand = seededRandom(Number(mrn.replace(/\D/g, '')) * 7919 + 17);
  if (payerName === 'Medicare Part B') return medicareBeneficiaryId(rand);
  return `ACT${String(Math.floor(rand() * 1e9)).padStart(9, '0')}`;
}

/** The referral naming the patient's own member id as its primary coverage. */
export function withMemberId(draft: ReferralDraft, memberId: string): ReferralDraft {
  return {
    ...draft,
    coverages: draft.coverages.map((coverage) =>
      coverage.order === 1 ? { ...coverage, memberId } : coverage,
    ),
  };
}
