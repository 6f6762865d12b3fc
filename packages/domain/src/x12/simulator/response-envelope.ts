import type { X12Party } from '../core/party.ts';
import type { TransactionInfo } from '../core/transaction-info.ts';
import type { ElementValue, EnvelopeInput, SegmentWriter } from '../core/write.ts';

/**
 * The envelope of a simulated response: sender and receiver swapped, the request's control
 * numbers and date reused, so the same request always gets the same bytes back.
 */
export function responseEnvelope(request: TransactionInfo): EnvelopeInput {
  const number = (value: string): number => {
    const parsed = Number.parseInt(value, 10);
    return Number.isInteger(parsed) && parsed > 0 && parsed <= 999_999_999 ? parsed : 1;
  };
  return {
    sender: { qualifier: request.receiverQualifier, id: request.receiverId },
    receiver: { qualifier: request.senderQualifier, id: request.senderId },
    interchangeControlNumber: number(request.interchangeControlNumber),
    groupControlNumber: number(request.groupControlNumber),
    transactionControlNumber: request.transactionControlNumber.padStart(4, '0').slice(-9),
    date: request.date ?? '2000-01-01',
    time: request.time ?? '00:00',
    usage: request.usage === 'production' ? 'P' : 'T',
  };
}

/** Echoes an NM1 read from the request. */
export function writeParty(w: SegmentWriter, party: X12Party): void {
  const person = party.entityType === 'person';
  const elements: ElementValue[] = [
    party.entityCode,
    person ? '1' : '2',
    person ? (party.lastName ?? '') : party.name,
    person ? (party.firstName ?? '') : '',
    person ? (party.middleName ?? '') : '',
    '',
    party.suffix ?? '',
    party.idQualifier ?? '',
    party.id ?? '',
  ];
  w.add('NM1', elements, 'party');
}

/** 32-bit FNV-1a, for deterministic reference numbers. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
