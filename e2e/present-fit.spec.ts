/**
 * A projector never needs scrolling (DESIGN.md, « Composition »): at 1920 × 1080 and 1280 × 720, every
 * step of both tours fits its pane (nothing to scroll, nothing cut at the side), the focus goes to the
 * step's heading at each step, and the overseas insets are hidden while a step zooms on the mainland.
 */
import { expect, test, type Page } from '@playwright/test';
import { waitForMapIdle } from './helpers.ts';

// Every step of a tour, one camera move each under a software renderer.
test.describe.configure({ timeout: 240_000 });

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
] as const;

const counter = (page: Page) => page.getByTestId('tour-counter');

interface Fit {
  scrollHeight: number;
  clientHeight: number;
  scrollWidth: number;
  clientWidth: number;
  /** Elements of the step reaching past the pane's sides. */
  outside: string[];
}

/** The step's pane: its scroll sizes, and whatever inside it reaches past its left or right side. */
function fitOf(page: Page): Promise<Fit> {
  return page.getByTestId('tour-step').evaluate((pane) => {
    const box = pane.getBoundingClientRect();
    const outside = [...pane.querySelectorAll('*')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || el.closest('.visually-hidden')) return false;
        return r.left < box.left - 1 || r.right > box.right + 1;
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.slice(0, 40)}`);
    return {
      scrollHeight: pane.scrollHeight,
      clientHeight: pane.clientHeight,
      scrollWidth: pane.scrollWidth,
      clientWidth: pane.clientWidth,
      outside,
    };
  });
}

/** Whether the focused element is the step's h2 (the panel is labelled by it). */
function headingFocused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    return active?.tagName === 'H2' && active.closest('[data-testid=tour-step]')
      ? 'heading'
      : `${active?.tagName}.${active?.className}`;
  });
}

for (const size of SIZES) {
  for (const tour of ['practices', 'regions'] as const) {
    test(`${size.width} × ${size.height}: every ${tour} step fits its pane, the focus on its heading`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(`./?present=${tour}&step=1`);
      await waitForMapIdle(page);
      const total = Number((await counter(page).textContent())!.split('/')[1]!.trim());
      expect(total).toBeGreaterThan(3);
      const problems: string[] = [];
      for (let step = 1; step <= total; step += 1) {
        await expect(counter(page)).toHaveText(new RegExp(`^\\s*${step}\\s/\\s${total}\\s*$`));
        // The type is fitted after the step is drawn: wait for it to settle.
        let fit = await fitOf(page);
        await expect
          .poll(
            async () => {
              fit = await fitOf(page);
              return fit.scrollHeight <= fit.clientHeight + 1;
            },
            { timeout: 2000 },
          )
          .toBe(true)
          .catch(() => undefined);
        if (fit.scrollHeight > fit.clientHeight + 1)
          problems.push(`step ${step}: ${fit.scrollHeight} px of text in a ${fit.clientHeight} px pane`);
        if (fit.scrollWidth > fit.clientWidth + 1 || fit.outside.length > 0)
          problems.push(`step ${step}: wider than its pane (${fit.outside.slice(0, 3).join(' | ')})`);
        if (step > 1) {
          const focused = await headingFocused(page);
          if (focused !== 'heading') problems.push(`step ${step}: the focus is on ${focused}`);
        }
        if (step < total) await page.keyboard.press('ArrowRight');
      }
      expect(problems).toEqual([]);
    });
  }
}

test('the overseas insets are hidden while a step zooms on the mainland, shown for France', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const shown = () =>
    page.evaluate(() => {
      const map = (window as unknown as { __map: { getLayoutProperty(l: string, p: string): unknown } })
        .__map;
      return map.getLayoutProperty('inset-mask', 'visibility') !== 'visible';
    });
  // The régions tour's first step is Île-de-France, zoomed in: no inset beside it.
  await page.goto('./?present=regions&step=1');
  await waitForMapIdle(page);
  await expect.poll(shown).toBe(false);
  // Out of the presentation, France with its insets.
  await page.keyboard.press('Escape');
  await waitForMapIdle(page);
  await expect.poll(shown).toBe(true);
});
