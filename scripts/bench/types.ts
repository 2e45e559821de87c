/** Shapes shared by the benchmark's modules: what one run measures, and the sizes of what is served. */

/** The three pages compared: the built app, the bare MapLibre floor and the plain Leaflet page. */
export const PAGES = ['app', 'maplibre', 'leaflet'] as const;
export type PageKind = (typeof PAGES)[number];

/** The two datasets: the livret (`npm run data`) and 10 000 synthetic Campus on real communes. */
export const DATASETS = ['livret', 'large'] as const;
export type DatasetId = (typeof DATASETS)[number];

/** The figures one page load gives, in milliseconds; null when the run could not produce it. */
export interface RunResult {
  page: PageKind;
  dataset: DatasetId;
  /** Navigation → first frame with France and every Campus drawn. */
  fmp: number | null;
  /** Navigation → first map `idle` with every Campus drawn (MapLibre pages only). */
  idle: number | null;
  /** Sector filter change → first frame showing the filtered Campus. */
  filterFrame: number | null;
  /** Sector filter change → next map `idle` (MapLibre pages; the frame for Leaflet). */
  filterIdle: number | null;
  /** Main-thread task time of the filter change (CDP Performance.getMetrics TaskDuration delta). */
  taskMs: number | null;
  /** Main-thread script time of the filter change (ScriptDuration delta). */
  scriptMs: number | null;
  /** Main-thread style and layout time of the filter change (RecalcStyleDuration + LayoutDuration). */
  layoutMs: number | null;
  /**
   * The camera path (pages/camera-path.js: zoom +3 and back, 40 pans), intervals between animation
   * frames: median, 95th percentile, worst (ms) and how many were over 50 ms. Absent when not run.
   */
  camMedian?: number | null;
  camP95?: number | null;
  camWorst?: number | null;
  camOver50?: number | null;
  /** Time the app page's probe spent counting drawn Campus during the load (app only). */
  probeMs?: number | null;
  /** What went wrong or looked wrong (counts not reached, page errors); empty for a clean run. */
  problems: string[];
}

export type Metric =
  | 'fmp'
  | 'idle'
  | 'filterFrame'
  | 'filterIdle'
  | 'taskMs'
  | 'scriptMs'
  | 'layoutMs'
  | 'camMedian'
  | 'camP95'
  | 'camWorst'
  | 'camOver50';

/** One served file: its name, raw size and gzip size in bytes. */
export interface FileSize {
  name: string;
  raw: number;
  gzip: number;
}

/** The byte figures: what the app requests at start, grouped, and the datasets. */
export interface BytesReport {
  /** JavaScript the app loads at start, MapLibre's chunk and worker excepted. */
  appJs: FileSize[];
  /** MapLibre's chunk of the build. */
  maplibre: FileSize[];
  /** MapLibre's worker (loaded by the worker, in parallel). */
  worker: FileSize[];
  css: FileSize[];
  fonts: FileSize[];
  /** JavaScript in the build the app did not request at start (other pages, lazy chunks). */
  otherBuildJs: FileSize[];
  /** `<campus-map>`'s first step: campus-map.js and the chunks it imports statically (absent: no element). */
  elementFirstStep?: FileSize[];
  datasets: { label: string; files: FileSize[] }[];
  /** The libraries of the two comparison pages, for reference. */
  reference: FileSize[];
}
