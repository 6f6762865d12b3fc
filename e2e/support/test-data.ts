// Small helpers the browser tests share to set up their scenes.
import { expect, type Page } from '@playwright/test';

/** A calendar day (YYYY-MM-DD, UTC) this many days from today. */
export const isoDay = (offsetDays: number): string =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** Letters only, unique per millisecond, so a made-up family name still reads as a name. */
export function uniqueLetters(length = 7): string {
  return Date.now()
    .toString(26)
    .split('')
    .map((c) => String.fromCharCode(97 + parseInt(c, 26)))
    .join('')
    .slice(-length);
}

/** A call to the API in the page's own session (its cookie and CSRF token); must succeed. */
export async function callApi(page: Page, method: 'GET' | 'POST', url: string, data?: unknown) {
  const session = (await (await page.request.get('/api/auth/session')).json()) as {
    csrfToken: string;
  };
  const response = await page.request.fetch(url, {
    method,
    headers: { 'x-csrf-token': session.csrfToken },
    ...(data === undefined ? {} : { data }),
  });
  expect(response.status(), `${method} ${url}: ${await response.text()}`).toBeLessThan(300);
  return (await response.json().catch(() => null)) as Record<string, unknown> | null;
}
