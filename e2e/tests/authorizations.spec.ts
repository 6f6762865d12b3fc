// Issue 4, prior authorization from the reimbursement specialist's seat: an admission filed by
// intake (set up over the API), its requests proposed from the therapy plan, the drug submitted as
// an X12 278 to the payer simulator, and the certification number and approved units on screen.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectAccessible } from '../support/accessibility.ts';
import { signIn, signInApi } from '../support/sign-in.ts';
import { isoDay, uniqueLetters } from '../support/test-data.ts';

/** Intake files a complete vancomycin referral (42 days, q12h, gravity) for a commercial plan. */
async function fileReferral(request: APIRequestContext, family: string): Promise<string> {
  const csrf = await signInApi(request, 'intake');
  const draft = {
    channel: 'console',
    urgency: 'standard',
    sourceName: 'Northside Hospital discharge planning',
    therapy: 'anti-infective',
    patient: {
      givenName: 'Rosa',
      familyName: family,
      birthDate: '1957-03-14',
      sex: 'female',
      address: { line1: '2200 W Foster Ave', city: 'Chicago', state: 'IL', postalCode: '60625' },
      phones: [{ use: 'mobile', number: '(773) 555-0142' }],
      preferredLanguage: 'en',
      interpreterNeeded: false,
      weightKg: 68,
    },
    // No prefix the simulator reads as partial, denied or pended: it certifies in total.
    coverages: [
      {
        order: 1,
        payerName: 'Lakeshore Mutual Health',
        payerId: '60054',
        memberId: `W${String(Date.now()).slice(-9)}`,
        relationship: 'self',
      },
    ],
    prescription: {
      drugName: 'vancomycin',
      doseValue: 1250,
      doseUnit: 'mg',
      route: 'IV',
      frequency: 'q12h',
      durationDays: 42,
      accessDevice: 'PICC',
      administrationMethod: 'gravity',
      startDate: isoDay(2),
    },
    diagnoses: [
      { code: 'M86.172', isPrimary: true, description: 'Acute osteomyelitis, left ankle' },
    ],
    allergies: [{ substance: 'penicillin', reaction: 'hives', severity: 'moderate' }],
    prescriber: {
      npi: '1234567893',
      givenName: 'Priya',
      familyName: 'Raman',
      practiceName: 'Lakeview Infectious Disease',
      phone: '(312) 555-0190',
      fax: '(312) 555-0191',
    },
    clinical: {
      cultureOrIndication: 'MRSA osteomyelitis, bone biopsy culture',
      labs: [{ name: 'serum creatinine', value: '0.9 mg/dL', date: isoDay(-2) }],
      tipPlacementConfirmed: true,
    },
  };
  const response = await request.post('/api/referrals', {
    data: { draft },
    headers: { 'x-csrf-token': csrf },
  });
  expect(response.status(), await response.text()).toBe(201);
  const body = (await response.json()) as { admissionId: string | null };
  if (!body.admissionId) throw new Error('no admission opened');
  return body.admissionId;
}

test('reimbursement proposes requests from the therapy plan and gets the drug certified over a 278', async ({
  page,
  request,
}) => {
  const family = `Authz${uniqueLetters()}`;
  const admissionId = await fileReferral(request, family);

  await signIn(page, 'reimbursement');
  await page.goto(`/authorizations/admission/${admissionId}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `Authorizations: ${family}, Rosa`,
  );
  await expect(page.getByText('No authorization requests yet.')).toBeVisible();
  await expect(page.getByText(/CMS-0057-F does not bind this plan/)).toBeVisible();

  await page.getByRole('button', { name: 'Propose from therapy plan' }).click();
  await expect(page.getByTestId('propose-result')).toContainText(
    '4 drafts created from the therapy plan.',
  );
  const rows = page.getByTestId('authorization-row');
  await expect(rows).toHaveCount(4);
  const drug = rows.filter({ hasText: 'J3370' });
  await expect(drug).toContainText('Draft');
  await expect(drug).toContainText('252 units requested');
  await expect(rows.filter({ hasText: '99601' })).toContainText('6 visits requested');
  await expectAccessible(page, 'admission authorizations with drafts');

  await page.getByRole('button', { name: 'Submit Drug J3370 via 278' }).click();
  const answer = page.getByTestId('payer-answer');
  await expect(answer).toContainText('Certified in total');
  await expect(answer).toContainText(/certification SIM[0-9A-Z]+/);
  await expect(answer).toContainText('252 units approved');
  await expect(drug).toContainText('Approved');
  await expect(drug.getByTestId('certification-number')).toHaveText(/^SIM[0-9A-Z]+$/);
  await expect(drug.getByRole('progressbar', { name: '0 of 252 units used' })).toHaveAttribute(
    'aria-valuenow',
    '0',
  );
  await expectAccessible(page, 'admission authorizations after the 278');

  // The work list still has the three drafts to send, by patient, with a link back.
  await page.getByRole('link', { name: 'Back to the authorization work list' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Authorizations');
  const listed = page.getByTestId('overview-row').filter({ hasText: `${family}, Rosa` });
  await expect(listed).toHaveCount(3);
  await expect(listed.first()).toContainText('Drafts');
  await expectAccessible(page, 'authorization work list');
});
