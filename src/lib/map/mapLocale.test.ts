import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/translate.ts';
import { mapLocale } from './mapLocale.ts';

describe('mapLocale', () => {
  it.each([
    ['fr', 'Zoomer', 'Dézoomer', /^Carte interactive/],
    ['en', 'Zoom in', 'Zoom out', /^Interactive map/],
  ] as const)('gives MapLibre its texts in %s', (lang, zoomIn, zoomOut, canvas) => {
    const locale = mapLocale(translator(lang));
    expect(locale['NavigationControl.ZoomIn']).toBe(zoomIn);
    expect(locale['NavigationControl.ZoomOut']).toBe(zoomOut);
    expect(locale['Map.Title']).toMatch(canvas);
    // Every text is filled in: MapLibre would otherwise fall back to its English default.
    for (const [key, text] of Object.entries(locale)) expect(text.trim(), key).not.toBe('');
  });
});
