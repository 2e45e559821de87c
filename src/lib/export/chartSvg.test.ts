// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { barChartSvg, escapeXml } from './chartSvg.ts';

const chart = {
  title: 'Campus par groupe sectoriel',
  subtitle: '29 Campus · tous les groupes',
  footer: 'Source : livret · 29/11/2026',
  data: [
    {
      key: 'energie',
      label: 'Transition énergétique, éco-industrie',
      value: 8,
      reference: 10,
      colour: '#117733',
      letter: 'E',
    },
    { key: 'x', label: 'R&D <cluster> « test »', value: 4, colour: '#3f7fb4' },
  ],
};

describe('barChartSvg', () => {
  const { svg, width, height } = barChartSvg(chart);
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');

  it('is well-formed SVG with its size', () => {
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.tagName).toBe('svg');
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect([Number(root.getAttribute('width')), Number(root.getAttribute('height'))]).toEqual([
      width,
      height,
    ]);
    expect(height).toBeGreaterThan(100);
  });

  it('holds the title, the context, the source and every bar label, escaped', () => {
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Campus par groupe sectoriel',
        '29 Campus · tous les groupes',
        'Source : livret · 29/11/2026',
        'Transition énergétique, éco-industrie',
        'R&D <cluster> « test »',
        '8 / 10',
        'E',
      ]),
    );
    expect(svg).not.toContain('<cluster>');
  });

  it('draws bars proportional to the values, in their colour', () => {
    const bar = (key: string) => doc.querySelector(`g[data-key="${key}"] rect[fill]:not([fill="none"])`)!;
    expect(bar('energie').getAttribute('fill')).toBe('#117733');
    const ratio = Number(bar('x').getAttribute('width')) / Number(bar('energie').getAttribute('width'));
    expect(ratio).toBeCloseTo(0.5, 2);
  });
});

describe('escapeXml', () => {
  it('escapes the five XML characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
