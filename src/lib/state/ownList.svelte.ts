/**
 * A person's own list in the explorer: which dataset is shown (the livret's, or the livret's with the
 * list's Campus), the outcome of the last file opened (for the « Vos données » dialog), and keeping
 * the list in this browser. Lives above the explorer screen, which is rebuilt when the dataset changes.
 */
import { createContext } from 'svelte';
import { withOwnList, type Dataset } from '../data/loadDataset.ts';
import type { KeptListStore } from '../data/keptList.ts';
import type { OwnListFile, OwnListResult, SheetChoice } from '../ingest/ownList.ts';

export type OwnListPhase =
  | { kind: 'idle' }
  /** `choice`: the sheets of the workbook being read again, so that the chooser stays (and its focus). */
  | { kind: 'reading'; name: string; choice?: SheetChoice }
  | { kind: 'read'; result: OwnListResult }
  /** The file could not be read at all (the gazetteer did not download, the browser refused the file). */
  | { kind: 'failed'; name: string; reason: string };

export interface ListReader {
  read(file: OwnListFile): Promise<OwnListResult>;
}

/** Resolves once the browser has painted what changed (at once where there is no painting). */
function afterNextPaint(): Promise<void> {
  if (typeof requestAnimationFrame === 'undefined') return Promise.resolve();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

export class OwnListState {
  /** What the explorer shows. */
  dataset: Dataset = $state.raw() as Dataset;
  phase = $state.raw<OwnListPhase>({ kind: 'idle' });
  /** The « Vos données » dialog is open (it outlives the explorer screen it was opened from). */
  dialogOpen = $state(false);
  /** The list shown is kept in this browser (false where the browser refuses to keep it). */
  kept = $state(false);
  /** The last file opened, read again when the person picks another of its sheets. */
  #lastFile: OwnListFile | undefined;

  constructor(
    private readonly livret: Dataset,
    private readonly reader: ListReader,
    private readonly store: KeptListStore,
    /** Called when another list is shown: the filters and the view of the last one do not apply. */
    private readonly onchange: () => void = () => {},
    private readonly nextPaint: () => Promise<void> = afterNextPaint,
  ) {
    this.dataset = livret;
  }

  /** Whether an own list is shown. */
  get active(): boolean {
    return this.dataset !== this.livret;
  }

  /** Reads a file; a list with at least one Campus replaces what is shown and is kept. */
  async open(
    file: OwnListFile,
    { keep = true, fresh = true, choice }: { keep?: boolean; fresh?: boolean; choice?: SheetChoice } = {},
  ): Promise<OwnListResult | undefined> {
    this.#lastFile = file;
    this.phase = { kind: 'reading', name: file.name, ...(choice ? { choice } : {}) };
    let result: OwnListResult;
    try {
      result = await this.reader.read(file);
    } catch (error) {
      this.phase = { kind: 'failed', name: file.name, reason: (error as Error).message };
      return undefined;
    }
    this.phase = { kind: 'read', result };
    // The outcome shows before the explorer is rebuilt on the list (seconds, for thousands of Campus).
    await this.nextPaint();
    // Nothing half-loaded: a file that maps no Campus leaves the map as it was.
    if (!result.ok) return result;
    if (fresh) this.onchange();
    this.dataset = withOwnList(this.livret, result.list, result.list.name);
    if (keep) {
      try {
        await this.store.put(file);
        this.kept = true;
      } catch {
        this.kept = false;
      }
    }
    return result;
  }

  /**
   * Reads another sheet of the workbook last opened (the dialog's sheet chooser): shown if it maps
   * Campus, as a newly opened file; the list shown stays otherwise.
   */
  async chooseSheet(sheet: string): Promise<OwnListResult | undefined> {
    if (!this.#lastFile) return undefined;
    const last = this.phase.kind === 'read' ? this.phase.result : undefined;
    const sheets = last ? (last.ok ? last.list.sheets : last.sheets) : undefined;
    return this.open({ ...this.#lastFile, sheet }, { choice: { sheet, ...(sheets ? { sheets } : {}) } });
  }

  /** Shows the list kept from an earlier visit, if any (read again, with today's rules). */
  async restore(): Promise<void> {
    const file = await this.store.get().catch(() => undefined);
    if (!file) return;
    // The page's own address (its filters, its view) was written for this list: keep it.
    const result = await this.open(file, { keep: false, fresh: false });
    if (result?.ok) this.kept = true;
    // A kept list that no longer reads (a commune merged since) is dropped; the dialog says why.
    else await this.store.clear().catch(() => {});
  }

  /** Back to the livret's Campus, and the kept list forgotten. */
  async forget(): Promise<void> {
    if (this.active) this.onchange();
    this.dataset = this.livret;
    this.phase = { kind: 'idle' };
    this.kept = false;
    await this.store.clear().catch(() => {});
  }
}

const [getOwnListContext, setOwnList, hasOwnList] = createContext<OwnListState>();
export { setOwnList };

/** The own-list state, or undefined where there is none (an embed, whose list is fixed by its URL). */
export function getOwnList(): OwnListState | undefined {
  return hasOwnList() ? getOwnListContext() : undefined;
}
