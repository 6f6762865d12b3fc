// Issue 4, payer directory and eligibility from the reimbursement specialist's seat: the directory
// searched by typing and a plan edited (with a field error first), then an admission filed by
// intake (over the API) linked to its plan and checked with the payer simulator, its benefits on
// screen; a rejected check shown as the action to take and listed under "Needs action".
import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectAccessible } from '../support/accessibility.ts';
import { signIn, signInApi } from '../support/sign-in.ts';
import { isoDay, uniqueLetters } from '../support/test-data.ts';

/** Intake files a complete antibiotic referral whose coverage carries the given member id. */
async function fileReferral(
  request: APIRequestContext,
  family: string,
  coverage: { memberId: string; payerName: string; payerId?: string },
): Promise<string> {
  const csrf = await signInApi(request, 'intake');
  const draft = {
    channel: 'console',
    urgency: 'standard',
    sourceName: 'Northside Hospital discharge planning',
    therapy: 'anti-infective',
    patient: {
      givenName: 'Lin',
      familyName: family,
      birthDate: '1961-08-23',
      sex: 'female',
      address: { line1: '4400 N Broadway', city: 'Chicago', state: 'IL', postalCode: '60640' },
      phones: [{ use: 'mobile', number: '(773) 555-0166' }],
      preferredLanguage: 'en',
      interpreterNeeded: false,
      weightKg: 61,
    },
    coverages: [{ order: 1, relationship: 'self', ...coverage }],
    prescription: {
      drugName: 'ceftriaxone',
      doseValue: 2,
      doseUnit: 'g',
      route: 'IV',
      frequency: 'q24h',
      durationDays: 28,
      accessDevice: 'PICC',
      administrationMethod: 'gravity',
      startDate: isoDay(3),
    },
    diagnoses: [{ code: 'A41.9', isPrimary: true, description: 'Sepsis, unspecified organism' }],
    allergies: [{ substance: 'No known drug allergies' }],
    prescriber: {
      npi: '1234567893',
      givenName: 'Priya',
      familyName: 'Raman',
      practiceName: 'Lakeview Infectious Disease',
      phone: '(312) 555-0190',
      fax: '(312) 555-0191',
    },
    clinical: {
      cultureOrIndication: 'Blood cultures: E. coli, ceftriaxone-susceptible',
      labs: [{ name: 'serum creatinine', value: '0.8 mg/dL', date: isoDay(-1) }],
      tipPlacementConfirmed: true,
    },
  };
  const response = await request.post('/api/referrals', {
    data: { draft },
    headers: { 'x-csrf-token': csrf },
  });
  expect(response.status()).toBe(201);
  const body = (await response.json()) as { admissionId: string | null };
  expect(body.admissionId).toBeTruthy();
  return body.admissionId ?? '';
}

test('reimbursement searches the directory by typing, edits a plan, and checks an admission’s eligibility', async ({
  page,
  request,
}) => {
  const family = `Zhou${uniqueLetters()}`;
  const admissionId = await fileReferral(request, family, {
    memberId: `PAR${String(Date.now()).slice(-8)}`,
    payerName: 'BluePoint Health of Illinois',
  });
  const rejectedFamily = `Wu${uniqueLetters()}`;
  const rejectedAdmissionId = await fileReferral(request, rejectedFamily, {
    memberId: `R72${String(Date.now()).slice(-8)}`,
    payerName: 'BluePoint Health of Illinois',
    payerId: 'AH65M',
  });

  await signIn(page, 'reimbursement');
  await page.getByTestId('nav-coverage').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Coverage & authorizations');

  // The directory answers while the specialist types.
  await page.getByRole('tab', { name: 'Payer directory' }).click();
  const search = page.getByRole('searchbox', { name: 'Search payers and plans' });
  await search.pressSequentially('bluepoint', { delay: 60 });
  const results = page.getByTestId('payer-results');
  await expect(results.getByRole('button', { name: /BluePoint Health of/ }).first()).toBeVisible();
  await search.pressSequentially(' illin', { delay: 60 });
  await expect(page.getByTestId('payer-result-count')).toContainText(
    /plans shown \(\d+ in the directory\)/,
  );
  const rows = results.getByRole('button', { name: /^BluePoint Health of Illinois/ });
  await expect(rows).toHaveCount(4);
  await expectAccessible(page, 'payer directory');

  // Open a plan, try an impossible timely filing limit, then save a real edit.
  await results.getByRole('button', { name: 'BluePoint Health of Illinois HMO' }).click();
  const detail = page.getByTestId('payer-plan-detail');
  await expect(
    detail.getByRole('heading', { name: 'BluePoint Health of Illinois HMO' }),
  ).toBeVisible();
  await detail.getByRole('button', { name: 'Edit plan' }).click();
  const form = page.getByTestId('payer-plan-form');
  await form.getByLabel('Timely filing (days)').fill('900');
  await form.getByRole('button', { name: 'Save plan' }).click();
  await expect(form.getByText('At most 730 days.')).toBeVisible();
  await form.getByLabel('Timely filing (days)').fill('120');
  await form.getByLabel('Fax').fill('(312) 555-0199');
  await form.getByRole('button', { name: 'Save plan' }).click();
  await expect(detail.getByText('120 days after the date of service')).toBeVisible();
  await expect(detail.getByText('(312) 555-0199')).toBeVisible();

  // The admission's coverage: link the plan the referral named, then check eligibility.
  await page.goto(`/coverage?admission=${admissionId}`);
  const panel = page.getByTestId('admission-coverage-panel');
  await expect(panel.getByText(`Patient: ${family}, Lin`)).toBeVisible();
  await expect(panel.getByTestId('coverage-plan')).toHaveText('not linked yet');
  await panel.getByRole('button', { name: 'Link a plan' }).click();
  await expect(panel.getByText('Plans that may match “bluepoint illinois”')).toBeVisible();
  await panel.getByRole('button', { name: 'Link BluePoint Health of Illinois PPO' }).click();
  await expect(panel.getByTestId('coverage-plan')).toContainText(
    'BluePoint Health of Illinois PPO',
  );
  await panel.getByRole('button', { name: 'Check eligibility' }).click();
  await expect(panel.getByTestId('check-status')).toHaveText('Active');
  await expect(panel.getByTestId('coverage-status')).toHaveText('Active');
  const benefits = panel.getByTestId('benefits-table');
  const homeHealth = benefits.locator('tr[data-service-type="42"][data-network="in"]');
  await expect(homeHealth).toContainText('Home health care (42)');
  await expect(homeHealth).toContainText('$1,500.00');
  await expect(homeHealth).toContainText('$1,000.00 met');
  await expect(homeHealth).toContainText('20%');
  await expect(homeHealth).toContainText('Required');
  await expect(benefits.locator('tr[data-service-type="42"][data-network="out"]')).toContainText(
    '40%',
  );
  await expect(
    panel.getByText('PRIOR AUTHORIZATION REQUIRED FOR HOME INFUSION THERAPY').first(),
  ).toBeVisible();
  await expectAccessible(page, 'admission coverage');

  // A rejected check is shown as the action to take, and waits under "Needs action".
  await page.goto(`/coverage?admission=${rejectedAdmissionId}`);
  await page.getByRole('button', { name: 'Check eligibility' }).click();
  const rejection = page.getByTestId('rejection-action');
  await expect(rejection).toContainText('The member id is wrong or missing');
  await expect(rejection).toContainText("Payer's reason 72");
  await page.getByRole('tab', { name: 'Eligibility' }).click();
  const needsAction = page.getByTestId('eligibility-checks');
  await expect(needsAction.getByRole('row', { name: new RegExp(rejectedFamily) })).toContainText(
    'Rejected',
  );
  await expect(needsAction.getByRole('row', { name: new RegExp(family) })).toHaveCount(0);
  await expectAccessible(page, 'eligibility checks');
});
