import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/accessibility.ts';
import { signIn } from '../support/sign-in.ts';

test('the language switch changes the page to Simplified Chinese and is kept for the user', async ({
  page,
  context,
}) => {
  await signIn(page, 'caregiver');
  await expect(page.getByTestId('nav-myCare')).toHaveText('My care');
  await page.getByText('简体中文').click();
  await expect(page.getByTestId('nav-myCare')).toHaveText('我的护理');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.getByTestId('nav-myCare').click();
  await expect(page.getByText('准备好您的基本信息,包括家庭住址、出生日期和保险卡。')).toBeVisible();
  await expectAccessible(page, 'my care in Chinese');

  // Kept per user: a new browser (no local storage) signs in and gets Chinese from the account.
  await context.clearCookies();
  await page.evaluate(() => {
    localStorage.clear();
  });
  await signIn(page, 'caregiver');
  await expect(page.getByTestId('nav-myCare')).toHaveText('我的护理');
  await page.getByText('English').click();
  await expect(page.getByTestId('nav-myCare')).toHaveText('My care');
});
