import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/accessibility.ts';
import { signIn, signInApi } from '../support/sign-in.ts';

test('an administrator searches the trail and runs the tamper check with a progress bar', async ({
  page,
  request,
}) => {
  // Something to find: the pharmacist opens the patient list.
  await signInApi(request, 'pharmacist');
  expect((await request.get('/api/patients')).status()).toBe(200);

  await signIn(page, 'admin');
  await page.getByTestId('nav-audit').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit trail' })).toBeVisible();
  await page.getByLabel('Username').fill('pharmacist');
  await page.getByRole('button', { name: 'Search' }).click();
  const readRow = page
    .getByRole('row')
    .filter({ hasText: 'pharmacist' })
    .filter({ hasText: 'read' })
    .first();
  await expect(readRow).toContainText('patient');
  await expect(readRow).toContainText('Allowed');
  await expectAccessible(page, 'audit trail');
  await page.getByRole('button', { name: 'Check the trail' }).click();
  await expect(page.getByTestId('audit-verify-ok')).toContainText('The trail is intact');
});
