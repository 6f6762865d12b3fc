import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/accessibility.ts';
import { signIn } from '../support/sign-in.ts';

test('the patient sees where her therapy stands and what happens next, in Simplified Chinese too', async ({
  page,
}) => {
  await signIn(page, 'patient');
  await page.getByTestId('nav-myCare').click();
  const journey = page.getByTestId('my-journey');
  await expect(journey).toContainText('Gamunex-C (immune globulin) for Mei Chen');
  await expect(journey).toContainText('We are asking your insurance to approve your therapy.');
  await expectAccessible(page, 'patient journey');
  // The page's own language switch (an estimate on this page has a switch of its own).
  await page
    .getByRole('radiogroup', { name: 'Language', exact: true })
    .getByText('简体中文')
    .click();
  await expect(journey).toContainText('我们正在请求您的保险公司批准您的治疗。');
  await expect(page.getByText('准备好您的基本信息,包括家庭住址、出生日期和保险卡。')).toBeVisible();
  await expectAccessible(page, 'patient journey in Chinese');
  // Back to English: the choice is kept for the user, and later tests expect English.
  await page.getByRole('radiogroup', { name: '语言', exact: true }).getByText('English').click();
  await expect(journey).toContainText('We are asking your insurance to approve your therapy.');
});

test('the referring physician sees only the referrals she sent and what her office still owes', async ({
  page,
}) => {
  await signIn(page, 'physician');
  await page.getByTestId('nav-myReferrals').click();
  const rows = page.getByTestId('my-referral');
  await expect(rows.first()).toBeVisible();
  await expect(page.getByRole('table')).toContainText('Mei Chen');
  await expect(page.getByRole('table')).toContainText('Recent renal labs (creatinine or BMP)');
  await expectAccessible(page, 'physician referrals');
});
