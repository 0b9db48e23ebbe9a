// Signing in to `npm start`'s system: in the page (the demo-person picker) and for direct API calls
// (a token from /local/token), for browser tests.
import type { Page } from 'playwright-core';

/** The demo organisation's ITA coordinator (npm start's seed). */
export const COORDINATOR = 'ita@demo.example.org';

/**
 * Signs `email` in through the page's demo-person picker and waits for the first screen; `org`: the
 * org whose entry to choose, for someone listed under several.
 */
export async function signInAs(page: Page, apiUrl: string, email: string, org?: string): Promise<void> {
  await page.goto(`${apiUrl}/#/sign-in`);
  await page.locator(`${org ? `section[data-org="${org}"] ` : ''}button[data-email="${email}"]`).click();
  await page.locator('header [data-testid="who"]').waitFor();
  await page.locator('main h1').waitFor();
}

export async function signOutOf(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'ออกจากระบบ' }).click();
  await page.locator('button[data-email]').first().waitFor();
}

/** One API call as `email` (a local token); the status and the JSON answer. */
export async function apiAs(apiUrl: string, email: string, method: string, path: string, body?: unknown) {
  const { token } = (await (
    await fetch(`${apiUrl}/local/token?email=${encodeURIComponent(email)}`, { method: 'POST' })
  ).json()) as { token: string };
  const res = await fetch(`${apiUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}
