import { describe, expect, it } from 'vitest';
import { buildEligibilityInquiry, checkX12, read270 } from '@infusio/domain/x12';
import { buildInquiryFor, splitPersonName, type InquiryInput } from './build-inquiry.ts';
import { DEMO_ORGANISATION } from './organisation-identity.ts';

const input: InquiryInput = {
  coverage: {
    memberId: 'ACT 1002 0030',
    groupNumber: 'G-77',
    relationship: 'self',
    subscriberName: null,
  },
  patient: {
    givenName: 'Mei',
    middleName: null,
    familyName: 'Chen',
    birthDate: '1948-03-09',
    sex: 'female',
  },
  payer: { name: 'BluePoint Health of Illinois', id: 'AH65M' },
  organisation: DEMO_ORGANISATION,
  receiverId: 'PAYERSIM',
  usage: 'T',
  therapy: 'ivig',
  controlNumber: 42,
  reference: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
  date: '2026-11-22',
  time: '09:05',
};

describe('the 270 for a coverage', () => {
  it('writes a clean 005010X279A1 inquiry with the patient as subscriber', () => {
    const x12 = buildEligibilityInquiry(buildInquiryFor(input));
    expect(checkX12(x12)).toEqual([]);
    const [inquiry] = read270(x12).inquiries;
    expect(inquiry).toMatchObject({
      patientRole: 'subscriber',
      serviceTypes: ['30', '1', '12', '18', '42', '88'],
      subscriber: {
        id: 'ACT10020030',
        lastName: 'Chen',
        firstName: 'Mei',
        birthDate: '1948-03-09',
        sex: 'F',
      },
      payer: { id: 'AH65M' },
      provider: { id: DEMO_ORGANISATION.npi },
    });
    expect(inquiry?.traces[0]?.number).toBe(input.reference);
    expect(x12).toContain('*000000042*');
  });

  it('adds chemotherapy (78) for chemotherapy', () => {
    const x12 = buildEligibilityInquiry(buildInquiryFor({ ...input, therapy: 'chemotherapy' }));
    expect(read270(x12).inquiries[0]?.serviceTypes).toContain('78');
  });

  it('asks for the patient as a dependent when someone else holds the policy', () => {
    const x12 = buildEligibilityInquiry(
      buildInquiryFor({
        ...input,
        coverage: { ...input.coverage, relationship: 'child', subscriberName: 'Chen, Wei' },
      }),
    );
    const [inquiry] = read270(x12).inquiries;
    expect(inquiry?.patientRole).toBe('dependent');
    expect(inquiry?.subscriber).toMatchObject({
      lastName: 'Chen',
      firstName: 'Wei',
      id: 'ACT10020030',
    });
    expect(inquiry?.dependent).toMatchObject({ firstName: 'Mei', birthDate: '1948-03-09' });
  });

  it('splits a subscriber name written either way', () => {
    expect(splitPersonName('Chen, Wei')).toEqual({ lastName: 'Chen', firstName: 'Wei' });
    expect(splitPersonName('Wei Ming Chen')).toEqual({ lastName: 'Chen', firstName: 'Wei Ming' });
    expect(splitPersonName('Chen')).toBeUndefined();
  });
});
