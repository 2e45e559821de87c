/**
 * The light alternative: plain Leaflet with its canvas renderer (`preferCanvas`), the régions as
 * L.geoJSON, the Campus as L.circleMarker coloured by sector. A filter change removes and adds markers.
 * `window.__bench` is what the benchmark drives (see scripts/bench/measure.ts).
 */
/* global L, topojson */
import { COLOURS, SECTOR_COLOURS, afterFrame, fetchJson, readParams, sizeContainer } from './common.js';

const params = readParams();
const container = document.getElementById('map');
sizeContainer(container, params);

const data = Promise.all([
  fetchJson(`${params.data}france.topo.json`),
  fetchJson(`${params.data}campus.geojson`),
]);
const map = L.map(container, { preferCanvas: true, zoomSnap: 0, attributionControl: false });
// For the camera path (camera-path.js), as the MapLibre pages expose theirs.
window.__map = map;
map.fitBounds(L.latLngBounds(params.bounds.map(([lon, lat]) => [lat, lon])), {
  padding: [params.padding, params.padding],
  animate: false,
});

/** Every marker, with its sector; `shown` holds those on the map. */
let markers = [];
const shown = L.featureGroup();

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));

const ready = data.then(([topology, campus]) => {
  L.geoJSON(topojson.feature(topology, topology.objects.regions), {
    style: { fillColor: COLOURS.land, fillOpacity: 1, color: COLOURS.regionLine, weight: 0.8 },
  }).addTo(map);
  markers = campus.features.map((f) => {
    const [lon, lat] = f.geometry.coordinates;
    const marker = L.circleMarker([lat, lon], {
      radius: 5,
      fillColor: SECTOR_COLOURS[f.properties.sector] ?? '#888888',
      fillOpacity: 1,
      color: '#ffffff',
      weight: 1,
    });
    marker.sector = f.properties.sector;
    return marker;
  });
  for (const marker of markers) shown.addLayer(marker);
  shown.addTo(map);
  // The canvas renderer draws in its own animation frame, requested above: this one comes after it.
  return nextFrame().then((at) => ({ fmp: at, idle: null }));
});

window.__bench = {
  ready,
  count: () => shown.getLayers().length,
  /** Filters on one sector (null: all) by removing and adding markers; the change ends at the next frame. */
  async change(sector) {
    const t0 = performance.now();
    for (const marker of markers) {
      const wanted = !sector || marker.sector === sector;
      const present = shown.hasLayer(marker);
      if (wanted && !present) shown.addLayer(marker);
      else if (!wanted && present) shown.removeLayer(marker);
    }
    const at = (await nextFrame()) - t0;
    await afterFrame();
    return { frame: at, idle: null };
  },
};
