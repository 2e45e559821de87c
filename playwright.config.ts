import { defineConfig } from '@playwright/test';

/** The app's port; E2E_PORT lets a second run (another checkout, a CI job) avoid a busy 4173. */
const PORT = Number(process.env['E2E_PORT'] ?? 4173);

/**
 * End-to-end tests against the BUILT app (vite build + vite preview), in Debian's Chromium
 * (`apt-get install chromium`; Playwright's own browser download is not available here). The web
 * server below is the one place the app is built for them (`npm run test:e2e` is `playwright test`),
 * so a run builds once; locally a server already on the port is reused as it is (see the README).
 */
export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: process.env['CI'] ? 2 : 3,
  retries: process.env['CI'] ? 1 : 0,
  reporter: process.env['CI'] ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1440, height: 900 },
    locale: 'fr-FR',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--use-angle=swiftshader',
        '--enable-unsafe-swiftshader',
      ],
    },
  },
  webServer: {
    // `npm run build` is the app and the <campus-map> element, after the dataset (its prebuild).
    command: `npm run build && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env['CI'],
    // The dataset, both bundles and the server's start, on a CI machine shared with other jobs.
    timeout: 180_000,
  },
});
