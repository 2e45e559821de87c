/**
 * The camera path of the benchmark (issue « Speed », point 4), evaluated in a page whose map is on
 * `window.__map` (the app and the bare MapLibre page: a MapLibre map; the Leaflet page: a Leaflet map):
 * a zoom of +3 levels and back (MapLibre `easeTo`, 1 s each way; Leaflet `setZoom`, its own 250 ms CSS
 * animation), then 40 `panBy` steps of 200 ms around a rectangle that ends where it began. Every
 * `requestAnimationFrame` callback during the path is timed; the result is the list of intervals
 * between them (ms) and the path's duration. Plain JavaScript: it is sent to the page as text, so no
 * build step can add helpers the page lacks; the benchmark evaluates it, then calls `__cameraPath()`.
 */
window.__cameraPath = async () => {
  const ZOOM_IN = 3;
  const ZOOM_MS = 1000;
  const PAN_MS = 200;
  const STEPS = [
    ...Array.from({ length: 10 }, () => [120, 0]),
    ...Array.from({ length: 10 }, () => [0, 80]),
    ...Array.from({ length: 10 }, () => [-120, 0]),
    ...Array.from({ length: 10 }, () => [0, -80]),
  ];
  const map = window.__map;
  if (!map) throw new Error('no map on window.__map');
  const maplibre = typeof map.easeTo === 'function';

  /** Starts a move and resolves when the map says it ended (listening before it starts). */
  const move = (start) =>
    new Promise((resolve) => {
      const timer = setTimeout(resolve, 10_000);
      map.once('moveend', () => {
        clearTimeout(timer);
        resolve();
      });
      start();
    });

  const intervals = [];
  let last = null;
  let running = true;
  const tick = (now) => {
    if (last !== null) intervals.push(now - last);
    last = now;
    if (running) requestAnimationFrame(tick);
  };
  // Start on a frame boundary, so the first interval is a whole frame.
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const t0 = performance.now();
  requestAnimationFrame(tick);

  const zoom = map.getZoom();
  if (maplibre) {
    await move(() => map.easeTo({ zoom: zoom + ZOOM_IN, duration: ZOOM_MS }));
    await move(() => map.easeTo({ zoom, duration: ZOOM_MS }));
    for (const step of STEPS) await move(() => map.panBy(step, { duration: PAN_MS }));
  } else {
    await move(() => map.setZoom(zoom + ZOOM_IN, { animate: true }));
    await move(() => map.setZoom(zoom, { animate: true }));
    for (const step of STEPS)
      await move(() => map.panBy(step, { animate: true, duration: PAN_MS / 1000, easeLinearity: 0.25 }));
  }
  // The frame that shows where the path ended.
  await new Promise((resolve) => requestAnimationFrame(resolve));
  running = false;
  return { intervals, durationMs: performance.now() - t0 };
};
