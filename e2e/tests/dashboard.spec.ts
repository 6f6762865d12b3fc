import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from '../support/accessibility.ts';
import { signIn } from '../support/sign-in.ts';

// The fields of the dashboard answer this test reads (the page's own request is the reference,
// so the test holds whatever figures the demo history gives on the day it runs).
interface Distribution {
  count: number;
  median: number | null;
}
interface Group {
  key: string | null;
  label: string | null;
  referrals: { received: number };
}
interface Dashboard {
  overall: {
    referrals: { received: number; admitted: number; decided: number };
    conversionRate: number | null;
    referralToSocHours: Distribution;
    reasons: unknown[];
  };
  groups: Group[];
  histogram: { bins: unknown[] };
}

const hours = (value: number | null) =>
  `${new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(value ?? Number.NaN)} h`;

function dashboardResponse(page: Page, groupBy: string) {
  return page.waitForResponse(
    (r) =>
      r.url().includes('/api/dashboard/intake?') &&
      r.url().includes(`groupBy=${groupBy}`) &&
      r.status() === 200,
  );
}

test('the intake coordinator reads the dashboard on the demo data, regroups it and downloads the CSV', async ({
  page,
}) => {
  await signIn(page, 'intake');
  const first = dashboardResponse(page, 'therapy');
  await page.getByTestId('nav-dashboard').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Intake dashboard' })).toBeVisible();
  const data = (await (await first).json()) as Dashboard;

  // The demo history: about sixty referrals over 90 days, most started within days.
  expect(data.overall.referrals.received).toBeGreaterThan(40);
  expect(data.overall.referralToSocHours.count).toBeGreaterThan(20);
  await expect(page.getByTestId('headline-received')).toHaveText(
    String(data.overall.referrals.received),
  );
  await expect(page.getByTestId('headline-soc-median')).toHaveText(
    hours(data.overall.referralToSocHours.median),
  );
  await expect(page.getByTestId('headline-conversion')).toHaveText(
    new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(
      data.overall.conversionRate ?? 0,
    ),
  );
  await expect(page.getByText('Local target: 72 h').first()).toBeVisible();

  // Four charts, each drawn and summarised in words.
  for (const id of [
    'chart-soc-histogram',
    'chart-soc-by-group',
    'chart-stage-waits',
    'chart-reasons',
  ]) {
    const card = page.getByTestId(id);
    await expect(card.locator('svg.recharts-surface').first()).toBeVisible();
    await expect(page.getByTestId(`${id}-summary`)).not.toBeEmpty();
  }
  await expect(page.getByTestId('chart-soc-histogram-summary')).toContainText(
    `median ${hours(data.overall.referralToSocHours.median)}`,
  );

  // The histogram's table alternative.
  const histogram = page.getByTestId('chart-soc-histogram');
  await histogram.getByRole('button', { name: 'Show as table' }).click();
  const binsTable = histogram.getByRole('table', {
    name: 'Admissions by days from referral to start of care',
  });
  await expect(binsTable.getByRole('row')).toHaveCount(data.histogram.bins.length + 1);
  await expect(histogram.getByRole('button', { name: 'Hide table' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );

  const groupTable = page.getByTestId('group-table');
  await expect(groupTable.getByRole('rowheader', { name: 'Anti-infective' })).toBeVisible();
  await expectAccessible(page, 'intake dashboard');

  // Group by payer: the breakdown follows.
  const byPayer = dashboardResponse(page, 'payer');
  await page.getByLabel('Group by').selectOption('payer');
  const payers = (await (await byPayer).json()) as Dashboard;
  const biggest = payers.groups[0];
  expect(biggest?.key).toBeTruthy();
  await expect(page.getByRole('heading', { name: 'By Payer', exact: true })).toBeVisible();
  await expect(groupTable.getByRole('rowheader', { name: biggest?.label ?? '' })).toBeVisible();
  await expect(groupTable.getByRole('rowheader', { name: 'Anti-infective' })).toHaveCount(0);
  await expect(groupTable.locator('tbody tr')).toHaveCount(payers.groups.length);

  // The CSV of what is shown: a header row and one row per payer.
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(
    /^intake-dashboard_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}_by-payer\.csv$/,
  );
  const csv = await readFile(await file.path(), 'utf8');
  const lines = csv.split('\r\n').filter((line) => line !== '');
  expect(lines[0]).toMatch(/^from,to,group_by,group_key,group_label,referrals_received,/);
  expect(lines).toHaveLength(payers.groups.length + 1);
  expect(csv).toContain(biggest?.label ?? 'no payer');
});

test('a range longer than two years is refused with the reason beside the date', async ({
  page,
}) => {
  await signIn(page, 'lead');
  await page.getByTestId('nav-dashboard').click();
  await expect(page.getByTestId('headline-received')).toBeVisible();
  await page.getByLabel('From').fill('2020-01-01');
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(page.getByText('Choose a range of at most two years.')).toBeVisible();
  await expect(page.getByLabel('From')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('link', { name: 'Download CSV' })).toHaveCount(0);
  await expectAccessible(page, 'dashboard with a refused range');
});
