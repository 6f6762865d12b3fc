import type { QualifiedDate, TraceNumber } from '../core/party.ts';
import {
  readAddressSegment,
  readDemographics,
  readParty,
  readQualifiedDate,
  readReference,
  readTrace,
} from '../core/party.ts';
import type { X12Problem } from '../core/problems.ts';
import type { Rejection, RejectionLevel } from '../core/rejection.ts';
import { readRejection } from '../core/rejection.ts';
import type { HlNode } from '../core/hierarchy.ts';
import type { X12Segment } from '../core/segment.ts';
import { element, problemAt, repetitions } from '../core/segment.ts';
import { SERVICE_TYPE_CODES } from '../codes/service-type-codes.ts';
import { checkCode } from '../core/check-code.ts';
import type { Benefit, EligibilityMember } from './eligibility-types.ts';
import { readBenefit } from './read-benefit.ts';
import type { X12Party } from '../core/party.ts';

/** What one HL level of a 270 or 271 holds. */
export interface LevelContent {
  party: X12Party | null;
  member: EligibilityMember | null;
  traces: TraceNumber[];
  dates: QualifiedDate[];
  rejections: Rejection[];
  benefits: Benefit[];
  /** 270 only: EQ01 service types and the EQ-level dates. */
  inquiries: string[];
}

const EXPECTED_ENTITY: Readonly<Record<string, { codes: readonly string[]; what: string }>> = {
  '20': { codes: ['PR', '2B', '36', 'GP', 'P5'], what: 'information source (payer)' },
  '21': {
    codes: ['1P', '2B', '36', '80', 'FA', 'GP', 'P5', 'PR'],
    what: 'information receiver (provider)',
  },
  '22': { codes: ['IL'], what: 'subscriber' },
  '23': { codes: ['03'], what: 'dependent' },
};

const LEVEL_NAMES: Readonly<Record<string, RejectionLevel>> = {
  '20': 'payer',
  '21': 'provider',
  '22': 'subscriber',
  '23': 'dependent',
};

/** Splits a level's segments at each loop-starting segment (EB in a 271, EQ in a 270). */
function splitLoops(segments: readonly X12Segment[], starter: string): X12Segment[][] {
  const loops: X12Segment[][] = [];
  for (const segment of segments) {
    if (segment.id === starter) loops.push([segment]);
    else loops.at(-1)?.push(segment);
  }
  return loops;
}

function readInquiryLoop(
  loop: readonly X12Segment[],
  content: LevelContent,
  problems: X12Problem[],
): void {
  for (const segment of loop) {
    if (segment.id === 'EQ') {
      checkCode(SERVICE_TYPE_CODES, segment, 1, problems, { repeating: true });
      content.inquiries.push(...repetitions(segment, 1));
    } else if (segment.id === 'DTP') {
      const date = readQualifiedDate(segment, problems);
      if (date !== null) content.dates.push(date);
    }
  }
}

function readLevelHeader(
  header: readonly X12Segment[],
  content: LevelContent,
  level: RejectionLevel,
  problems: X12Problem[],
): void {
  for (const segment of header) {
    switch (segment.id) {
      case 'TRN':
        content.traces.push(readTrace(segment));
        break;
      case 'NM1':
        content.party ??= readParty(segment);
        break;
      case 'N3':
      case 'N4':
        if (content.member !== null)
          content.member.address = readAddressSegment(segment, content.member.address);
        break;
      case 'REF':
        content.member?.references.push(readReference(segment));
        break;
      case 'DMG':
        if (content.member !== null)
          Object.assign(content.member, readDemographics(segment, problems));
        break;
      case 'DTP': {
        const date = readQualifiedDate(segment, problems);
        if (date !== null) content.dates.push(date);
        break;
      }
      case 'AAA':
        content.rejections.push(readRejection(segment, level, problems));
        break;
      default:
        break;
    }
    if (
      segment.id === 'NM1' &&
      content.member === null &&
      (level === 'subscriber' || level === 'dependent') &&
      content.party !== null
    ) {
      content.member = {
        ...content.party,
        birthDate: null,
        sex: null,
        address: null,
        references: [],
      };
    }
  }
}

/** Reads one HL level of a 270 (EQ loops) or 271 (EB loops), checking its NM1. */
export function readLevel(
  node: HlNode,
  transaction: '270' | '271',
  problems: X12Problem[],
): LevelContent {
  const level = LEVEL_NAMES[node.level] ?? 'subscriber';
  const content: LevelContent = {
    party: null,
    member: null,
    traces: [],
    dates: [],
    rejections: [],
    benefits: [],
    inquiries: [],
  };
  const starter = transaction === '271' ? 'EB' : 'EQ';
  const firstLoop = node.segments.findIndex((s) => s.id === starter);
  const header = firstLoop < 0 ? node.segments : node.segments.slice(0, firstLoop);
  readLevelHeader(header, content, level, problems);
  checkEntity(node, content.party, problems);
  for (const loop of splitLoops(node.segments.slice(header.length), starter)) {
    if (transaction === '271') {
      const benefit = readBenefit(loop, problems);
      if (benefit !== null) content.benefits.push(benefit);
    } else {
      readInquiryLoop(loop, content, problems);
    }
  }
  return content;
}

function checkEntity(node: HlNode, party: X12Party | null, problems: X12Problem[]): void {
  const expected = EXPECTED_ENTITY[node.level];
  if (expected === undefined) return;
  if (party === null) {
    problems.push(
      problemAt(
        node.hl,
        null,
        'error',
        'MISSING_SEGMENT',
        `The ${expected.what} level (HL ${node.id}) has no NM1 name segment.`,
      ),
    );
    return;
  }
  if (!expected.codes.includes(party.entityCode)) {
    const nm1 = node.segments.find((s) => s.index === party.segmentIndex);
    if (nm1 !== undefined) {
      problems.push(
        problemAt(
          nm1,
          1,
          'warning',
          'UNKNOWN_CODE',
          `NM101 "${element(nm1, 1)}" is unusual for the ${expected.what} (${expected.codes.join(', ')}).`,
        ),
      );
    }
  }
}
