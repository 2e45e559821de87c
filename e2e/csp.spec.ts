import { expect, test } from '@playwright/test';
import { datasetCampusCount, renderedCampusCount, waitForMapIdle } from './helpers.ts';
import { recordViolations, servePagesWithPolicy, violations } from './strictCsp.ts';

test('the app runs under a strict Content-Security-Policy and draws the map', async ({ page }) => {
  await servePagesWithPolicy(page);
  await recordViolations(page);
  await page.goto('./');
  await waitForMapIdle(page);
  expect(await renderedCampusCount(page)).toBe(await datasetCampusCount(page));
  expect(await violations(page)).toEqual([]);
});
