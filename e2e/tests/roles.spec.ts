import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/accessibility.ts';
import { signIn } from '../support/sign-in.ts';

// What each demo user must see in the navigation: their own work areas, nothing else.
const EXPECTED_AREAS: Record<string, string[]> = {
  admin: ['home', 'dashboard', 'users', 'audit', 'assistanceSettings'],
  intake: ['home', 'patients', 'workQueue', 'intakeQueue', 'inquiries', 'dashboard'],
  reimbursement: ['home', 'patients', 'workQueue', 'coverage', 'dashboard'],
  pharmacist: ['home', 'patients', 'workQueue', 'pharmacy', 'deliveries', 'dashboard'],
  nurse: ['home', 'patients', 'workQueue', 'visits'],
  scheduler: ['home', 'patients', 'workQueue', 'scheduling', 'deliveries', 'dashboard'],
  billing: ['home', 'patients', 'workQueue', 'billing', 'dashboard'],
  lead: ['home', 'patients', 'workQueue', 'intakeQueue', 'inquiries', 'coverage', 'dashboard'],
  physician: ['home', 'patients', 'myReferrals'],
  patient: ['home', 'myCare', 'myBills'],
  caregiver: ['home', 'myCare', 'myBills'],
};

for (const [username, areas] of Object.entries(EXPECTED_AREAS)) {
  test(`${username} signs in and sees exactly their work areas`, async ({ page }) => {
    await signIn(page, username);
    const nav = page.getByRole('navigation');
    const shown = await nav
      .locator('[data-testid^="nav-"]')
      .evaluateAll((links) => links.map((l) => l.getAttribute('data-testid')?.replace('nav-', '')));
    expect(shown).toEqual(areas);
    await expectAccessible(page, `${username} home`);
  });
}

test('an area not built yet says what will live there', async ({ page }) => {
  await signIn(page, 'scheduler');
  await page.getByTestId('nav-scheduling').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Scheduling' })).toBeVisible();
  await expect(page.getByTestId('area-placeholder')).toContainText('route optimisation');
  await expectAccessible(page, 'scheduling placeholder');
});

test('the login page and the second-factor step are accessible', async ({ page }) => {
  await page.goto('/');
  await expectAccessible(page, 'login');
  await page.getByLabel('Username').fill('pharmacist');
  await page.getByLabel(/^Password/).fill('Infusio-Demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Two-step verification' })).toBeVisible();
  await expectAccessible(page, 'second factor');
});

test('a wrong password gets a clear message that does not say which part was wrong', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByLabel('Username').fill('billing');
  await page.getByLabel(/^Password/).fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('The username or password is incorrect.');
});
