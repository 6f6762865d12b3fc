// Issue 4 "Done means": one admission from intake through eligibility (X12 270/271 against the payer
// simulator), the benefit routing of its Medicare Advantage plan, prior authorizations approved by
// X12 278 responses and the patient's acknowledged estimate, to the "authorized" and "financial
// review acknowledged" stages — all from the admission page, each role in its own browser.
// (Mei Chen's Medicare Part B estimate, acknowledged by Mei herself in the portal in Chinese, is in
// financial.spec.ts; a new patient has no portal login, so here the specialist records the
// patient's acknowledgement given at the review, as the estimate section offers.)
import {
  expect,
  test,
  type APIRequestContext,
  type Browser,
  type Page,
  type TestInfo,
} from '@playwright/test';
import { expectAccessible } from '../support/accessibility.ts';
import { signIn, signInApi } from '../support/sign-in.ts';
import { isoDay, uniqueLetters } from '../support/test-data.ts';

interface PlanRow {
  id: string;
  payerName: string;
  planName: string;
  planType: string;
}

/**
 * A Medicare Advantage plan of the demo directory (every one needs prior authorization for IVIG),
 * looked up by the intake coordinator who names its payer on the referral.
 */
async function medicareAdvantagePlan(request: APIRequestContext): Promise<PlanRow> {
  const response = await request.get(
    '/api/payers?q=medicare%20advantage%20hmo&planType=medicare-advantage&limit=20',
  );
  expect(response.status(), await response.text()).toBe(200);
  const { items } = (await response.json()) as { items: PlanRow[] };
  const plan = items.find((p) => p.planType === 'medicare-advantage');
  if (!plan) throw new Error('the demo directory has no Medicare Advantage HMO');
  return plan;
}

/** Intake files a complete home IVIG referral (over the API: the console form is issue 3's test). */
async function fileReferral(
  request: APIRequestContext,
  csrf: string,
  family: string,
  plan: PlanRow,
): Promise<string> {
  const draft = {
    channel: 'console',
    urgency: 'standard',
    sourceName: 'Lakeview Immunology & Infectious Disease',
    therapy: 'ivig',
    patient: {
      givenName: 'Hui',
      familyName: family,
      birthDate: '1951-06-02',
      sex: 'female',
      address: { line1: '4848 N Sheridan Rd', city: 'Chicago', state: 'IL', postalCode: '60640' },
      phones: [{ use: 'mobile', number: '(773) 555-0177' }],
      preferredLanguage: 'en',
      interpreterNeeded: false,
      weightKg: 61,
    },
    // "PAR…": the simulator answers active, with prior authorization required for home infusion,
    // and certifies every 278 request in total.
    coverages: [
      {
        order: 1,
        payerName: plan.payerName,
        memberId: `PAR${String(Date.now()).slice(-8)}`,
        relationship: 'self',
      },
    ],
    prescription: {
      drugName: 'Gamunex-C (immune globulin)',
      doseValue: 30,
      doseUnit: 'g',
      route: 'IV',
      frequency: 'every 4 weeks',
      durationDays: 84,
      accessDevice: 'PIV',
      administrationMethod: 'electronic-pump',
      startDate: isoDay(5),
    },
    diagnoses: [
      { code: 'D83.9', isPrimary: true, description: 'Common variable immunodeficiency' },
    ],
    allergies: [{ substance: 'No known drug allergies' }],
    prescriber: {
      npi: '1234567893',
      givenName: 'Priya',
      familyName: 'Raman',
      practiceName: 'Lakeview Immunology & Infectious Disease',
      phone: '(312) 555-0190',
      fax: '(312) 555-0191',
    },
    clinical: {
      labs: [{ name: 'IgG trough', value: '290 mg/dL', date: isoDay(-6) }],
      tipPlacementConfirmed: false,
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

/** A signed-in page for a role, in its own browser context (its own session). */
async function pageAs(browser: Browser, testInfo: TestInfo, role: string): Promise<Page> {
  const { baseURL } = testInfo.project.use;
  const context = await browser.newContext(baseURL ? { baseURL } : {});
  const page = await context.newPage();
  await signIn(page, role);
  return page;
}

async function moveTo(page: Page, stage: string) {
  await page.getByRole('button', { name: `Move to ${stage}` }).click();
  await expect(page.getByTestId('current-stage')).toHaveText(`Now: ${stage}`);
}

const requirement = (page: Page, key: string) => page.locator(`tr[data-key="${key}"]`).first();

test('an IVIG admission goes from intake through eligibility, routing, 278 approvals and the acknowledged estimate to financial review', async ({
  browser,
  request,
}, testInfo) => {
  test.setTimeout(6 * 60_000);
  const family = `Lin${uniqueLetters()}`;
  const patient = `${family}, Hui`;
  const csrf = await signInApi(request, 'intake');
  const plan = await medicareAdvantagePlan(request);
  const admissionId = await fileReferral(request, csrf, family, plan);
  const admissionUrl = `/admissions/${admissionId}`;

  // Intake accepts the referral; the information is complete.
  const intake = await pageAs(browser, testInfo, 'intake');
  await intake.goto(admissionUrl);
  await expect(intake.getByRole('heading', { level: 1 })).toHaveText(`Admission: ${patient}`);
  await intake.getByRole('button', { name: 'Accept referral' }).click();
  await expect(intake.getByTestId('referral-answer')).toHaveText('Referral accepted');
  await moveTo(intake, 'Information complete');

  // Reimbursement: "Benefits verified" is refused until the coverage is checked.
  const reimbursement = await pageAs(browser, testInfo, 'reimbursement');
  await reimbursement.goto(admissionUrl);
  await reimbursement.getByRole('button', { name: 'Move to Benefits verified' }).click();
  await expect(reimbursement.getByTestId('advance-refused')).toContainText(
    'Active coverage verified',
  );

  // The coverage panel on the admission page: link the directory plan, run the 270/271.
  const coverage = reimbursement.getByTestId('admission-coverage-panel');
  await expect(coverage.getByTestId('coverage-plan')).toHaveText('not linked yet');
  await coverage.getByRole('button', { name: 'Link a plan' }).click();
  await coverage.getByRole('button', { name: `Link ${plan.planName}` }).click();
  await expect(coverage.getByTestId('coverage-plan')).toContainText(plan.planName);
  await coverage.getByRole('button', { name: 'Check eligibility' }).click();
  await expect(coverage.getByTestId('check-status')).toHaveText('Active');
  const homeHealth = coverage
    .getByTestId('benefits-table')
    .locator('tr[data-service-type="42"][data-network="in"]');
  await expect(homeHealth).toContainText('20%');
  await expect(homeHealth).toContainText('Required');
  await expect(requirement(reimbursement, 'active-coverage-verified')).toHaveAttribute(
    'data-met',
    'true',
  );
  await moveTo(reimbursement, 'Benefits verified');

  // The benefit routing of a Medicare Advantage plan: drug per unit, per diem, nursing visits.
  const routing = reimbursement.getByTestId('benefit-routing');
  await expect(routing).toContainText('Commercial and Medicare Advantage');
  await expect(routing.getByTestId('routing-drug')).toContainText('J1561');
  await expect(routing.getByTestId('routing-professional-services')).toContainText('99601');
  await expectAccessible(reimbursement, 'admission page with coverage, routing and estimate');

  // Prior authorization: drafts from the therapy plan, each sent as an X12 278 and certified.
  await reimbursement.getByRole('button', { name: 'Move to Authorized' }).click();
  await expect(reimbursement.getByTestId('advance-refused')).toContainText(
    'Authorization obtained or not required',
  );
  const authorizations = reimbursement.locator('#authorizations');
  await authorizations.getByRole('button', { name: 'Propose from therapy plan' }).click();
  await expect(authorizations.getByTestId('propose-result')).toContainText(
    /\d+ drafts? created from the therapy plan\./,
  );
  const rows = authorizations.getByTestId('authorization-row');
  const drafts = await rows.count();
  expect(drafts).toBeGreaterThan(1);
  const submitButtons = authorizations.getByRole('button', { name: /^Submit .+ via 278$/ });
  for (let sent = 0; sent < drafts; sent += 1) {
    await submitButtons.first().click();
    await expect(authorizations.getByTestId('payer-answer')).toContainText('Certified in total');
    await expect(submitButtons).toHaveCount(drafts - sent - 1);
  }
  const drug = rows.filter({ hasText: 'J1561' });
  await expect(drug).toContainText('Approved');
  await expect(drug.getByTestId('certification-number')).toHaveText(/^SIM[0-9A-Z]+$/);
  await reimbursement.reload();
  await expect(requirement(reimbursement, 'authorization-decided')).toHaveAttribute(
    'data-met',
    'true',
  );
  await expect(requirement(reimbursement, 'authorization-decided')).toContainText(
    'From its module',
  );
  await moveTo(reimbursement, 'Authorized');

  // The pharmacist's assessment (a later issue's module; recorded on the admission page).
  const pharmacist = await pageAs(browser, testInfo, 'pharmacist');
  await pharmacist.goto(admissionUrl);
  await pharmacist.getByRole('button', { name: 'Record: Pharmacist assessment complete' }).click();
  const dialog = pharmacist.getByRole('dialog', {
    name: 'Record: Pharmacist assessment complete',
  });
  await dialog.getByLabel('Note').fill('Dose 0.5 g/kg checked against weight; no interactions');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await moveTo(pharmacist, 'Pharmacist assessment done');

  // The estimate: priced from the verified benefits, presented, acknowledged at the review.
  await reimbursement.reload();
  const financial = reimbursement.getByTestId('financial-panel');
  await financial.getByTestId('new-estimate').click();
  const form = reimbursement.getByRole('dialog', { name: 'Therapy plan for the estimate' });
  await form.getByTestId('estimate-submit').click();
  await expect(form).toBeHidden();
  const view = financial.getByTestId('estimate-view');
  await expect(view.getByTestId('estimate-status')).toHaveText('Draft');
  await expect(view.getByTestId('estimate-totals')).toContainText('Patient pays');
  await view.getByTestId('present-estimate').click();
  await expect(view.getByTestId('estimate-status')).toHaveText('Presented');
  const acknowledgement = view.getByTestId('estimate-acknowledgement');
  await expect(acknowledgement).toContainText('has not acknowledged this version yet');
  await acknowledgement
    .getByLabel('How did the patient confirm?')
    .fill('Reviewed line by line with Mrs Lin at the kitchen table; she agreed to it');
  await acknowledgement.getByTestId('record-on-behalf').click();
  await expect(view.getByTestId('estimate-status')).toHaveText('Acknowledged');
  await expect(acknowledgement).toContainText('acknowledged version 1');
  await expect(requirement(reimbursement, 'financial-review-acknowledged')).toHaveAttribute(
    'data-met',
    'true',
  );
  await moveTo(reimbursement, 'Financial review acknowledged');

  // The journey shows both stages passed, in order, on the timeline.
  const timeline = reimbursement.getByTestId('admission-timeline');
  await expect(timeline).toContainText('Moved from "Benefits verified" to "Authorized"');
  await expect(timeline).toContainText(
    'Moved from "Pharmacist assessment done" to "Financial review acknowledged"',
  );
  await expect(reimbursement.locator('[aria-current="step"]')).toContainText(
    'Financial review acknowledged',
  );
  await expectAccessible(reimbursement, 'admission at financial review acknowledged');
});
