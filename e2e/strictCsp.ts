/**
 * The policy a host can serve the app with: no 'unsafe-eval', no inline script, no inline style.
 * MapLibre's worker is a file of our own origin (setWorkerUrl), so worker-src needs only 'self' (a
 * build that inlines the worker as a blob would need `worker-src blob:`). Styles set from script
 * through the CSSOM (MapLibre, Svelte's style: directives) are not inline styles to CSP.
 */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'self'",
].join('; ');
