import type { Estimate } from './estimate.types.ts';

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;

/** FNV-1a 64-bit over UTF-16 code units: a stable fingerprint, not a security hash. */
function fnv1a64(text: string): string {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * FNV_PRIME) & MASK_64;
  }
  return hash.toString(16).padStart(16, '0');
}

/**
 * A version id for an estimate: the same figures give the same id, any change in a line or an
 * assistance step gives another. The portal records it with the patient's acknowledgement so we
 * know which estimate they saw.
 */
export function fingerprintEstimate(estimate: Estimate): string {
  const canonical = JSON.stringify({
    planType: estimate.planType,
    lines: estimate.lines.map((line) => [
      line.lineId,
      line.code,
      line.benefit,
      line.units,
      line.allowedCents,
      line.payerCents,
      line.patientCents,
      line.assistanceCents,
    ]),
    steps: estimate.assistanceSteps.map((step) => [step.programId, step.kind, step.appliedCents]),
  });
  return `est-${fnv1a64(canonical)}`;
}
