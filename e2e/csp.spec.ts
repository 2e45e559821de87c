import { expect, test } from '@playwright/test';
import { datasetCampusCount, renderedCampusCount, waitForMapIdle } from './helpers.ts';
import { STRICT_CSP } from './strictCsp.ts';

test('the app runs under a strict Content-Security-Policy and draws the map', async ({ page }) => {
  await page.route(
    (url) => url.pathname.endsWith('/') || url.pathname.endsWith('.html'),
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': STRICT_CSP },
      });
    },
  );
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto('./');
  await waitForMapIdle(page);
  expect(await renderedCampusCount(page)).toBe(await datasetCampusCount(page));
  const violations = await page.evaluate(
    () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
  );
  expect(violations).toEqual([]);
});
