/**
 * Injected into the BUILT app before its own scripts (Playwright addInitScript): it exposes nothing new
 * in the app, only watches what the app already exposes. The app puts its map on `window.__map` once
 * loaded; a setter catches that moment to listen to `idle`. What is « drawn » is read the way the e2e
 * specs read it (e2e/helpers.ts): Campus rendered by the layers `campus-points` and `campus-aggregates`,
 * each aggregate counting for its size, or the `g.campus` of the SVG map when there is no WebGL.
 * `window.__benchConfig.expected` (prepended by the benchmark) is the dataset's Campus count.
 */
(() => {
  const config = window.__benchConfig;
  const CAMPUS_LAYERS = ['campus-points', 'campus-aggregates'];
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

  /** Campus drawn by the MapLibre map (-1 while it has no Campus layer or is loading them). */
  function countDrawnByMap() {
    if (map && map.getLayer('campus-points')) {
      // Cheap first: while the Campus source is (re)loading, the new state cannot be drawn yet.
      if (map.getSource('campus') && !map.isSourceLoaded('campus')) return -1;
      const layers = [...CAMPUS_LAYERS, 'regions-fill'].filter((id) => map.getLayer(id));
      const seen = new Map();
      let france = false;
      for (const f of map.queryRenderedFeatures({ layers })) {
        const p = f.properties;
        if (f.layer.id === 'regions-fill') france = true;
        else seen.set(String(p.id), p.kind === 'aggregate' ? Number(p.count) : 1);
      }
      let n = 0;
      for (const size of seen.values()) n += size;
      return france || !map.getLayer('regions-fill') ? n : -1;
    }
    return -1;
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
   * Clicks `button` (a sector of the legend) and times the change from just before the click:
   * `poll` checks the drawn Campus at every frame (first frame with `expected` of them) and waits for
   * the next idle; `quiet` only waits for the next idle, so nothing of the benchmark's runs on the
   * main thread while its time is measured.
   */
  function change(button, expected, mode) {
    // Without a map (the SVG fallback) there is no idle to wait for: frames are polled.
    const polling = mode === 'poll' || !map;
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
      function onIdle() {
        const now = performance.now();
        if (polling && out.frame === null && drawnCampus() === expected) out.frame = now - t0;
        if (out.idle === null) out.idle = now - t0;
        if (!polling || out.frame !== null) finish();
      }
      function poll() {
        if (finished) return;
        const now = performance.now();
        if (out.frame === null && drawnCampus() === expected) {
          out.frame = now - t0;
          if (out.idle !== null || !map) return finish();
        }
        if (now - t0 > TIMEOUT_MS) return finish();
        requestAnimationFrame(poll);
      }
      if (map) idleListeners.add(onIdle);
      button.click();
      if (polling) requestAnimationFrame(poll);
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
