/**
 * What each « Exporter » entry and chart button does: build the file from the explorer's state (the
 * Campus shown, the summary, the language) and offer it as a download. Returns the file name.
 * Loaded on demand, on the first click (see loadExportActions.ts): none of this is needed to show the map.
 */
import type { Explorer } from '../state/explorer.svelte.ts';
import { campusToCsv } from './campusCsv.ts';
import { campusToGeojson } from './campusGeojson.ts';
import { svgToPng } from './chartExport.ts';
import { barChartSvg, type ChartFile } from './chartSvg.ts';
import { download } from '../ui/download.ts';
import { attributionLine, exportFilename, sourceLine, type ExportFile } from './exportNames.ts';
import { framingBounds } from './framingBounds.ts';
import { EXPORT_PIXEL_RATIO } from '../map/captureMap.ts';
import { canvasToPng, decorate, slideFrame, type SlideText } from './mapSlide.ts';
import { slideLegend } from './slideLegend.ts';
import { slideBounds } from './slideLayout.ts';

// The charts' files are built here too, at the click (ChartDownloads), not with the charts at start.
export { areaChartFile, sectorChartFile } from './chartFiles.ts';

export function slideText(explorer: Explorer, now: Date): SlideText {
  const t = explorer.t;
  return {
    title: t('app.title'),
    summary: explorer.summary,
    legend: slideLegend(explorer.shown, (id) => explorer.sectorLabel(id)),
    source: sourceLine(explorer, now),
    attribution: attributionLine(explorer),
  };
}

/** The current map view at twice its size, with title, filters, legend, source and attributions. */
export async function exportMapPng(explorer: Explorer, now = new Date()): Promise<string> {
  const canvas = await explorer.snapshots.capture(EXPORT_PIXEL_RATIO);
  const blob = await canvasToPng(decorate(canvas, slideText(explorer, now), EXPORT_PIXEL_RATIO));
  const file = exportFilename(explorer.t, 'map', 'png', now);
  download(blob, file);
  return file;
}

/**
 * A slide: every Campus shown (all of France when they spread over it), framed in 16:9 (1920 × 1080),
 * centred in the room the title, legend and footer leave, with the same title, filters, legend, source
 * and attributions.
 */
export async function exportMapSlidePng(explorer: Explorer, now = new Date()): Promise<string> {
  const text = slideText(explorer, now);
  const frame = slideFrame(text, slideBounds(framingBounds(explorer.shown)));
  const canvas = await explorer.snapshots.capture(EXPORT_PIXEL_RATIO, frame);
  const blob = await canvasToPng(decorate(canvas, text, EXPORT_PIXEL_RATIO));
  const file = exportFilename(explorer.t, 'slide', 'png', now);
  download(blob, file);
  return file;
}

/** Exactly the Campus the map shows, for a spreadsheet. */
export function exportCampusCsv(explorer: Explorer, now = new Date()): string {
  const text = campusToCsv(explorer.shown, explorer.data.sectors, explorer.app.lang);
  const file = exportFilename(explorer.t, 'list', 'csv', now);
  download(new Blob([text], { type: 'text/csv;charset=utf-8' }), file);
  return file;
}

/**
 * Exactly the Campus the map shows, as an Excel workbook (typed cells: codes as text, coordinates as
 * numbers) that « Vos données » reads back. SheetJS comes with campusXlsx.ts, fetched only now: the
 * menu's chunk (loaded as it opens) does not carry it.
 */
export async function exportCampusXlsx(explorer: Explorer, now = new Date()): Promise<string> {
  const { campusToXlsx, XLSX_TYPE } = await import('./campusXlsx.ts');
  const bytes = campusToXlsx(explorer.shown, explorer.data.sectors, explorer.app.lang);
  const file = exportFilename(explorer.t, 'list', 'xlsx', now);
  download(new Blob([bytes as BlobPart], { type: XLSX_TYPE }), file);
  return file;
}

/** Exactly the Campus the map shows, at their true positions, for a GIS. */
export function exportCampusGeojson(explorer: Explorer, now = new Date()): string {
  const file = exportFilename(explorer.t, 'list', 'geojson', now);
  download(new Blob([campusToGeojson(explorer.shown)], { type: 'application/geo+json' }), file);
  return file;
}

/** A chart as an SVG file, or as a PNG at twice its size, named in the explorer's language. */
export async function exportChart(
  explorer: Explorer,
  chart: ChartFile,
  format: 'svg' | 'png',
  name: ExportFile,
  now = new Date(),
): Promise<string> {
  const { svg, width, height } = barChartSvg(chart);
  const file = exportFilename(explorer.t, name, format, now);
  const blob =
    format === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await svgToPng(svg, width, height, 2);
  download(blob, file);
  return file;
}
