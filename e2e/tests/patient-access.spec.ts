import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/accessibility.ts';
import { signIn, signInApi } from '../support/sign-in.ts';

test('a patient sees her own record but is refused another patient’s address', async ({
  page,
  request,
}) => {
  // Find another patient's id as staff would see it.
  await signInApi(request, 'intake');
  const list = (await (await request.get('/api/patients?search=Brown')).json()) as {
    items: { id: string; familyName: string }[];
  };
  const other = list.items.find((p) => p.familyName === 'Brown');
  expect(other).toBeDefined();

  await signIn(page, 'patient');
  await page.getByTestId('nav-myCare').click();
  await page.getByRole('link', { name: 'Open the record of Mei Chen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Chen, Mei');
  await expectAccessible(page, 'patient record');

  await page.goto(`/patients/${other?.id ?? ''}`);
  await expect(page.getByTestId('patient-not-available')).toHaveText(
    'This patient was not found, or you do not have access to their record.',
  );
  await expect(page.getByText('Brown')).toHaveCount(0);
  await expectAccessible(page, 'refused record');
});

test('staff find a patient by name and open the chart', async ({ page }) => {
  await signIn(page, 'intake');
  await page.getByTestId('nav-patients').click();
  await page.getByLabel('Search patients').fill('Chen');
  await expect(page.getByRole('link', { name: 'Chen, Mei' })).toBeVisible();
  await expectAccessible(page, 'patient list');
  await page.getByRole('link', { name: 'Chen, Mei' }).click();
  await expect(page.getByText('DEMO0000001')).toBeVisible();
});
