import { describe, expect, it } from 'vitest';
import {
  PHONE_PATTERN as SERVER_PHONE,
  POSTAL_CODE_PATTERN as SERVER_POSTAL_CODE,
  INQUIRY_LANGUAGES,
  REQUESTER_RELATIONSHIPS,
} from '@server/modules/inquiries/inquiries.contracts.ts';
import {
  LANGUAGES,
  PHONE_PATTERN,
  POSTAL_CODE_PATTERN,
  RELATIONSHIPS,
  checkValues,
  emptyValues,
  problemsFromServer,
  toRequest,
} from './request-care-fields.ts';

const filled = {
  ...emptyValues('zh-CN'),
  requesterName: '陈丽',
  patientName: '陈美',
  phone: '(773) 555-0142',
  therapyDescription: '出院后的静脉抗生素治疗',
  consentToContact: true,
};

describe('the request-care form in the browser', () => {
  it('checks the same patterns and choices as the server', () => {
    expect(PHONE_PATTERN).toBe(SERVER_PHONE);
    expect(POSTAL_CODE_PATTERN).toBe(SERVER_POSTAL_CODE);
    expect([...LANGUAGES]).toEqual([...INQUIRY_LANGUAGES]);
    expect([...RELATIONSHIPS]).toEqual([...REQUESTER_RELATIONSHIPS]);
  });

  it('offers Mandarin first to someone reading the page in Chinese', () => {
    expect(emptyValues('zh-CN').preferredLanguage).toBe('zh-Hans');
    expect(emptyValues('en').preferredLanguage).toBe('en');
  });

  it('finds every problem before anything is sent (each address may send only a few)', () => {
    expect(checkValues(filled)).toEqual({});
    expect(
      checkValues({
        ...filled,
        requesterName: ' ',
        phone: '555-0142',
        email: 'x@',
        postalCode: '606',
        consentToContact: false,
      }),
    ).toEqual({
      requesterName: 'required',
      phone: 'phone',
      email: 'email',
      postalCode: 'postalCode',
      consentToContact: 'consent',
    });
  });

  it('does not ask for the patient’s name when people ask for themselves, and sends theirs', () => {
    const self = { ...filled, requesterRelationship: 'self' as const, patientName: '' };
    expect(checkValues(self)).toEqual({});
    expect(toRequest(self).patientName).toBe('陈丽');
  });

  it('leaves empty optional fields out of the request and keeps a filled honeypot', () => {
    const request = toRequest({ ...filled, email: '  ', website: 'http://x' });
    expect(request).not.toHaveProperty('email');
    expect(request).not.toHaveProperty('postalCode');
    expect(request.website).toBe('http://x');
  });

  it('reads the server’s field problems into the form’s', () => {
    expect(
      problemsFromServer([
        { field: '/phone', code: 'pattern' },
        { field: '/patientName', code: 'maxLength' },
        { field: '/therapyDescription', code: 'pattern' },
        { field: '/website', code: 'maxLength' },
      ]),
    ).toEqual({ phone: 'phone', patientName: 'tooLong', therapyDescription: 'required' });
  });
});
