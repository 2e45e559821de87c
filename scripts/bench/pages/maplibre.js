/**
 * The floor: one page, MapLibre from node_modules, the régions as a fill and a line, the Campus as a
 * `circle` layer coloured by sector with a `match` expression. No clustering, no app around it.
 * `window.__bench` is what the benchmark drives (see scripts/bench/measure.ts).
 */
/* global topojson */
import { Map as MapLibreMap } from '/vendor/maplibre-gl/maplibre-gl.mjs';
import { COLOURS, SECTOR_COLOURS, afterFrame, fetchJson, readParams, sizeContainer } from './common.js';

const params = readParams();
const container = document.getElementById('map');
sizeContainer(container, params);

const data = Promise.all([
  fetchJson(`${params.data}france.topo.json`),
  fetchJson(`${params.data}campus.geojson`),
]);
const map = new MapLibreMap({
  container,
  style: {
    version: 8,
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': COLOURS.sea } }],
  },
  bounds: params.bounds,
  fitBoundsOptions: { padding: params.padding },
  attributionControl: false,
});
window.__map = map;
const loaded = new Promise((resolve) => map.once('load', resolve));

const sectorColour = ['match', ['get', 'sector'], ...Object.entries(SECTOR_COLOURS).flat(), '#888888'];

/** Resolves at the next `idle` (the map has drawn everything it was asked for). */
const nextIdle = () => new Promise((resolve) => map.once('idle', () => resolve(performance.now())));

const ready = Promise.all([data, loaded]).then(([[topology, campus]]) => {
  map.addSource('regions', { type: 'geojson', data: topojson.feature(topology, topology.objects.regions) });
  map.addLayer({
    id: 'regions-fill',
    type: 'fill',
    source: 'regions',
    paint: { 'fill-color': COLOURS.land },
  });
  map.addLayer({
    id: 'regions-line',
    type: 'line',
    source: 'regions',
    paint: { 'line-color': COLOURS.regionLine, 'line-width': 0.8 },
  });
  map.addSource('campus', { type: 'geojson', data: campus });
  map.addLayer({
    id: 'campus',
    type: 'circle',
    source: 'campus',
    paint: {
      'circle-radius': 5,
      'circle-color': sectorColour,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1,
    },
  });
  return nextIdle().then((at) => ({ fmp: at, idle: at }));
});

window.__bench = {
  ready,
  /** Campus drawn in the viewport (each once). */
  count() {
    const ids = new Set(map.queryRenderedFeatures({ layers: ['campus'] }).map((f) => f.properties.id));
    return ids.size;
  },
  /** Filters on one sector (null: all) with setFilter; the change ends at the next idle. */
  async change(sector) {
    const t0 = performance.now();
    const idle = nextIdle();
    map.setFilter('campus', sector ? ['==', ['get', 'sector'], sector] : null);
    const at = (await idle) - t0;
    await afterFrame();
    return { frame: at, idle: at };
  },
};
