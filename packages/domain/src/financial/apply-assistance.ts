import { applyRate, assertCents, assertRate } from './money.ts';
import type { AssistanceAward, AssistanceStep, EstimateLine } from './estimate.types.ts';

function appliesTo(award: AssistanceAward, line: EstimateLine): boolean {
  return award.components === undefined || award.components.includes(line.component);
}

/**
 * Applies approved assistance after cost sharing, award by award, as visible steps: a percentage
 * comes off each eligible line's remaining patient share (rounded per line); a fixed grant pays
 * remaining patient shares in date order until it runs out. Never below zero.
 */
export function applyAssistance(
  lines: readonly EstimateLine[],
  awards: readonly AssistanceAward[],
): { lines: EstimateLine[]; steps: AssistanceStep[] } {
  const updated = lines.map((line) => ({ ...line }));
  const steps: AssistanceStep[] = [];
  for (const award of awards) {
    let applied = 0;
    if (award.kind === 'percent-of-patient-share') {
      assertRate(award.rate, `assistance ${award.programId} rate`);
      for (const line of updated) {
        if (!appliesTo(award, line)) continue;
        const off = applyRate(line.patientAfterAssistanceCents, award.rate);
        line.assistanceCents += off;
        line.patientAfterAssistanceCents -= off;
        applied += off;
      }
    } else {
      assertCents(award.amountCents, `assistance ${award.programId} amount`);
      let left = award.amountCents;
      for (const line of updated) {
        if (left === 0) break;
        if (!appliesTo(award, line)) continue;
        const off = Math.min(left, line.patientAfterAssistanceCents);
        line.assistanceCents += off;
        line.patientAfterAssistanceCents -= off;
        left -= off;
        applied += off;
      }
    }
    steps.push({
      programId: award.programId,
      label: award.label,
      kind: award.kind,
      appliedCents: applied,
    });
  }
  return { lines: updated, steps };
}
