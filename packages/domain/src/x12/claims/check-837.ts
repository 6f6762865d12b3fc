import { TRANSACTION_CODES } from '../codes/transaction-codes.ts';
import type { TransactionContext } from '../core/envelope.ts';
import { buildHlTree } from '../core/hierarchy.ts';
import type { X12Problem } from '../core/problems.ts';
import { element, problemAt } from '../core/segment.ts';
import { readBeginning } from '../core/transaction-info.ts';
import { parseCents } from '../core/values.ts';

const HIERARCHY = TRANSACTION_CODES.byCode.get('837')?.hierarchy ?? {};

/**
 * Structure checks for an 837 (Infusio generates claims elsewhere and does not read them back):
 * BHT, submitter and receiver names, the billing provider / subscriber hierarchy, at least one CLM,
 * and well-formed charge amounts. Enough for `check` to vouch for a claim file's shape.
 */
export function checkClaim(context: TransactionContext, problems: X12Problem[]): void {
  const tree = buildHlTree(context.transaction.body, HIERARCHY, problems);
  readBeginning(tree.header, context, { structure: '0019', purposes: ['00', '18'] }, problems);
  const { st } = context.transaction;
  for (const [code, what] of [
    ['41', 'submitter'],
    ['40', 'receiver'],
  ] as const) {
    if (!tree.header.some((s) => s.id === 'NM1' && element(s, 1) === code)) {
      problems.push(
        problemAt(
          st,
          null,
          'error',
          'MISSING_SEGMENT',
          `An 837 requires the ${what} name (NM1*${code}).`,
        ),
      );
    }
  }
  for (const node of tree.nodes) {
    if (node.level === '22' && !node.segments.some((s) => s.id === 'SBR')) {
      problems.push(
        problemAt(
          node.hl,
          null,
          'error',
          'MISSING_SEGMENT',
          `Subscriber level HL ${node.id} has no SBR segment.`,
        ),
      );
    }
  }
  let claims = 0;
  for (const segment of context.transaction.body) {
    const n = segment.id === 'CLM' ? 2 : segment.id === 'SV1' ? 2 : segment.id === 'SV2' ? 3 : 0;
    if (segment.id === 'CLM') claims++;
    if (n === 0) continue;
    const raw = element(segment, n);
    if (raw !== '' && parseCents(raw) === null) {
      problems.push(problemAt(segment, n, 'error', 'INVALID_VALUE', `"${raw}" is not an amount.`));
    }
  }
  if (claims === 0) {
    problems.push(
      problemAt(st, null, 'error', 'MISSING_SEGMENT', 'An 837 needs at least one claim (CLM).'),
    );
  }
}
