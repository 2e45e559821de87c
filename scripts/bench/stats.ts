/**
 * Pure helpers of the browser benchmark: summaries of repeated measurements and their formatting.
 * Nothing here reads a clock: the figures come from the browser, these only describe them.
 */

/** Median, minimum and maximum of the runs that produced a figure; `n` counts them. */
export interface Summary {
  n: number;
  median: number;
  min: number;
  max: number;
}

/** The middle value (the mean of the two middle ones for an even count); NaN for no value. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Summary of the finite values (a run that failed to produce a figure gives null, and is left out). */
export function summarize(values: readonly (number | null | undefined)[]): Summary | null {
  const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (finite.length === 0) return null;
  return { n: finite.length, median: median(finite), min: Math.min(...finite), max: Math.max(...finite) };
}

/** Milliseconds: one decimal under 10 ms, whole numbers above. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  return ms.toFixed(Math.abs(ms) < 10 ? 1 : 0);
}

/** « 412 ms (398–455) »; a dash when no run produced the figure; « n=5/7 » when some runs failed. */
export function formatSummary(summary: Summary | null, expectedRuns?: number): string {
  if (!summary) return '—';
  const range = `${formatMs(summary.min)}–${formatMs(summary.max)}`;
  const missing =
    expectedRuns !== undefined && summary.n < expectedRuns ? ` n=${summary.n}/${expectedRuns}` : '';
  return `${formatMs(summary.median)} (${range})${missing}`;
}

/** Bytes as kilobytes (1 kB = 1 000 bytes, as Vite prints them), one decimal. */
export function formatKb(bytes: number): string {
  if (!Number.isFinite(bytes)) return '—';
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/** « 1.23× »; a dash when either side is missing or the reference is zero. */
export function formatRatio(value: number | null | undefined, reference: number | null | undefined): string {
  if (value == null || reference == null || !Number.isFinite(value) || !Number.isFinite(reference))
    return '—';
  if (reference === 0) return '—';
  return `${(value / reference).toFixed(2)}×`;
}

/** Pads to a display width, counting characters (the table holds no wide characters). */
export function pad(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const length = [...text].length;
  if (length >= width) return text;
  const fill = ' '.repeat(width - length);
  return align === 'left' ? text + fill : fill + text;
}

/**
 * The value below which `p` (0…1) of the values fall: nearest rank on the sorted values (the p95 of 20
 * frame intervals is the 19th), so it is always an interval that happened. NaN for no value.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length)));
  return sorted[rank - 1]!;
}

/** A frame longer than this is a visible stutter (three frames missed at 60 Hz). */
const LONG_FRAME_MS = 50;

/** What a camera path's frames say: intervals between animation-frame callbacks, ms. */
export interface FrameStats {
  frames: number;
  median: number;
  p95: number;
  worst: number;
  /** Intervals longer than `LONG_FRAME_MS`. */
  over50: number;
}

/** The summary of the intervals between successive animation frames; null when there are none. */
export function frameStats(intervals: readonly number[]): FrameStats | null {
  const finite = intervals.filter((v) => Number.isFinite(v) && v >= 0);
  if (finite.length === 0) return null;
  return {
    frames: finite.length,
    median: median(finite),
    p95: percentile(finite, 0.95),
    worst: Math.max(...finite),
    over50: finite.filter((v) => v > LONG_FRAME_MS).length,
  };
}
