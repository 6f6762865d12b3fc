import type { X12Problem } from '../core/problems.ts';
import type { X12Segment } from '../core/segment.ts';
import { problemAt } from '../core/segment.ts';
import { formatDollars } from '../core/values.ts';
import type { Adjustment, RemittanceAdvice } from './remittance-types.ts';

function sum(adjustments: readonly Adjustment[]): number {
  return adjustments.reduce((total, a) => total + a.amountCents, 0);
}

/**
 * The 835 balancing rules of DOMAIN.md §2.5 (⚠️ X12 rule, to verify against the TR3):
 * per service line SVC02 = SVC03 + Σ line CAS; per claim CLP03 = CLP04 + Σ claim CAS + Σ line CAS;
 * per remittance BPR02 = Σ CLP04 − Σ PLB. A remit that does not balance is still read (its data is
 * well-formed) but flagged as a warning so posting can hold it.
 */
export function checkRemittanceBalance(
  advice: RemittanceAdvice,
  body: readonly X12Segment[],
  problems: X12Problem[],
): void {
  const segmentAt = (index: number): X12Segment | undefined => body.find((s) => s.index === index);
  for (const claim of advice.claims) {
    let lineAdjustments = 0;
    for (const service of claim.services) {
      const lineCas = sum(service.adjustments);
      lineAdjustments += lineCas;
      const difference = service.chargeCents - service.paidCents - lineCas;
      service.isBalanced = difference === 0;
      const svc = segmentAt(service.segmentIndex);
      if (!service.isBalanced && svc !== undefined) {
        problems.push(
          problemAt(
            svc,
            2,
            'warning',
            'LINE_OUT_OF_BALANCE',
            `Service line does not balance: charge ${formatDollars(service.chargeCents)} ≠ paid ${formatDollars(service.paidCents)} + line adjustments ${formatDollars(lineCas)} (off by ${formatDollars(difference)}).`,
          ),
        );
      }
    }
    const claimCas = sum(claim.adjustments);
    const difference = claim.chargeCents - claim.paidCents - claimCas - lineAdjustments;
    claim.isBalanced = difference === 0;
    const clp = segmentAt(claim.segmentIndex);
    if (!claim.isBalanced && clp !== undefined) {
      problems.push(
        problemAt(
          clp,
          3,
          'warning',
          'CLAIM_OUT_OF_BALANCE',
          `Claim ${claim.patientControlNumber} does not balance: charge ${formatDollars(claim.chargeCents)} ≠ paid ${formatDollars(claim.paidCents)} + adjustments ${formatDollars(claimCas + lineAdjustments)} (off by ${formatDollars(difference)}).`,
        ),
      );
    }
  }
  if (advice.payment === null) return;
  const paid = advice.claims.reduce((total, c) => total + c.paidCents, 0);
  const provider = advice.providerAdjustments.reduce((total, p) => total + p.amountCents, 0);
  const difference = advice.payment.amountCents - (paid - provider);
  advice.isBalanced = difference === 0;
  const bpr = body.find((s) => s.id === 'BPR');
  if (!advice.isBalanced && bpr !== undefined) {
    problems.push(
      problemAt(
        bpr,
        2,
        'warning',
        'PAYMENT_OUT_OF_BALANCE',
        `Payment ${formatDollars(advice.payment.amountCents)} ≠ claims paid ${formatDollars(paid)} − provider adjustments ${formatDollars(provider)} (off by ${formatDollars(difference)}).`,
      ),
    );
  }
}
