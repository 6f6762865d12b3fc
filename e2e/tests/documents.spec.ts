import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/accessibility.ts';
import { signIn, signInApi } from '../support/sign-in.ts';

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

test('intake uploads documents to the chart, is refused a disguised file, and views them', async ({
  page,
  request,
}) => {
  await signInApi(request, 'intake');
  const list = (await (await request.get('/api/patients?search=Brown')).json()) as {
    items: { id: string }[];
  };
  const patientId = list.items[0]?.id ?? '';
  const stamp = String(Date.now() % 100000);

  await signIn(page, 'intake');
  await page.goto(`/patients/${patientId}?tab=documents`);
  const panel = page.getByTestId('documents-panel');
  await expect(panel.getByLabel('Kind of document')).toBeVisible();

  await panel.getByLabel('Kind of document').selectOption('history-physical');
  await panel
    .getByLabel('File')
    .setInputFiles({ name: `h-and-p-${stamp}.pdf`, mimeType: 'application/pdf', buffer: PDF });
  await panel.getByRole('button', { name: 'Upload' }).click();
  await expect(
    panel.getByRole('row', { name: new RegExp(`h-and-p-${stamp}\\.pdf`) }),
  ).toBeVisible();

  // A GIF renamed to .png is typed by its content and refused with the server's words.
  await panel.getByLabel('Kind of document').selectOption('insurance-card-front');
  await panel.getByLabel('File').setInputFiles({
    name: 'card.png',
    mimeType: 'image/png',
    buffer: Buffer.from('GIF89a-disguised'),
  });
  await panel.getByRole('button', { name: 'Upload' }).click();
  await expect(page.getByTestId('upload-error')).toHaveText(
    'This file is a GIF image. Only PDF, PNG and JPEG files are accepted.',
  );

  await panel
    .getByLabel('File')
    .setInputFiles({ name: `card-${stamp}.png`, mimeType: 'image/png', buffer: PNG });
  await panel.getByRole('button', { name: 'Upload' }).click();
  await expect(panel.getByRole('row', { name: new RegExp(`card-${stamp}\\.png`) })).toBeVisible();
  await expectAccessible(page, 'documents panel');

  await panel.getByRole('button', { name: `View h-and-p-${stamp}.pdf` }).click();
  const viewer = page.getByRole('dialog');
  await expect(
    viewer.locator(`iframe[title="History and physical: h-and-p-${stamp}.pdf"]`),
  ).toBeVisible();
  await expectAccessible(page, 'PDF viewer');
  await page.keyboard.press('Escape');
  await expect(viewer).toBeHidden();

  await panel.getByRole('button', { name: `View card-${stamp}.png` }).click();
  await expect(
    page.getByRole('img', { name: `Insurance card (front): card-${stamp}.png` }),
  ).toBeVisible();
});
