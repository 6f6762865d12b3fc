import { HOME_INFUSION_SERVICE_TYPES } from '../codes/service-type-codes.ts';
import { TRANSACTION_CODES } from '../codes/transaction-codes.ts';
import type { TransactionContext } from '../core/envelope.ts';
import type { HlNode } from '../core/hierarchy.ts';
import { buildHlTree } from '../core/hierarchy.ts';
import type { QualifiedDate } from '../core/party.ts';
import type { X12Problem } from '../core/problems.ts';
import type { Rejection } from '../core/rejection.ts';
import { problemAt } from '../core/segment.ts';
import type { BeginningOfTransaction } from '../core/transaction-info.ts';
import { readBeginning, readTransactionInfo } from '../core/transaction-info.ts';
import type { Benefit, EligibilityResponse, EligibilityStatus } from './eligibility-types.ts';
import type { LevelContent } from './read-member-level.ts';
import { readLevel } from './read-member-level.ts';
import { isPlanLevel, summarizeServiceTypes } from './summarize-service-types.ts';

const HIERARCHY = TRANSACTION_CODES.byCode.get('271')?.hierarchy ?? {};

interface Chain {
  source: LevelContent;
  receiver: LevelContent | null;
  subscriber: LevelContent | null;
  dependent: LevelContent | null;
}

/** Reads every patient answered in one 271 transaction set; problems are appended. */
export function interpretEligibilityResponse(
  context: TransactionContext,
  problems: X12Problem[],
): EligibilityResponse[] {
  const tree = buildHlTree(context.transaction.body, HIERARCHY, problems);
  const beginning = readBeginning(
    tree.header,
    context,
    { structure: '0022', purposes: ['11'] },
    problems,
  );
  if (tree.roots.length === 0) {
    problems.push(
      problemAt(
        context.transaction.st,
        null,
        'error',
        'MISSING_SEGMENT',
        'A 271 needs at least the information source level (HL with HL03 = 20).',
      ),
    );
  }
  const chains: Chain[] = [];
  for (const root of tree.roots) collectChains(root, problems, chains);
  return chains.map((chain) => buildResponse(context, beginning, chain));
}

function childrenAt(node: HlNode, level: string): HlNode[] {
  return node.children.filter((child) => child.level === level);
}

function collectChains(root: HlNode, problems: X12Problem[], chains: Chain[]): void {
  const source = readLevel(root, '271', problems);
  const receivers = childrenAt(root, '21');
  if (receivers.length === 0)
    chains.push({ source, receiver: null, subscriber: null, dependent: null });
  for (const receiverNode of receivers) {
    const receiver = readLevel(receiverNode, '271', problems);
    const subscribers = childrenAt(receiverNode, '22');
    if (subscribers.length === 0)
      chains.push({ source, receiver, subscriber: null, dependent: null });
    for (const subscriberNode of subscribers) {
      const subscriber = readLevel(subscriberNode, '271', problems);
      const dependents = childrenAt(subscriberNode, '23');
      const subscriberIsPatient =
        dependents.length === 0 ||
        subscriber.benefits.length > 0 ||
        subscriber.rejections.length > 0;
      if (subscriberIsPatient) chains.push({ source, receiver, subscriber, dependent: null });
      for (const dependentNode of dependents) {
        chains.push({
          source,
          receiver,
          subscriber,
          dependent: readLevel(dependentNode, '271', problems),
        });
      }
    }
  }
}

function statusOf(
  benefits: readonly Benefit[],
  rejections: readonly Rejection[],
): EligibilityStatus {
  const plan = benefits.filter(isPlanLevel);
  if (plan.some((b) => b.category === 'active')) return 'active';
  if (plan.some((b) => b.category === 'inactive')) return 'inactive';
  if (benefits.some((b) => b.category === 'active')) return 'active';
  if (benefits.some((b) => b.category === 'inactive')) return 'inactive';
  return rejections.length > 0 ? 'rejected' : 'unknown';
}

function findDate(dates: readonly QualifiedDate[], qualifier: string): QualifiedDate | undefined {
  return dates.find((d) => d.qualifier === qualifier);
}

function rangeEnd(date: QualifiedDate | undefined): string | null {
  return date !== undefined && date.end !== date.start ? date.end : null;
}

function planOf(
  benefits: readonly Benefit[],
  patient: LevelContent | null,
): EligibilityResponse['plan'] {
  const ordered = [
    ...benefits.filter((b) => b.category === 'active' && isPlanLevel(b)),
    ...benefits.filter((b) => b.category === 'active'),
    ...benefits,
  ];
  const named = ordered.find((b) => b.planDescription !== null);
  const typed = ordered.find((b) => b.insuranceType !== null);
  const group = patient?.member?.references.find((r) => r.qualifier === '6P');
  return {
    name: named?.planDescription ?? null,
    insuranceType: typed?.insuranceType ?? null,
    groupNumber: group?.value ?? null,
  };
}

function buildResponse(
  context: TransactionContext,
  beginning: BeginningOfTransaction | null,
  chain: Chain,
): EligibilityResponse {
  const { source, receiver, subscriber, dependent } = chain;
  const patient = dependent ?? subscriber;
  const benefits = patient?.benefits ?? [];
  const rejections = [
    ...source.rejections,
    ...(receiver?.rejections ?? []),
    ...(subscriber?.rejections ?? []),
    ...(dependent?.rejections ?? []),
    ...benefits.flatMap((b) => b.rejections),
  ];
  const dates = [...(dependent?.dates ?? []), ...(subscriber?.dates ?? [])];
  const status = statusOf(benefits, rejections);
  const plan291 = findDate(dates, '291');
  const eligibility307 = findDate(dates, '307');
  return {
    transaction: readTransactionInfo(context),
    reference: beginning?.reference ?? null,
    createdOn: beginning?.createdOn ?? null,
    payer: source.party,
    provider: receiver?.party ?? null,
    subscriber: subscriber?.member ?? null,
    dependent: dependent?.member ?? null,
    patientRole: dependent !== null ? 'dependent' : subscriber !== null ? 'subscriber' : null,
    traces: [...(subscriber?.traces ?? []), ...(dependent?.traces ?? [])],
    status,
    isActive: status === 'active' ? true : status === 'inactive' ? false : null,
    plan: planOf(benefits, patient),
    dates,
    planBegin: findDate(dates, '346')?.start ?? plan291?.start ?? null,
    planEnd: findDate(dates, '347')?.start ?? rangeEnd(plan291),
    eligibilityBegin: findDate(dates, '356')?.start ?? eligibility307?.start ?? null,
    eligibilityEnd: findDate(dates, '357')?.start ?? rangeEnd(eligibility307),
    benefits,
    services:
      benefits.length === 0 ? [] : summarizeServiceTypes(benefits, HOME_INFUSION_SERVICE_TYPES),
    rejections,
    messages: benefits.flatMap((b) => b.messages),
  };
}
