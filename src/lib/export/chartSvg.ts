/**
 * A chart as a standalone SVG file: title, context line, the bars (charts/bars.ts `barChartLayout`) and the source.
 * The on-screen charts are lists of buttons with a small <svg> per row, not one picture, so the file
 * is drawn here from the same rows; every style is an attribute (no page CSS travels with a file).
 * chartExport.ts's `svgToPng` turns the result into a PNG.
 */
import { barChartLayout, fitText, wrapText, type BarChartOptions, type BarDatum } from '../charts/bars.ts';

export interface ChartFile {
  title: string;
  /** One line of context under the title (what is shown, how to read it). */
  subtitle?: string;
  /** Source and date, at the bottom. */
  footer?: string;
  data: readonly BarDatum[];
  shape?: BarChartOptions['shape'];
  /** Width in px (the file's natural size). */
  width?: number;
}

export interface ChartSvg {
  svg: string;
  width: number;
  height: number;
}

const FONT = "'Liberation Sans', Arial, 'DejaVu Sans', sans-serif";
const INK = '#1b2631';
const MUTED = '#56626e';
const OUTLINE = '#aeb7c1';

export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

const n = (value: number) => String(Math.round(value * 100) / 100);

export function barChartSvg(chart: ChartFile): ChartSvg {
  const width = chart.width ?? 640;
  const f = 13;
  const margin = 16;
  const inner = width - 2 * margin;
  const layout = barChartLayout(chart.data, { width: inner, fontSize: f, shape: chart.shape ?? 'stacked' });
  let y = margin;
  const parts: string[] = [];
  const text = (x: number, baseline: number, content: string, attrs: string) =>
    parts.push(`<text x="${n(x)}" y="${n(baseline)}" ${attrs}>${escapeXml(content)}</text>`);

  y += f * 1.3;
  text(
    margin,
    y,
    fitText(chart.title, inner, f * 1.3),
    `font-size="${n(f * 1.3)}" font-weight="700" fill="${INK}"`,
  );
  if (chart.subtitle) {
    for (const line of wrapText(chart.subtitle, inner, f * 0.9)) {
      y += f * 1.3;
      text(margin, y, line, `font-size="${n(f * 0.9)}" fill="${MUTED}"`);
    }
    y += f * 0.2;
  }
  y += f * 1.1;

  parts.push(`<g transform="translate(${margin} ${n(y)})">`);
  for (const row of layout.rows) {
    parts.push(`<g data-key="${escapeXml(row.key)}">`);
    if (row.letter) {
      parts.push(
        `<circle cx="${n(row.discX)}" cy="${n(row.discY)}" r="${n(row.discR)}" fill="${row.colour}" stroke="#ffffff" stroke-width="1"/>`,
      );
      text(
        row.discX,
        row.discY + f * 0.32,
        row.letter,
        `font-size="${n(f * 0.8)}" font-weight="700" text-anchor="middle" fill="${row.letterInk ?? '#ffffff'}"`,
      );
    }
    text(row.textX, row.textY, row.text, `font-size="${f}" fill="${INK}"`);
    text(row.valueX, row.textY, row.valueText, `font-size="${f}" text-anchor="end" fill="${INK}"`);
    if (row.referenceWidth !== null) {
      parts.push(
        `<rect x="${n(row.barX + 0.5)}" y="${n(row.barY - 1.5)}" width="${n(row.referenceWidth)}" height="${n(row.barHeight + 3)}" fill="none" stroke="${OUTLINE}" stroke-width="1"/>`,
      );
    }
    parts.push(
      `<rect x="${n(row.barX + 0.5)}" y="${n(row.barY)}" width="${n(row.barWidth)}" height="${n(row.barHeight)}" fill="${row.colour}"/>`,
    );
    parts.push('</g>');
  }
  parts.push('</g>');
  y += layout.height;

  if (chart.footer) {
    y += f * 1.4;
    text(margin, y, fitText(chart.footer, inner, f * 0.8), `font-size="${n(f * 0.8)}" fill="${MUTED}"`);
  }
  const height = Math.ceil(y + margin);
  const svg =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">` +
    `<title>${escapeXml(chart.title)}</title>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    parts.join('') +
    '</svg>\n';
  return { svg, width, height };
}
