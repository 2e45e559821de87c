/**
 * Injected into the BUILT app before its own scripts (Playwright addInitScript): it exposes nothing new
 * in the app, only watches what the app already exposes. The app puts its map on `window.__map` once
 * loaded; a setter catches that moment to listen to `idle`. What is « drawn » is read the way the e2e
 * specs read it (e2e/helpers.ts): the Campus the Campus overlay drew in its last frame (its canvas's
 * `campusMarks`, in the viewport), each aggregate counting for its size, or the `g.campus` of the SVG
 * map while it is on screen. (Before the Campus were drawn by the overlay, they were MapLibre features
 * of the layers `campus-points` and `campus-aggregates`, read with `queryRenderedFeatures`.)
 * `window.__benchConfig.expected` (prepended by the benchmark) is the dataset's Campus count.
 */
(() => {
  const config = window.__benchConfig;
  const TIMEOUT_MS = 60000;
  let map = null;
  const idleListeners = new Set();

  Object.defineProperty(window, '__map', {
    configurable: true,
    get: () => map,
    set: (instance) => {
      map = instance;
      instance.on('idle', () => {
        for (const listener of [...idleListeners]) listener();
      });
    },
  });

  /** Time the probe itself spent counting (so the report can tell how much it disturbs the page). */
  const overhead = { calls: 0, ms: 0 };

  /** Campus drawn now (-1 while there is no map yet); France must be drawn too. */
  function drawnCampus() {
    const t0 = performance.now();
    const n = countDrawn();
    overhead.calls += 1;
    overhead.ms += performance.now() - t0;
    return n;
  }

  /**
   * What the person sees: the SVG map while it is there (the preview drawn on top while MapLibre
   * loads, or the fallback without WebGL), else the MapLibre map.
   */
  function countDrawn() {
    const svg = document.querySelector('[data-testid=svg-map]');
    if (!svg) return countDrawnByMap();
    // The SVG map draws each Campus as a g.campus, and where thousands crowd a g.aggregate holding
    // its count (data-count); régions must be drawn too.
    if (!svg.querySelector('path.region')) return -1;
    const aggregates = svg.querySelectorAll('g.aggregate');
    const held = [...aggregates].reduce((n, g) => n + Number(g.dataset.count), 0);
    return svg.querySelectorAll('g.campus').length + held;
  }

  /**
   * Campus drawn over the MapLibre map by the Campus overlay (-1 while there is none, while MapLibre's
   * canvas is still hidden, or while France is not drawn yet: the régions' source must be loaded).
   */
  function countDrawnByMap() {
    // The app keeps MapLibre's canvas hidden under its SVG preview until the map is ready.
    if (!map || map.getCanvas().style.visibility === 'hidden') return -1;
    const canvas = map.getCanvasContainer().querySelector('canvas.campus-overlay');
    const marks = canvas && canvas.campusMarks;
    if (!marks) return -1;
    if (map.getSource('regions') && !map.isSourceLoaded('regions')) return -1;
    const { width, height } = canvas.getBoundingClientRect();
    const inside = (m) => m.x >= 0 && m.y >= 0 && m.x <= width && m.y <= height;
    const ids = new Set();
    for (const c of marks.campus) if (inside(c)) ids.add(c.id);
    let n = ids.size;
    for (const a of marks.aggregates) if (inside(a)) n += a.count;
    return n;
  }

  /** The rendering path the app took: MapLibre, or the SVG fallback. */
  function renderer() {
    if (map) return 'maplibre';
    return document.querySelector('[data-testid=svg-map][data-mode=fallback]') ? 'svg' : 'none';
  }

  let maxSeen = -1;
  const ready = new Promise((resolve) => {
    const result = { fmp: null, idle: null, renderer: 'none', maxSeen: -1 };
    const started = performance.now();
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      idleListeners.delete(onIdle);
      result.renderer = renderer();
      result.maxSeen = maxSeen;
      resolve(result);
    };
    const check = () => {
      const n = drawnCampus();
      maxSeen = Math.max(maxSeen, n);
      return n === config.expected;
    };
    // « Map idle »: the first idle at which the MapLibre map itself draws every Campus (the SVG preview
    // may have reached the first paint long before).
    function onIdle() {
      const now = performance.now();
      if (result.fmp === null && check()) result.fmp = now;
      const t0 = performance.now();
      const byMap = countDrawnByMap();
      overhead.calls += 1;
      overhead.ms += performance.now() - t0;
      if (byMap === config.expected && result.idle === null) {
        if (result.fmp === null) result.fmp = now;
        result.idle = now;
        finish();
      }
    }
    idleListeners.add(onIdle);
    function poll() {
      if (finished) return;
      const now = performance.now();
      if (result.fmp === null && check()) result.fmp = now;
      // The SVG map has no idle: its first complete frame is all there is.
      if (result.fmp !== null && renderer() === 'svg') return finish();
      if (now - started > TIMEOUT_MS) return finish();
      requestAnimationFrame(poll);
    }
    requestAnimationFrame(poll);
  });

  /**
   * Clicks `button` (a sector of the legend) and times the change from just before the click: `frame`
   * is the first animation frame at which `expected` Campus are drawn, `idle` the first moment after it
   * at which the map has nothing left to do: MapLibre's next `idle` event if the change made it draw,
   * else the first frame at which it is loaded and not moving (a filter change redraws the Campus
   * overlay only, and MapLibre, having nothing to draw, fires no `idle`). Frames are polled in both
   * modes: since the overlay, counting is reading an array (microseconds, in the reported overhead);
   * `quiet` only says the benchmark runs nothing else meanwhile.
   */
  function change(button, expected) {
    return new Promise((resolve) => {
      const out = { frame: null, idle: null };
      let finished = false;
      const t0 = performance.now();
      const finish = () => {
        if (finished) return;
        finished = true;
        idleListeners.delete(onIdle);
        requestAnimationFrame(() => setTimeout(() => resolve(out), 0));
      };
      const settled = () => !map || (map.loaded() && !map.isMoving());
      function onIdle() {
        const now = performance.now();
        if (out.frame === null && drawnCampus() === expected) out.frame = now - t0;
        if (out.frame !== null && out.idle === null) out.idle = now - t0;
        if (out.idle !== null) finish();
      }
      function poll() {
        if (finished) return;
        const now = performance.now();
        if (out.frame === null && drawnCampus() === expected) out.frame = now - t0;
        if (out.frame !== null && out.idle === null && settled()) out.idle = now - t0;
        if (out.idle !== null) return finish();
        if (now - t0 > TIMEOUT_MS) return finish();
        requestAnimationFrame(poll);
      }
      if (map) idleListeners.add(onIdle);
      button.click();
      requestAnimationFrame(poll);
      setTimeout(finish, TIMEOUT_MS);
    });
  }

  window.__bench = {
    ready,
    count: drawnCampus,
    overhead: () => ({ ...overhead }),
    change,
    canvasSize: () => {
      const canvas = map ? map.getCanvas() : document.querySelector('[data-testid=svg-map]');
      return canvas ? { width: canvas.clientWidth, height: canvas.clientHeight } : null;
    },
  };
})();
