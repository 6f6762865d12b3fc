// Issue 3's second channel from the coordinator's seat: a FHIR R4 Bundle imported through the UI
// becomes a referral in the intake queue; a broken one comes back as an OperationOutcome naming
// each element. The dashboard counts the imported referral.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from '../support/accessibility.ts';
import { signIn } from '../support/sign-in.ts';

const FIXTURE = join(
  import.meta.dirname,
  '../../packages/domain/src/fhir/fixtures/vancomycin-picc-discharge.bundle.json',
);
/** The day the fixture's referral was written (Bundle.timestamp). */
const FIXTURE_DAY = '2024-06-10';

interface Resource {
  resourceType: string;
  [key: string]: unknown;
}
interface Bundle {
  entry: { resource: Resource }[];
}

function shiftDates(text: string, days: number): string {
  return text.replace(/\b(\d{4})-(\d{2})-(\d{2})(?=T|")/g, (date) => {
    const shifted = new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000);
    return shifted.toISOString().slice(0, 10);
  });
}

function resourceOf(bundle: Bundle, type: string): Resource {
  const found = bundle.entry.find((e) => e.resource.resourceType === type);
  if (!found) throw new Error(`the fixture has no ${type}`);
  return found.resource;
}

/** The fixture moved to today (the server refuses a start date over 30 days past), with a new patient. */
function currentBundle(family: string): Bundle {
  const days = Math.round(
    (Date.parse(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`) -
      Date.parse(`${FIXTURE_DAY}T00:00:00Z`)) /
      86_400_000,
  );
  const bundle = JSON.parse(shiftDates(readFileSync(FIXTURE, 'utf8'), days)) as Bundle;
  const patient = resourceOf(bundle, 'Patient') as Resource & {
    name: { use?: string; family?: string }[];
  };
  for (const name of patient.name) if (name.use === 'official') name.family = family;
  const coverage = resourceOf(bundle, 'Coverage') as Resource & {
    subscriberId?: string;
    identifier?: { value?: string }[];
  };
  const memberId = `XJH${String(Date.now()).slice(-9)}`;
  coverage.subscriberId = memberId;
  for (const identifier of coverage.identifier ?? []) identifier.value = memberId;
  return bundle;
}

async function importFile(page: Page, path: string) {
  await page.getByLabel('FHIR bundle (.json)').setInputFiles(path);
  await page.getByRole('button', { name: 'Import' }).click();
}

async function referralsReceived(page: Page): Promise<number> {
  await page.getByTestId('nav-dashboard').click();
  const range = page.getByTestId('dashboard-range');
  await expect(range).toBeVisible();
  return Number(/^(\d+)/.exec(await range.innerText())?.[1] ?? NaN);
}

test('the coordinator imports a FHIR bundle into the intake queue and sees a broken one explained', async ({
  page,
}, testInfo) => {
  const family = `Whitfield${String(Date.now())
    .slice(-5)
    .replace(/\d/g, (d) => 'abcdefghij'[Number(d)] ?? 'x')}`;
  await signIn(page, 'intake');
  const receivedBefore = await referralsReceived(page);

  await page.getByTestId('nav-intakeQueue').click();
  await page.getByRole('link', { name: 'Import FHIR bundle' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import a FHIR bundle' })).toBeVisible();
  await expectAccessible(page, 'FHIR import page');

  // The fixture as written (June 2024) is refused, and the outcome says which element and why.
  await importFile(page, FIXTURE);
  const refusedAsWritten = page.getByTestId('fhir-rejected');
  await expect(refusedAsWritten).toContainText('The start date is more than 30 days in the past.');
  await expect(refusedAsWritten).toContainText('ReferralDraft/prescription/startDate');

  // Moved to today, it becomes a referral and its admission.
  const current = testInfo.outputPath('vancomycin-today.bundle.json');
  writeFileSync(current, JSON.stringify(currentBundle(family), null, 2));
  await importFile(page, current);
  const accepted = page.getByTestId('fhir-accepted');
  await expect(accepted).toContainText('Referral created');
  await expect(accepted.getByRole('link', { name: 'Open the admission' })).toBeVisible();
  await expectAccessible(page, 'FHIR import accepted');

  // It waits in the intake queue for an answer to its source, against the response clock.
  await page.getByTestId('nav-intakeQueue').click();
  const row = page.getByTestId('unanswered-referrals').getByRole('row').filter({ hasText: family });
  await expect(row).toContainText('Anti-infective — Vancomycin');
  await expect(row.locator('[data-clock]')).toHaveAttribute('data-clock', /on-track|due-soon/);
  await row.getByRole('link', { name: /^Open the referral of/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(family);
  await expect(page.getByTestId('referral-status')).toHaveText('Received');
  await expect(page.getByText('FHIR (EHR)').first()).toBeVisible();

  // The same bundle again: the patient now has a chart, so the referral waits for a coordinator
  // to choose it, and the admission starts on that chart.
  await page.getByTestId('nav-intakeQueue').click();
  await page.getByRole('link', { name: 'Import FHIR bundle' }).click();
  await importFile(page, current);
  await expect(page.getByTestId('fhir-accepted')).toContainText(
    'Referral received; it waits for a chart match',
  );
  await page.getByTestId('nav-intakeQueue').click();
  await page
    .getByTestId('awaiting-match')
    .getByRole('link', { name: new RegExp(family) })
    .click();
  await expect(page.getByTestId('referral-status')).toHaveText('Waiting for a chart match');
  await expectAccessible(page, 'referral awaiting a chart match');
  await page
    .getByTestId('match-candidate')
    .filter({ hasText: family })
    .getByRole('button', { name: /^Add to the chart of/ })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Admission: ${family}`);

  // A broken bundle: every problem with the element it concerns.
  const broken = currentBundle(`${family}x`);
  const patient = resourceOf(broken, 'Patient');
  delete patient.birthDate;
  patient.gender = 'woman';
  const brokenPath = testInfo.outputPath('broken.bundle.json');
  writeFileSync(brokenPath, JSON.stringify(broken));
  await page.getByTestId('nav-intakeQueue').click();
  await page.getByRole('link', { name: 'Import FHIR bundle' }).click();
  await importFile(page, brokenPath);
  const rejected = page.getByTestId('fhir-rejected');
  await expect(rejected).toContainText('The bundle was not accepted');
  const issues = rejected.getByRole('list', { name: 'Issues reported by the server' });
  await expect(
    issues.getByRole('listitem').filter({ hasText: 'Bundle.entry[0].resource.gender' }),
  ).toContainText('Error');
  await expect(
    issues.getByRole('listitem').filter({ hasText: 'Bundle.entry[0].resource.birthDate' }),
  ).toContainText('The Patient has no birthDate');
  await expectAccessible(page, 'FHIR import rejected');

  // The dashboard counts both imported referrals (the refused bundles are not referrals).
  expect(await referralsReceived(page)).toBe(receivedBefore + 2);
});
