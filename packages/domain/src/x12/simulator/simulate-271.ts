import { HOME_INFUSION_SERVICE_TYPES } from '../codes/service-type-codes.ts';
import { formatCents, formatDate8 } from '../core/values.ts';
import type { ElementValue } from '../core/write.ts';
import { DEFAULT_SEPARATORS, SegmentWriter, writeInterchange } from '../core/write.ts';
import type {
  EligibilityInquiryRead,
  EligibilityMember,
} from '../eligibility/eligibility-types.ts';
import { read270 } from '../read-x12.ts';
import type { Accumulated, BenefitProfile, RejectionProfile } from './member-profiles.ts';
import { findMemberProfile, medicarePartBDeductible } from './member-profiles.ts';
import { responseEnvelope, writeParty } from './response-envelope.ts';

interface Eb {
  code: string;
  level?: string;
  serviceTypes?: readonly string[];
  insuranceType?: string;
  plan?: string;
  period?: string;
  amountCents?: number;
  percent?: number;
  auth?: 'Y' | 'N';
  network?: 'Y' | 'N';
}

function writeEb(w: SegmentWriter, eb: Eb): void {
  const elements: ElementValue[] = [
    eb.code,
    eb.level ?? '',
    { repeated: eb.serviceTypes ?? [] },
    eb.insuranceType ?? '',
    eb.plan ?? '',
    eb.period ?? '',
    eb.amountCents === undefined ? '' : formatCents(eb.amountCents),
    eb.percent === undefined ? '' : String(eb.percent),
    '',
    '',
    eb.auth ?? '',
    eb.network ?? '',
  ];
  w.add('EB', elements, 'benefit');
}

function writeAccumulator(
  w: SegmentWriter,
  code: string,
  level: string,
  value: Accumulated,
  ins: string,
  network: 'Y' | 'N' | undefined,
): void {
  const base = {
    code,
    level,
    serviceTypes: ['30'],
    insuranceType: ins,
    ...(network === undefined ? {} : { network }),
  };
  writeEb(w, { ...base, period: '23', amountCents: value.amountCents });
  writeEb(w, { ...base, period: '29', amountCents: value.remainingCents });
}

function serviceYear(inquiry: EligibilityInquiryRead): number {
  const date =
    inquiry.dates.find((d) => d.qualifier === '291')?.start ?? inquiry.createdOn ?? '2026-01-01';
  return Number(date.slice(0, 4));
}

function writePlanDates(w: SegmentWriter, profile: BenefitProfile, year: number): void {
  if (profile.insuranceType === 'MB') {
    w.add('DTP', ['346', 'D8', '20190101']);
    return;
  }
  const planYear = profile.active ? year : year - 1;
  w.add('DTP', ['346', 'D8', formatDate8(`${String(planYear)}-01-01`)]);
  w.add('DTP', ['347', 'D8', formatDate8(`${String(planYear)}-12-31`)]);
}

function writeCostSharing(
  w: SegmentWriter,
  profile: BenefitProfile,
  services: readonly string[],
  year: number,
): void {
  const ins = profile.insuranceType;
  const commercial = profile.coinsurance.outOfNetwork !== null;
  const inNet = commercial ? 'Y' : undefined;
  const { deductible, outOfPocket } = profile;
  if (deductible === 'medicare-part-b') {
    const cents = medicarePartBDeductible(year);
    writeAccumulator(w, 'C', 'IND', { amountCents: cents, remainingCents: cents }, ins, undefined);
  } else if (deductible !== null) {
    writeAccumulator(w, 'C', 'IND', deductible.individual, ins, inNet);
    if (deductible.family !== null) writeAccumulator(w, 'C', 'FAM', deductible.family, ins, inNet);
    if (deductible.outOfNetworkIndividual !== null)
      writeAccumulator(w, 'C', 'IND', deductible.outOfNetworkIndividual, ins, 'N');
  }
  if (outOfPocket !== null) {
    writeAccumulator(w, 'G', 'IND', outOfPocket.individual, ins, inNet);
    if (outOfPocket.family !== null)
      writeAccumulator(w, 'G', 'FAM', outOfPocket.family, ins, inNet);
  }
  if (services.length > 0) {
    writeEb(w, {
      code: 'A',
      level: 'IND',
      serviceTypes: services,
      insuranceType: ins,
      percent: profile.coinsurance.inNetwork,
      ...(inNet === undefined ? {} : { network: inNet }),
    });
    if (profile.coinsurance.outOfNetwork !== null) {
      writeEb(w, {
        code: 'A',
        level: 'IND',
        serviceTypes: services,
        insuranceType: ins,
        percent: profile.coinsurance.outOfNetwork,
        network: 'N',
      });
    }
  }
  for (const [serviceType, cents] of Object.entries(profile.copays)) {
    if (!services.includes(serviceType)) continue;
    writeEb(w, {
      code: 'B',
      level: 'IND',
      serviceTypes: [serviceType],
      insuranceType: ins,
      amountCents: cents,
      ...(inNet === undefined ? {} : { network: inNet }),
    });
  }
}

function writeBenefits(
  w: SegmentWriter,
  profile: BenefitProfile,
  inquiry: EligibilityInquiryRead,
): void {
  const year = serviceYear(inquiry);
  const asked = [...new Set([...inquiry.serviceTypes, ...HOME_INFUSION_SERVICE_TYPES])].filter(
    (s) => s !== '30',
  );
  const covered = asked.filter((s) => profile.notCovered[s] === undefined);
  if (!profile.active) {
    writeEb(w, {
      code: '6',
      serviceTypes: ['30'],
      insuranceType: profile.insuranceType,
      plan: profile.planName,
    });
    for (const message of profile.messages) w.add('MSG', [message]);
    return;
  }
  writeEb(w, {
    code: '1',
    serviceTypes: ['30'],
    insuranceType: profile.insuranceType,
    plan: profile.planName,
  });
  for (const message of profile.messages) w.add('MSG', [message]);
  const needsAuth = covered.filter((s) => profile.authorizationRequired.includes(s));
  const free = covered.filter((s) => !needsAuth.includes(s));
  if (free.length > 0) writeEb(w, { code: '1', serviceTypes: free });
  if (needsAuth.length > 0) {
    writeEb(w, { code: '1', serviceTypes: needsAuth, auth: 'Y' });
    w.add('MSG', ['SUBMIT A 278 OR CALL UTILIZATION MANAGEMENT BEFORE THE FIRST VISIT']);
  }
  for (const [serviceType, message] of Object.entries(profile.notCovered)) {
    if (!asked.includes(serviceType)) continue;
    writeEb(w, { code: 'I', serviceTypes: [serviceType], insuranceType: profile.insuranceType });
    w.add('MSG', [message]);
  }
  writeCostSharing(w, profile, covered, year);
}

function writeMember(w: SegmentWriter, member: EligibilityMember): void {
  writeParty(w, member);
  if (member.birthDate !== null || member.sex !== null) {
    w.add('DMG', [
      'D8',
      member.birthDate === null ? '' : formatDate8(member.birthDate),
      member.sex ?? '',
    ]);
  }
}

function writeTrace(w: SegmentWriter, inquiry: EligibilityInquiryRead): void {
  for (const trace of inquiry.traces) {
    w.add('TRN', ['2', trace.number, trace.originatorId ?? '', trace.supplementalId ?? '']);
  }
}

function writeRejection(w: SegmentWriter, profile: RejectionProfile): void {
  w.add('AAA', [profile.validRequest ? 'Y' : 'N', '', profile.code, profile.followUp]);
}

function writeAnswer(
  w: SegmentWriter,
  inquiry: EligibilityInquiryRead,
  hl: { next: number },
): void {
  const subscriber = inquiry.subscriber;
  if (inquiry.payer === null || inquiry.provider === null || subscriber === null) return;
  const profile = findMemberProfile(subscriber.id ?? '');
  const payerHl = hl.next++;
  const stops = profile.kind === 'rejection' && profile.level !== 'subscriber';
  w.add('HL', [
    String(payerHl),
    '',
    '20',
    profile.kind === 'rejection' && profile.level === 'payer' ? '0' : '1',
  ]);
  writeParty(w, inquiry.payer);
  if (profile.kind === 'rejection' && profile.level === 'payer') {
    writeRejection(w, profile);
    return;
  }
  const providerHl = hl.next++;
  w.add('HL', [String(providerHl), String(payerHl), '21', stops ? '0' : '1']);
  writeParty(w, inquiry.provider);
  if (profile.kind === 'rejection' && profile.level === 'provider') {
    writeRejection(w, profile);
    return;
  }
  const subscriberHl = hl.next++;
  const dependentAnswered = inquiry.dependent !== null && profile.kind === 'benefits';
  w.add('HL', [String(subscriberHl), String(providerHl), '22', dependentAnswered ? '1' : '0']);
  if (!dependentAnswered) writeTrace(w, inquiry);
  writeParty(w, subscriber);
  if (profile.kind === 'rejection') {
    writeRejection(w, profile);
    return;
  }
  if (inquiry.dependent === null) {
    if (subscriber.birthDate !== null || subscriber.sex !== null) {
      w.add('DMG', [
        'D8',
        subscriber.birthDate === null ? '' : formatDate8(subscriber.birthDate),
        subscriber.sex ?? '',
      ]);
    }
    writePlanDates(w, profile, serviceYear(inquiry));
    writeBenefits(w, profile, inquiry);
    return;
  }
  w.add('HL', [String(hl.next++), String(subscriberHl), '23', '0']);
  writeTrace(w, inquiry);
  writeMember(w, inquiry.dependent);
  writePlanDates(w, profile, serviceYear(inquiry));
  writeBenefits(w, profile, inquiry);
}

/**
 * The payer simulator: answers a 270 with a 271, deterministically by member id prefix (see
 * MEMBER_PROFILES). Throws X12ValidationError when the 270 cannot be read, as a clearinghouse
 * would reject it.
 */
export function simulateEligibilityResponse(x270: string): string {
  const { inquiries } = read270(x270);
  const first = inquiries[0];
  if (first === undefined) throw new Error('The 270 asks about no patient.');
  const w = new SegmentWriter(DEFAULT_SEPARATORS);
  w.add('BHT', [
    '0022',
    '11',
    first.reference ?? '',
    formatDate8(first.transaction.date ?? '2000-01-01'),
    (first.transaction.time ?? '00:00').replace(':', ''),
  ]);
  const hl = { next: 1 };
  for (const inquiry of inquiries) writeAnswer(w, inquiry, hl);
  return writeInterchange(
    responseEnvelope(first.transaction),
    { type: '271', functionalId: 'HB', implementation: '005010X279A1' },
    w,
  );
}
