/**
 * Shared by the two comparison pages: the sector colours (a copy of src/lib/theme/palette.ts; colours do
 * not change timings) and the page parameters the benchmark passes in the query string.
 */
export const SECTOR_COLOURS = {
  agroalimentaire: '#999933',
  'chimie-biotech': '#44aa99',
  'creation-design': '#aa4499',
  batiment: '#882255',
  materiaux: '#4477aa',
  mobilite: '#332288',
  numerique: '#88ccee',
  'services-logistique': '#ee7733',
  'systemes-innovants': '#cc6677',
  tourisme: '#ddcc77',
  energie: '#117733',
};

export const COLOURS = { sea: '#dfe9f0', land: '#f7f4ec', regionLine: '#9aa3ab' };

/**
 * `?data=/data-livret/&bounds=w,s,e,n&w=800&h=600`: where the dataset is, what to fit, and the size of
 * the map (the app's map canvas size, so every page fills the same number of pixels).
 */
export function readParams() {
  const query = new URLSearchParams(location.search);
  const bounds = (query.get('bounds') ?? '-5.5,41,10,51.5').split(',').map(Number);
  return {
    data: query.get('data') ?? '/data-livret/',
    bounds: [
      [bounds[0], bounds[1]],
      [bounds[2], bounds[3]],
    ],
    width: Number(query.get('w')) || 0,
    height: Number(query.get('h')) || 0,
    padding: Number(query.get('padding')) || 20,
  };
}

export function sizeContainer(element, params) {
  if (params.width > 0) element.style.width = `${params.width}px`;
  if (params.height > 0) element.style.height = `${params.height}px`;
}

export function fetchJson(url) {
  return fetch(url).then((response) => {
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return response.json();
  });
}

/** Resolves after the next frame and the task that follows it (its paint included). */
export function afterFrame() {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
