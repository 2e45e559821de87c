/**
 * OwnListReader, the app's side of an own list: the gazetteer fetched once beside the dataset (and
 * again after a failed download), a workbook's sheet read through workbook.ts before the list, any
 * other file read as it is, and a hosted list (an embed's `data=`) fetched without credentials and
 * refused with its first problems. In Node, with the fetches stubbed.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { OwnListReader } from './openOwnList.ts';
import { DatasetError, type Dataset } from '../data/loadDataset.ts';
import { campusToXlsx } from '../export/campusXlsx.ts';
import { ownListContext, utf8 } from '../testing/ownListContext.ts';

const topology = JSON.parse(readFileSync('data/france.topo.json', 'utf8')) as Topology;
const areas = (name: string) => feature(topology, topology.objects[name] as GeometryCollection);
const communes = readFileSync('public/data/communes.tsv', 'utf8');

const livret = {
  campus: [],
  practices: [{ id: 'p01' }],
  sectors: ownListContext().sectors,
  geography: { departements: areas('departements'), dromTrue: areas('drom_true') },
} as unknown as Dataset;

const CSV = 'name,sector,commune\nCampus de la mer,tourisme,29019\nCampus du bois,materiaux,88160\n';

function gazetteerServer(...answers: ('ok' | 'throw' | number)[]) {
  const urls: string[] = [];
  const fetchText = (url: string) => {
    urls.push(url);
    const answer = answers.shift() ?? 'ok';
    if (answer === 'throw') return Promise.reject(new TypeError('offline'));
    if (answer === 'ok')
      return Promise.resolve({ ok: true, status: 200, text: () => Promise.resolve(communes) });
    return Promise.resolve({ ok: false, status: answer, text: () => Promise.resolve('') });
  };
  return { urls, fetchText };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('OwnListReader.read', () => {
  it('fetches the gazetteer beside the dataset once, and reads a CSV with it', async () => {
    const server = gazetteerServer();
    const reader = new OwnListReader(livret, '/data/', server.fetchText);
    const first = await reader.read({ name: 'liste.csv', bytes: utf8(CSV) });
    const second = await reader.read({ name: 'liste.csv', bytes: utf8(CSV) });
    expect(server.urls).toEqual(['/data/communes.tsv']);
    for (const result of [first, second]) {
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      expect(result.list.format).toBe('csv');
      expect(
        result.list.campus.map((c) => [c.properties.name, c.properties.commune, c.properties.region]),
      ).toEqual([
        ['Campus de la mer', '29019', '53'],
        ['Campus du bois', '88160', '44'],
      ]);
    }
  });

  it('reports a failed download, then fetches again on the next list', async () => {
    const server = gazetteerServer('throw', 503, 'ok');
    const reader = new OwnListReader(livret, 'https://example.org/data/', server.fetchText);
    const file = { name: 'liste.csv', bytes: utf8(CSV) };
    await expect(reader.read(file)).rejects.toEqual(new DatasetError('communes.tsv', 'network error'));
    await expect(reader.read(file)).rejects.toThrow('communes.tsv: HTTP 503');
    expect((await reader.read(file)).ok).toBe(true);
    expect(server.urls).toEqual(Array(3).fill('https://example.org/data/communes.tsv'));
  });

  it('reads a workbook through its sheet', async () => {
    const reader = new OwnListReader(livret, '/data/', gazetteerServer().fetchText);
    const livretCampus = JSON.parse(readFileSync('public/data/campus.geojson', 'utf8')) as {
      features: Parameters<typeof campusToXlsx>[0];
    };
    const bytes = campusToXlsx(livretCampus.features.slice(0, 3), livret.sectors, 'fr');
    const result = await reader.read({ name: 'campus.xlsx', bytes });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.list.format).toBe('xlsx');
    expect(result.list.sheets).toEqual(['Campus']);
    expect(result.list.campus.map((c) => c.properties.id)).toEqual(
      livretCampus.features.slice(0, 3).map((c) => c.properties.id),
    );
  });
});

describe('OwnListReader.readHosted', () => {
  function hostedServer(answer: 'throw' | { status: number; body?: string }) {
    const calls: [string, RequestInit | undefined][] = [];
    vi.stubGlobal('location', { href: 'https://site.example/carte/embed.html' });
    vi.stubGlobal('fetch', (url: string, init?: RequestInit) => {
      calls.push([url, init]);
      if (answer === 'throw') return Promise.reject(new TypeError('CORS'));
      const bytes = utf8(answer.body ?? '');
      return Promise.resolve({
        ok: answer.status < 300,
        status: answer.status,
        arrayBuffer: () => Promise.resolve(bytes.buffer),
      });
    });
    return calls;
  }

  it('fetches the list without credentials and puts its Campus in place of the livret’s', async () => {
    const calls = hostedServer({ status: 200, body: CSV });
    const reader = new OwnListReader(livret, '/data/', gazetteerServer().fetchText);
    const dataset = await reader.readHosted('listes/ma%20liste.csv');
    expect(calls).toEqual([['listes/ma%20liste.csv', { credentials: 'omit', mode: 'cors' }]]);
    expect(dataset.origin).toEqual({
      kind: 'own-list',
      name: 'listes/ma%20liste.csv',
      rowsRead: 2,
      leftOut: 0,
    });
    expect(dataset.practices).toEqual([]);
    expect(dataset.campus.map((c) => c.properties.name)).toEqual(['Campus de la mer', 'Campus du bois']);
  });

  it('names the network error and the HTTP status', async () => {
    const reader = new OwnListReader(livret, '/data/', gazetteerServer().fetchText);
    hostedServer('throw');
    await expect(reader.readHosted('https://other.example/l.csv')).rejects.toEqual(
      new DatasetError(
        'https://other.example/l.csv',
        'network error, or the server does not allow this site (CORS)',
      ),
    );
    hostedServer({ status: 404 });
    await expect(reader.readHosted('https://other.example/l.csv')).rejects.toThrow(
      'https://other.example/l.csv: HTTP 404',
    );
  });

  it('refuses a list that maps nothing with its first three problems', async () => {
    const rows = ['1', '2', '3', '4'].map((n) => `Campus ${n},tourisme,0000${n}`).join('\n');
    hostedServer({ status: 200, body: `name,sector,commune\n${rows}\n` });
    const reader = new OwnListReader(livret, '/data/', gazetteerServer().fetchText);
    const error = await reader.readHosted('https://other.example/l.csv').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    const reason = (error as DatasetError).reason;
    expect(reason.split(' ; ').map((p) => p.split(' · ').slice(0, 2).join(' · '))).toEqual([
      'line 2 · commune',
      'line 3 · commune',
      'line 4 · commune',
    ]);
  });
});
