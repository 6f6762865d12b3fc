import { TRANSACTION_CODES } from '../codes/transaction-codes.ts';
import type { TransactionContext } from '../core/envelope.ts';
import type { HlNode } from '../core/hierarchy.ts';
import { buildHlTree } from '../core/hierarchy.ts';
import type { X12Problem } from '../core/problems.ts';
import { problemAt } from '../core/segment.ts';
import { readBeginning, readTransactionInfo } from '../core/transaction-info.ts';
import type { EligibilityInquiryRead } from './eligibility-types.ts';
import type { LevelContent } from './read-member-level.ts';
import { readLevel } from './read-member-level.ts';

const HIERARCHY = TRANSACTION_CODES.byCode.get('270')?.hierarchy ?? {};

/** Reads every patient asked about in one 270 transaction set; problems are appended. */
export function interpretEligibilityInquiry(
  context: TransactionContext,
  problems: X12Problem[],
): EligibilityInquiryRead[] {
  const tree = buildHlTree(context.transaction.body, HIERARCHY, problems);
  const beginning = readBeginning(
    tree.header,
    context,
    { structure: '0022', purposes: ['13'] },
    problems,
  );
  const base = {
    transaction: readTransactionInfo(context),
    reference: beginning?.reference ?? null,
    createdOn: beginning?.createdOn ?? null,
  };
  const reads: EligibilityInquiryRead[] = [];
  const patient = (
    source: LevelContent,
    receiver: LevelContent,
    subscriber: LevelContent,
    dependent: LevelContent | null,
    node: HlNode,
  ): void => {
    const asked = dependent ?? subscriber;
    if (asked.inquiries.length === 0) {
      problems.push(
        problemAt(
          node.hl,
          null,
          'error',
          'MISSING_SEGMENT',
          `The patient level (HL ${node.id}) asks nothing: an EQ segment is required.`,
        ),
      );
    }
    reads.push({
      ...base,
      payer: source.party,
      provider: receiver.party,
      subscriber: subscriber.member,
      dependent: dependent?.member ?? null,
      patientRole: dependent === null ? 'subscriber' : 'dependent',
      traces: [...subscriber.traces, ...(dependent?.traces ?? [])],
      serviceTypes: asked.inquiries,
      dates: [...(dependent?.dates ?? []), ...subscriber.dates],
    });
  };
  for (const root of tree.roots) {
    const source = readLevel(root, '270', problems);
    for (const receiverNode of root.children) {
      const receiver = readLevel(receiverNode, '270', problems);
      for (const subscriberNode of receiverNode.children) {
        const subscriber = readLevel(subscriberNode, '270', problems);
        const dependents = subscriberNode.children;
        if (dependents.length === 0 || subscriber.inquiries.length > 0) {
          patient(source, receiver, subscriber, null, subscriberNode);
        }
        for (const dependentNode of dependents) {
          patient(
            source,
            receiver,
            subscriber,
            readLevel(dependentNode, '270', problems),
            dependentNode,
          );
        }
      }
    }
  }
  if (reads.length === 0) {
    problems.push(
      problemAt(
        context.transaction.st,
        null,
        'error',
        'MISSING_SEGMENT',
        'A 270 needs a payer (20), provider (21) and subscriber (22) level.',
      ),
    );
  }
  return reads;
}
