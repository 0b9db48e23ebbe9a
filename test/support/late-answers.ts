/// <reference lib="dom" />
// The page's answers to one kind of request, counted in the page once it has read them (their JSON
// parsed, or the request failed or was aborted): the page's every step after that is a microtask,
// done before a test sees the count, so "nothing happened after the late answer" can be asserted.
import type { Page, Route } from 'playwright-core';

/**
 * Starts counting (from 0) the page's answers to requests whose URL contains `urlPart`; the
 * returned function waits until `n` were read. A later call counts its own urlPart from 0.
 */
export async function countAnswers(page: Page, urlPart: string): Promise<(n: number) => Promise<void>> {
  await page.evaluate((urlPart) => {
    const seen = window as unknown as { lateAnswers?: number; lateUrlPart?: string };
    const installed = seen.lateAnswers !== undefined;
    seen.lateAnswers = 0;
    seen.lateUrlPart = urlPart;
    if (installed) return; // the same page as before: its wrapper counts
    const fetched = window.fetch.bind(window);
    window.fetch = (input, init) => {
      const response = fetched(input, init);
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (!url.includes(seen.lateUrlPart!)) return response;
      const counted = () => void (seen.lateAnswers = (seen.lateAnswers ?? 0) + 1);
      response.then((answer) => {
        const json = answer.json.bind(answer);
        answer.json = () => {
          const body = json();
          body.then(counted, counted);
          return body;
        };
      }, counted);
      return response;
    };
  }, urlPart);
  return async (n) => {
    await page.waitForFunction((n) => (window as unknown as { lateAnswers: number }).lateAnswers === n, n);
  };
}

/** Holds the page's next request matching `pattern` (route interception) until released; later ones pass. */
export async function holdNext(
  page: Page,
  pattern: RegExp,
): Promise<{ held: Promise<Route>; release: () => Promise<void> }> {
  let hold!: (route: Route) => void;
  const held = new Promise<Route>((resolve) => (hold = resolve));
  await page.route(pattern, (route) => hold(route), { times: 1 });
  return {
    held,
    // the request goes on to the server; one the page has aborted meanwhile has nowhere to go
    release: async () => (await held).continue().catch(() => undefined),
  };
}
