import type { Page } from '@playwright/test';

/**
 * The policy a host can serve the app with: no 'unsafe-eval', no inline script, no inline style.
 * MapLibre's worker is a file of our own origin (setWorkerUrl), so worker-src needs only 'self' (a
 * build that inlines the worker as a blob would need `worker-src blob:`). Styles set from script
 * through the CSSOM (MapLibre, Svelte's style: directives) are not inline styles to CSP.
 */
const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'self'",
].join('; ');

/** Serves the app's pages (`/`, `*.html`) with `policy` as their Content-Security-Policy header. */
export async function servePagesWithPolicy(page: Page, policy = STRICT_CSP): Promise<void> {
  await page.route(
    (url) => url.pathname.endsWith('/') || url.pathname.endsWith('.html'),
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': policy },
      });
    },
  );
}

/** Records CSP violations in every frame of the page (read them with `violations`). */
export async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}

export const violations = (where: Pick<Page, 'evaluate'>): Promise<string[]> =>
  where.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
