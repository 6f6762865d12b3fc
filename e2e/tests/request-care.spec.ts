import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/accessibility.ts';
import { signIn } from '../support/sign-in.ts';

test('a family asks for care in Simplified Chinese and the intake coordinator calls them back', async ({
  page,
}) => {
  const patientName = `陈美${String(Date.now() % 100000)}`;

  // The public form: no sign-in, switched to Simplified Chinese.
  await page.goto('/request-care');
  await page.getByText('简体中文').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('申请居家输液护理');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const honeypot = page.locator('input[name="website"]');
  await expect(honeypot).toHaveAttribute('tabindex', '-1');
  await expect(honeypot).toHaveAttribute('autocomplete', 'off');
  await expect(page.locator('[aria-hidden="true"]:has(input[name="website"])')).toHaveCount(1);
  await expectAccessible(page, 'request-care form in Chinese');

  // A mistake is caught in the browser, named on the field.
  await page.getByLabel('您的姓名').fill('陈丽');
  await page.getByLabel('需要护理的人的姓名').fill(patientName);
  await page.getByLabel('电话号码').fill('555-0142');
  await page.getByRole('button', { name: '提交申请' }).click();
  await expect(page.getByText('请输入 10 位美国电话号码，例如 (773) 555-0142。')).toBeVisible();

  await page.getByLabel('电话号码').fill('(773) 555-0142');
  await page.getByLabel('需要护理地点的邮政编码').fill('60625');
  await page.getByLabel('需要什么护理？').fill('出院后的静脉抗生素治疗，每天一次');
  await page.getByLabel('开处方的医生').fill('Dr. Reyes');
  await page.getByLabel('我同意你们就本次申请给我打电话。').check();
  await page.getByRole('button', { name: '提交申请' }).click();

  await expect(page.getByRole('heading', { name: '谢谢！我们已收到您的申请。' })).toBeFocused();
  const reference = (await page.getByTestId('inquiry-reference').textContent()) ?? '';
  expect(reference).toMatch(/^RC-[0-9A-F]{4}-[0-9A-F]{4}$/);
  await expect(page.getByText('接下来会怎样')).toBeVisible();
  await expectAccessible(page, 'request-care confirmation in Chinese');

  // The intake coordinator finds it among the new requests and records the call back.
  await page.evaluate(() => {
    localStorage.clear();
  });
  await signIn(page, 'intake');
  await page.getByTestId('nav-inquiries').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Requests for care');
  const card = page.getByTestId(`inquiry-${reference}`);
  await expect(card.getByRole('heading', { name: patientName })).toBeVisible();
  await expect(card.getByText('Chinese (Mandarin)')).toBeVisible();
  await expect(card.getByText('(773) 555-0142')).toBeVisible();
  await expectAccessible(page, 'inquiries page');

  await card.getByRole('button', { name: `Record call for ${patientName}` }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog
    .getByLabel('What was said')
    .fill('Spoke with the daughter in Mandarin; Dr. Reyes will fax orders.');
  await expectAccessible(page, 'record-call dialog');
  await dialog.getByRole('button', { name: 'Save call' }).click();
  await expect(dialog).toBeHidden();
  await expect(card).toHaveCount(0);

  await page
    .getByTestId('inquiry-status-filter')
    .getByText(/^Contacted/)
    .click();
  await expect(card.getByTestId('inquiry-status')).toHaveText('Contacted');
  await expect(card.getByText(/Dr\. Reyes will fax orders/)).toBeVisible();
});
