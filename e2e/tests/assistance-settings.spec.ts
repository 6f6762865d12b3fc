// Issue 4 "Financial assistance", the administrator's seat: the sliding scale is our policy choice,
// edited on the settings page. A refused tier is explained beside its field; the saved policy is
// shown on the page and in the assistance section reimbursement staff use. The default tiers are
// put back at the end, since the browser tests share one server.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAccessible } from '../support/accessibility.ts';
import { signIn } from '../support/sign-in.ts';

const tier = (form: Locator, n: number) => form.getByRole('group', { name: `Tier ${String(n)}` });
const discountOf = (form: Locator, n: number) => tier(form, n).getByLabel('Discount (%)');

async function openSettings(page: Page) {
  await page.getByTestId('nav-assistanceSettings').click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Financial assistance settings' }),
  ).toBeVisible();
}

/** The row of the tier "up to <percent>%" in the table of the policy in use. */
const tierInUse = (page: Page, percent: number) =>
  page
    .getByTestId('sliding-scale-in-use')
    .getByRole('row', { name: new RegExp(`Up to ${String(percent)}%`) });

test('an administrator changes a sliding-scale tier, a refused value is explained beside it, and the saved policy is in use', async ({
  page,
  browser,
}) => {
  await signIn(page, 'admin');
  await openSettings(page);
  await expect(page.getByText('A policy choice, not a standard')).toBeVisible();
  await expect(page.getByTestId('sliding-scale-in-use')).toContainText('Default sliding scale');
  await expect(tierInUse(page, 300)).toContainText('50%');
  await expect(page.getByTestId('guideline-2025-contiguous')).toBeVisible();
  await expectAccessible(page, 'financial assistance settings');

  const form = page.getByTestId('sliding-scale-form');
  await form.getByLabel('Policy name').fill('Browser test sliding scale');
  await form
    .getByLabel('Who decided it')
    .fill('Browser test, standing in for the finance committee');
  // More off for 201–300% than for 101–200% (75%): the server refuses it at /tiers/2/discountRate.
  await discountOf(form, 3).fill('80');
  await form.getByRole('button', { name: 'Save the sliding scale' }).click();
  await expect(discountOf(form, 3)).toHaveAttribute('aria-invalid', 'true');
  await expect(discountOf(form, 3)).toHaveAccessibleDescription(
    /A higher income cannot get a larger discount than the tier before/,
  );
  await expect(discountOf(form, 2)).not.toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByRole('alert')).toContainText('cannot be used');
  await expectAccessible(page, 'sliding scale with a refused tier');

  // Fixed from the keyboard: focus the field, replace the value, submit with Enter.
  await discountOf(form, 3).focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('40');
  await page.keyboard.press('Enter');
  await expect(form.getByTestId('sliding-scale-saved')).toContainText('version 1');
  await expect(discountOf(form, 3)).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('sliding-scale-name')).toHaveText('Browser test sliding scale');
  await expect(tierInUse(page, 300)).toContainText('40%');

  // Reimbursement sees the policy in use beside the screening.
  const staff = await browser.newContext();
  const reimbursement = await staff.newPage();
  await signIn(reimbursement, 'reimbursement');
  await reimbursement.getByTestId('nav-workQueue').click();
  await reimbursement.getByRole('link', { name: 'Chen, Mei' }).first().click();
  const id = /\/admissions\/([0-9a-f-]{36})/.exec(reimbursement.url())?.[1];
  if (!id) throw new Error('no admission id in the URL');
  await reimbursement.goto(`/financial/admissions/${id}`);
  await reimbursement
    .getByRole('button', { name: 'Sliding scale and poverty guidelines in use' })
    .click();
  await expect(reimbursement.getByTestId('sliding-scale-name')).toHaveText(
    'Browser test sliding scale',
  );
  await expect(tierInUse(reimbursement, 300)).toContainText('40%');
  await expectAccessible(reimbursement, 'assistance section with the policy in use');
  await staff.close();

  // Put the default tiers back for the tests that follow.
  await form.getByRole('button', { name: 'Fill in the default tiers' }).click();
  await expect(discountOf(form, 3)).toHaveValue('50');
  await form.getByRole('button', { name: 'Save the sliding scale' }).click();
  await expect(form.getByTestId('sliding-scale-saved')).toContainText('version 2');
  await expect(tierInUse(page, 300)).toContainText('50%');

  // A new guideline year without its source is refused beside that row's field; nothing is stored.
  const guidelines = page.getByTestId('poverty-guidelines-form');
  await guidelines.getByRole('button', { name: 'Add a year' }).click();
  const added = guidelines.getByRole('group', { name: '2026, 48 states and DC' });
  await expect(added.getByLabel('Year')).toHaveValue('2026');
  await guidelines.getByRole('button', { name: 'Save the poverty guidelines' }).click();
  await expect(added.getByLabel('Source')).toHaveAttribute('aria-invalid', 'true');
  await expect(added.getByLabel('Source')).toHaveAccessibleDescription('Too short.');
  await expectAccessible(page, 'poverty guidelines with a refused row');
  await added.getByRole('button', { name: 'Remove 2026, 48 states and DC' }).click();
  await expect(added).toBeHidden();
});
