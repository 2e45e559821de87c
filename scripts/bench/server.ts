/**
 * A small static file server for the benchmark: loopback only, GET and HEAD only, files only from the
 * folders mounted under URL prefixes, no caching (each run starts cold). It records the paths asked
 * for, so the report can size what a page actually loaded.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

/** URL prefix (starting and ending with `/`) → folder on disk. */
export type Mounts = Record<string, string>;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.map': 'application/json',
};

export function contentType(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file a URL path names: the longest mounted prefix wins, `index.html` stands for a folder, and a
 * path that would leave its folder (`..`, encoded or not) names nothing. Pure (no file-system access).
 */
export function resolveMounted(mounts: Mounts, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '');
  } catch {
    return null;
  }
  if (!path.startsWith('/') || path.includes('\0')) return null;
  const prefix = Object.keys(mounts)
    .filter((p) => path.startsWith(p))
    .sort((a, b) => b.length - a.length)[0];
  if (prefix === undefined) return null;
  const root = resolve(mounts[prefix]!);
  const rest = path.slice(prefix.length);
  const file = resolve(root, rest === '' || rest.endsWith('/') ? join(rest, 'index.html') : rest);
  return file === root || file.startsWith(root + sep) ? file : null;
}

export interface StaticServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** Paths requested since the last `takeRequests()`. */
  takeRequests(): string[];
  close(): Promise<void>;
}

export async function startServer(mounts: Mounts): Promise<StaticServer> {
  let requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    requests.push(url.split(/[?#]/)[0] ?? url);
    const file = resolveMounted(mounts, url);
    let size = -1;
    try {
      if (file) {
        const stat = statSync(file);
        if (stat.isFile()) size = stat.size;
      }
    } catch {
      // Not found: answered below.
    }
    if (!file || size < 0) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': contentType(file),
      'content-length': size,
      'cache-control': 'no-store',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    takeRequests() {
      const taken = requests;
      requests = [];
      return taken;
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
