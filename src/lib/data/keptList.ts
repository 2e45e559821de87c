/**
 * The own list a person opened, kept in this browser (IndexedDB) so that it is still there after a
 * reload, and forgotten on request. The file's bytes are kept, not the list read from them: on the next
 * visit it is read again with the rules and the gazetteer of that day, exactly as a newly opened file.
 * Nothing is sent anywhere.
 */
export interface KeptFile {
  name: string;
  bytes: Uint8Array;
  /** The workbook's sheet the person chose (the first when absent). */
  sheet?: string | undefined;
}

export interface KeptListStore {
  get(): Promise<KeptFile | undefined>;
  put(file: KeptFile): Promise<void>;
  clear(): Promise<void>;
}

/**
 * Set in localStorage while a list is kept: the page's first script (src/firstViewGuard.ts) must know
 * before the first paint whether the view built into the HTML (the livret's Campus) is the one to show,
 * and IndexedDB only answers later.
 */
export const KEPT_LIST_MARK = 'campus-map:kept-list';

function mark(kept: boolean): void {
  try {
    if (kept) localStorage.setItem(KEPT_LIST_MARK, '1');
    else localStorage.removeItem(KEPT_LIST_MARK);
  } catch {
    // No storage (a sandboxed frame): the built view shows, then the kept list replaces it.
  }
}

const DB = 'campus-map';
const STORE = 'own-list';
const KEY = 'current';

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

function openDb(): Promise<IDBDatabase> {
  const r = indexedDB.open(DB, 1);
  r.onupgradeneeded = () => r.result.createObjectStore(STORE);
  return request(r);
}

async function inStore<T>(
  mode: IDBTransactionMode,
  act: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await openDb();
  try {
    return await request(act(db.transaction(STORE, mode).objectStore(STORE)));
  } finally {
    db.close();
  }
}

const isKeptFile = (v: unknown): v is KeptFile =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as KeptFile).name === 'string' &&
  (v as KeptFile).bytes instanceof Uint8Array;

/**
 * The browser's store. Where IndexedDB is missing or refused (a private window in some browsers, a
 * sandboxed frame), it keeps nothing and says so through a rejected `put`, never by breaking the app.
 */
export const indexedDbStore: KeptListStore = {
  async get() {
    if (typeof indexedDB === 'undefined') return undefined;
    const value: unknown = await inStore('readonly', (s) => s.get(KEY));
    // Kept by a version before the mark, or forgotten by the browser: the mark follows what is there.
    mark(isKeptFile(value));
    if (!isKeptFile(value)) return undefined;
    const { sheet } = value as { sheet?: unknown };
    return { name: value.name, bytes: value.bytes, ...(typeof sheet === 'string' ? { sheet } : {}) };
  },
  async put(file) {
    if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
    const sheet = file.sheet === undefined ? {} : { sheet: file.sheet };
    await inStore('readwrite', (s) => s.put({ name: file.name, bytes: file.bytes, ...sheet }, KEY));
    mark(true);
  },
  async clear() {
    if (typeof indexedDB === 'undefined') return;
    await inStore('readwrite', (s) => s.delete(KEY));
    mark(false);
  },
};

/** A store in memory, for tests and for embeds (which never keep a list). */
export function memoryStore(initial?: KeptFile): KeptListStore & { kept: KeptFile | undefined } {
  return {
    kept: initial,
    async get() {
      return this.kept;
    },
    async put(file) {
      this.kept = file;
    },
    async clear() {
      this.kept = undefined;
    },
  };
}
