import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyAsset } from './bytes.ts';
import { contentType, resolveMounted, startServer } from './server.ts';

const mounts = { '/app/': '/srv/app', '/app/data/': '/srv/data', '/bench/': '/srv/pages' };

describe('resolveMounted', () => {
  it.each([
    ['/app/', join(resolve('/srv/app'), 'index.html')],
    ['/app/assets/index-abc.js?v=1', resolve('/srv/app/assets/index-abc.js')],
    ['/app/data/campus.geojson', resolve('/srv/data/campus.geojson')],
    ['/bench/maplibre.html?data=/data/', resolve('/srv/pages/maplibre.html')],
    ['/bench/a%20b.js', resolve('/srv/pages/a b.js')],
  ])('%s → %s (the longest prefix wins)', (url, file) => {
    expect(resolveMounted(mounts, url)).toBe(file);
  });

  it.each([
    '/elsewhere/x.js',
    '/app/../../etc/passwd',
    '/app/%2e%2e/%2e%2e/etc/passwd',
    '/app/%E0%A4%A',
    'app/x',
  ])('names nothing for %s', (url) => {
    expect(resolveMounted(mounts, url)).toBeNull();
  });
});

describe('contentType and classifyAsset', () => {
  it('knows the types the pages load', () => {
    expect(contentType('a.mjs')).toMatch(/javascript/);
    expect(contentType('campus.geojson')).toBe('application/geo+json');
    expect(contentType('x.unknown')).toBe('application/octet-stream');
  });

  it.each([
    ['assets/maplibre-COPMoeHr.js', 'maplibre'],
    ['assets/maplibre-gl-worker-DTh23QKw.js', 'worker'],
    ['assets/vendor-BA6jekHb.js', 'js'],
    ['assets/index-pqNtoLcT.js', 'js'],
    ['assets/maplibre-qvkd0SPb.css', 'css'],
    ['assets/inter.woff2', 'font'],
    ['../data-livret/campus.geojson', 'data'],
    ['screenshot.png', 'other'],
  ])('%s is %s', (path, kind) => {
    expect(classifyAsset(path)).toBe(kind);
  });
});

describe('startServer', () => {
  it('serves mounted files on loopback, and nothing else', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-server-'));
    writeFileSync(join(dir, 'index.html'), '<p>hi</p>');
    const server = await startServer({ '/site/': dir });
    try {
      expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const page = await fetch(`${server.origin}/site/`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      expect(page.headers.get('cache-control')).toBe('no-store');
      expect(await page.text()).toBe('<p>hi</p>');
      expect((await fetch(`${server.origin}/site/missing.js`)).status).toBe(404);
      expect((await fetch(`${server.origin}/site/`, { method: 'POST' })).status).toBe(405);
      expect(server.takeRequests()).toEqual(['/site/', '/site/missing.js']);
      expect(server.takeRequests()).toEqual([]);
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
