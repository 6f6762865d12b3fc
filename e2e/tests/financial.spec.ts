// Issue 4 "What the patient will owe", from both seats: reimbursement verifies Mei Chen's Medicare
// coverage (payer simulator), sees the Medicare benefit routing for her home IVIG, creates the
// estimate (demo pricing) and presents it; Mei signs in, reads it in Simplified Chinese and
// acknowledges it; reimbursement sees the acknowledgement of that version. axe on each view.
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from '../support/accessibility.ts';
import { signIn } from '../support/sign-in.ts';
import { callApi } from '../support/test-data.ts';

/** Mei Chen's admission, opened from the reimbursement work queue. */
async function meiChensAdmission(page: Page): Promise<string> {
  await page.getByTestId('nav-workQueue').click();
  await page.getByRole('link', { name: 'Chen, Mei' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Admission:');
  const id = /\/admissions\/([0-9a-f-]{36})/.exec(page.url())?.[1];
  if (!id) throw new Error('no admission id in the URL');
  return id;
}

/** The coverage module's eligibility check (X12 270/271 through the payer simulator). */
async function verifyCoverage(page: Page, admissionId: string) {
  const listed = await callApi(page, 'GET', `/api/admissions/${admissionId}/coverages`);
  const [coverage] = (listed?.coverages ?? []) as { id: string }[];
  if (!coverage) throw new Error('Mei Chen has no coverage');
  const check = await callApi(page, 'POST', `/api/coverages/${coverage.id}/eligibility-checks`, {
    admissionId,
  });
  expect(check?.status).toBe('active');
}

test('reimbursement estimates and presents Mei Chen’s IVIG; she reviews it in Chinese and acknowledges it', async ({
  page,
  browser,
  baseURL,
}) => {
  await signIn(page, 'reimbursement');
  const admissionId = await meiChensAdmission(page);
  await verifyCoverage(page, admissionId);

  await page.goto(`/financial/admissions/${admissionId}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Financial review: Mei Chen');
  const drug = page.getByTestId('routing-drug');
  await expect(drug).toContainText('Part B IVIG in the home');
  await expect(drug).toContainText('J1561');
  await expect(drug).toContainText('IVIG for primary immune deficiency (D83.9) is covered at home');
  await expect(page.getByTestId('routing-professional-services')).toContainText('Q2052');
  await expect(page.getByTestId('benefit-routing')).toContainText('✅ Verified');

  await page.getByTestId('new-estimate').click();
  const form = page.getByRole('dialog', { name: 'Therapy plan for the estimate' });
  await expect(form.getByLabel('Days of therapy')).toBeVisible();
  await form.getByTestId('estimate-submit').click();
  await expect(form).toBeHidden();
  const view = page.getByTestId('estimate-view');
  await expect(view.getByTestId('estimate-status')).toHaveText('Draft');
  await expect(view.getByTestId('demo-pricing')).toContainText('Demo pricing');
  await expect(view.getByTestId('estimate-totals')).toContainText('Patient pays');
  await expect(view.locator('[data-testid^="estimate-month-"]').first()).toContainText(
    'Part B IVIG in the home',
  );
  await expect(view.getByTestId('estimate-assumptions')).toContainText(
    'default schedule for this therapy',
  );
  await expectAccessible(page, 'financial review with a draft estimate');

  await view.getByTestId('present-estimate').click();
  await expect(view.getByTestId('estimate-status')).toHaveText('Presented');
  await expect(view.getByTestId('estimate-acknowledgement')).toContainText(
    'has not acknowledged this version yet',
  );
  const overview = await callApi(page, 'GET', '/api/estimates/awaiting-acknowledgement');
  expect(JSON.stringify(overview)).toContain(admissionId);

  const patientContext = await browser.newContext(baseURL ? { baseURL } : {});
  const patient = await patientContext.newPage();
  await signIn(patient, 'patient');
  await patient.getByTestId('nav-myCare').click();
  const estimate = patient.getByTestId('my-estimate');
  await expect(estimate).toHaveAttribute('lang', 'zh-CN');
  await expect(estimate).toContainText('Mei Chen的Gamunex-C (immune globulin)治疗');
  await expect(estimate).toContainText('整个治疗期间');
  await expect(estimate).toContainText('您的药物');
  await expect(estimate).toContainText('演示价格');
  await expectAccessible(patient, 'patient estimate in Chinese');
  await estimate.getByLabel('我已查看此估算').check();
  await estimate.getByTestId('my-acknowledge').click();
  await expect(estimate.getByTestId('my-acknowledged')).toContainText('您已于');
  await expectAccessible(patient, 'patient estimate acknowledged');
  await estimate.getByTestId('my-estimate-language').getByText('English').click();
  await expect(estimate).toContainText('For the whole therapy');
  await patientContext.close();

  await page.reload();
  await expect(page.getByTestId('estimate-status')).toHaveText('Acknowledged');
  await expect(page.getByTestId('estimate-acknowledgement')).toContainText(
    'The patient (Mei Chen) acknowledged version 1',
  );
  await expect(page.getByTestId('estimate-acknowledgement')).toContainText('Simplified Chinese');
  const admission = await callApi(page, 'GET', `/api/admissions/${admissionId}`);
  const preconditions = (admission?.preconditions ?? []) as { key: string; met: boolean }[];
  expect(preconditions.find((p) => p.key === 'financial-review-acknowledged')?.met).toBe(true);
});
