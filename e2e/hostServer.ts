/**
 * A stand-in for a région's website: a tiny HTTP server on 127.0.0.1 with a port of its own (so another
 * origin than the app's), serving the HTML pages a test writes.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HostServer {
  /** `http://127.0.0.1:<port>`. */
  origin: string;
  /** Serves `html` at `path` (`/iframe.html`), with extra response headers if given. */
  setPage(path: string, html: string, headers?: Record<string, string>): void;
  close(): Promise<void>;
}

export async function startHostServer(): Promise<HostServer> {
  const pages = new Map<string, { html: string; headers: Record<string, string> }>();
  const server = createServer((request, response) => {
    const page = pages.get(new URL(request.url ?? '/', 'http://host').pathname);
    if (page === undefined) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...page.headers,
    });
    response.end(page.html);
  });
  // Port 0: each Playwright worker gets a free port, so parallel workers never collide.
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    setPage: (path, html, headers = {}) => pages.set(path, { html, headers }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * A host page written to break a careless widget: global box-sizing and fonts, a tiny root font size,
 * red borders on every div, hidden canvases. Its own heading is red; the page is long enough to scroll.
 */
export function hostilePage(embed: string): string {
  return `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>Région — actualités</title>
    <style>
      * { box-sizing: content-box !important; font-family: serif; }
      html { font-size: 10px; }
      body { margin: 0 auto; max-width: 1100px; padding: 16px; }
      div { border: 3px solid red; }
      canvas { display: none; }
      h1 { color: red; }
    </style>
  </head>
  <body>
    <h1>La Région et ses Campus</h1>
    <p>Les Campus des métiers et des qualifications de notre territoire :</p>
    ${embed}
    <div style="height: 3000px">Suite de la page.</div>
  </body>
</html>`;
}
