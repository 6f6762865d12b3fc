import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from '../support/accessibility.ts';
import { signIn } from '../support/sign-in.ts';

/** Opens the demo patient Mei Chen's chart from the patient list, as staff. */
async function openMeiAsStaff(page: Page): Promise<void> {
  await page.getByTestId('nav-patients').click();
  await page.getByLabel('Search patients').fill('Chen');
  await page.getByRole('link', { name: 'Chen, Mei' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Chen, Mei');
}

test('an intake coordinator edits the phone, adds an allergy and a caregiver, and sees it all in History', async ({
  page,
}) => {
  // Unique per run so the assertions cannot match an earlier run's rows.
  const stamp = String(Date.now()).slice(-4);
  const phone = `(312) 555-${stamp}`;
  const substance = `Latex ${stamp}`;
  const caregiver = `Wei Chen ${stamp}`;

  await signIn(page, 'intake');
  await openMeiAsStaff(page);
  await expect(page.getByTestId('allergy-banner')).toBeVisible();
  await expectAccessible(page, 'patient chart overview');

  // Demographics: the API's field error shows beside the field, then a valid number saves.
  await page.getByRole('button', { name: 'Edit demographics' }).click();
  const mobile = page.getByLabel('Mobile phone');
  await mobile.fill('555-01');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Enter a 10-digit phone number with area code.')).toBeVisible();
  await expect(mobile).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'demographics form with an error');
  await mobile.fill(phone.replace(/\D/g, ''));
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('button', { name: 'Edit demographics' })).toBeVisible();
  await expect(page.getByText(phone)).toBeVisible();

  // Allergies: keyboard to the tab (arrow keys move along the tab list).
  await page.getByRole('tab', { name: 'Overview' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: /^Allergies/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Add allergy' }).click();
  await page.getByLabel(/^Substance/).fill(substance);
  await page.getByLabel('Reaction').fill('Hives');
  await page.getByLabel('Severity').selectOption('severe');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('rowheader', { name: substance })).toBeVisible();
  await expect(page.getByTestId('allergy-banner')).toContainText(substance);

  // Caregivers: relationship and permissions, shown as badges.
  await page.getByRole('tab', { name: 'Caregivers' }).click();
  await page.getByRole('button', { name: 'Add caregiver' }).click();
  await page.getByLabel(/^Name/).fill(caregiver);
  await page.getByLabel('Relationship').selectOption('son');
  await page.getByLabel('Sees the schedule').check();
  await page.getByLabel('Sends messages').check();
  await expectAccessible(page, 'caregiver form');
  await page.getByRole('button', { name: 'Save' }).click();
  const row = page.getByRole('row').filter({ hasText: caregiver });
  await expect(row).toContainText('Son');
  await expect(row).toContainText('Sees the schedule');
  await expect(row).toContainText('Sends messages');

  // History: who changed what, and when.
  await page.getByRole('tab', { name: 'History' }).click();
  const history = page.getByRole('table', { name: 'Every change to this chart, newest first' });
  const phoneRow = history.getByRole('row').filter({ hasText: 'Mobile phone' }).first();
  await expect(phoneRow).toContainText('Irene Ortiz (intake coordinator)');
  await expect(phoneRow).toContainText(phone);
  await expect(history.getByRole('row').filter({ hasText: substance }).first()).toContainText(
    'Irene Ortiz (intake coordinator)',
  );
  await expect(history.getByRole('row').filter({ hasText: caregiver }).first()).toContainText(
    'Irene Ortiz (intake coordinator)',
  );
  await expectAccessible(page, 'chart history');
});

test('the caregiver Grace Chen sees the sections of Mei’s chart her permissions allow, read-only', async ({
  page,
}) => {
  await signIn(page, 'caregiver');
  // Her patients as the API lists them to her (the browser's own session): Mei is the only one.
  const mine = (await (await page.request.get('/api/patients')).json()) as {
    items: { id: string; givenName: string; familyName: string }[];
  };
  expect(mine.items.map((p) => `${p.givenName} ${p.familyName}`)).toEqual(['Mei Chen']);
  await page.goto(`/patients/${mine.items[0]?.id ?? ''}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Chen, Mei');

  // Grace may view the schedule, clinical information and bills: allergies and insurance show.
  await expect(page.getByTestId('allergy-banner')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Insurance' })).toBeVisible();
  const tabs = page.getByRole('tablist', { name: 'Chart sections' });
  for (const name of [
    'Overview',
    'Contacts',
    /^Allergies/,
    'Diagnoses',
    'Medications',
    'Admissions',
    'History',
  ])
    await expect(tabs.getByRole('tab', { name })).toBeVisible();
  // Other caregivers and the document store are not hers to see.
  await expect(tabs.getByRole('tab', { name: 'Caregivers' })).toHaveCount(0);
  await expect(tabs.getByRole('tab', { name: 'Documents' })).toHaveCount(0);
  // She reads, she does not edit.
  await expect(page.getByRole('button', { name: 'Edit demographics' })).toHaveCount(0);
  await tabs.getByRole('tab', { name: /^Allergies/ }).click();
  await expect(page.getByRole('button', { name: 'Add allergy' })).toHaveCount(0);
  await expectAccessible(page, 'caregiver’s view of the chart');
});
