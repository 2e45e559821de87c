/**
 * The app's side of an own list: fetches the commune gazetteer the first time a list is opened (it is
 * 368 kB gzipped, and most visits never need it), builds the département shapes from the geography the
 * map already has, and reads the file (ownList.ts). Loaded on demand, with the reader's code: a visit
 * that opens no list downloads none of it.
 */
import { CommuneGazetteer, COMMUNES_FILE } from '../data/communes.ts';
import { DatasetError, withOwnList, type Dataset } from '../data/loadDataset.ts';
import { DepartementShapes } from './departementShapes.ts';
import { sniffFile } from './fileKind.ts';
import {
  OWN_LIST_LIMITS,
  readOwnList,
  workbookRequest,
  type OwnListContext,
  type OwnListFile,
  type OwnListResult,
} from './ownList.ts';
import type { WorkbookResult } from './workbook.ts';

type FetchText = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'text'>>;

/** Reads own lists against the livret's dataset; the gazetteer is fetched once, on the first list. */
export class OwnListReader {
  #context: Promise<OwnListContext> | undefined;

  constructor(
    private readonly livret: Dataset,
    /** Where the dataset is served (ends with `/`): the gazetteer is beside it. */
    private readonly dataUrl: string,
    private readonly fetchText: FetchText = (url) => fetch(url),
  ) {}

  /** The gazetteer and the shapes; a failed download is tried again on the next list. */
  context(): Promise<OwnListContext> {
    this.#context ??= this.#loadContext().catch((error: unknown) => {
      this.#context = undefined;
      throw error;
    });
    return this.#context;
  }

  async #loadContext(): Promise<OwnListContext> {
    const text = await fetchOk(this.fetchText, `${this.dataUrl}${COMMUNES_FILE}`, COMMUNES_FILE);
    const { departements, dromTrue } = this.livret.geography;
    return {
      gazetteer: CommuneGazetteer.fromText(text),
      shapes: new DepartementShapes(departements.features, dromTrue.features),
      sectors: this.livret.sectors,
    };
  }

  async read(file: OwnListFile): Promise<OwnListResult> {
    const context = await this.context();
    return readOwnList(file, context, await readSheet(file));
  }

  /**
   * A list a site hosts (an embed's `data=`): fetched from its address, read like an opened file. A
   * list that maps nothing fails with its first problems, for the embed's error screen.
   */
  async readHosted(url: string): Promise<Dataset> {
    let response;
    try {
      response = await this.fetchHosted(url);
    } catch {
      throw new DatasetError(url, 'network error, or the server does not allow this site (CORS)');
    }
    if (!response.ok) throw new DatasetError(url, `HTTP ${response.status}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const name = decodeURIComponent(new URL(url, location.href).pathname.split('/').pop() || url);
    const result = await this.read({ name, bytes });
    if (!result.ok)
      throw new DatasetError(
        url,
        result.problems
          .slice(0, 3)
          .map((p) => `line ${p.line} · ${p.field} · ${p.message}`)
          .join(' ; '),
      );
    return withOwnList(this.livret, result.list, url);
  }

  /** Hosted lists are fetched without credentials: a région's public file needs none. */
  private fetchHosted(url: string) {
    return fetch(url, { credentials: 'omit', mode: 'cors' });
  }
}

/**
 * A workbook's sheet, read by workbook.ts and SheetJS: a chunk of their own, fetched the first time a
 * workbook is opened (a CSV or a GeoJSON never needs them). Nothing for any other file.
 */
async function readSheet(file: OwnListFile): Promise<WorkbookResult | undefined> {
  const kind = sniffFile(file.bytes);
  if (kind.kind !== 'workbook' || file.bytes.length > OWN_LIST_LIMITS.bytes) return undefined;
  const { readWorkbook } = await import('./workbook.ts');
  return readWorkbook(workbookRequest(file, kind));
}

async function fetchOk(fetchText: FetchText, url: string, file: string): Promise<string> {
  let response;
  try {
    response = await fetchText(url);
  } catch {
    throw new DatasetError(file, 'network error');
  }
  if (!response.ok) throw new DatasetError(file, `HTTP ${response.status}`);
  return response.text();
}
