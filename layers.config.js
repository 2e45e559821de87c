/**
 * The layers of src/lib, lowest first. A folder may import from the folders before it, never from
 * those after it; ESLint enforces it (eslint.config.js) and `npm test` runs ESLint, so a wrong-way
 * import fails the build. The README's « Layout » section explains each folder.
 *
 *   model   the data contract's types, filters, area levels, focus targets, the sector rule
 *   i18n    French and English messages
 *   geo     régions, académies, DROM insets (static tables)
 *   theme   colours, the sector badge, choropleth classes
 *   data    loading and decoding the dataset and geography; provenance of facts; the commune gazetteer
 *   ingest  records in, dataset out: the CSV reader, the checks and geocoding that `npm run data` and
 *           the app (a person's own list) share
 *   query   pure questions on the data: filter, count, search, order, the presentation's tours
 *   state   rune classes shared by context (explorer, camera, hover, URL); loading chunks on demand
 *   ui      panels, cards, lists, filters
 *   charts  bar charts
 *   map     the MapLibre map and its SVG fallback
 *   export  files out: CSV, GeoJSON, PNG, SVG, print
 *   present the presentation mode
 *   embed   the embed dialog and the options of embeds
 *   screens whole screens composed from the views above (explorer, embed, <campus-map>)
 *
 * `testing` (harnesses and fixtures) may import anything and is imported by tests only.
 */
export const LAYERS = [
  'model',
  'i18n',
  'geo',
  'theme',
  'data',
  'ingest',
  'query',
  'state',
  'ui',
  'charts',
  'map',
  'export',
  'present',
  'embed',
  'screens',
];

/** A regex matching a relative import that climbs out of `folder` into one of `targets`. */
function climbingInto(targets) {
  return `^(?:\\.\\./)+(?:${targets.join('|')})/`;
}

/**
 * ESLint `no-restricted-imports` pattern groups, one config block per layer: the layers above it
 * (and `testing`, outside tests) are forbidden.
 */
export function layerBoundaries(common) {
  return LAYERS.map((layer, i) => {
    const above = [...LAYERS.slice(i + 1), 'testing'];
    return {
      files: [`src/lib/${layer}/**/*.{ts,svelte}`],
      ignores: ['**/*.test.ts'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            ...common,
            patterns: [
              ...common.patterns,
              {
                regex: climbingInto(above),
                message: `src/lib/${layer} sits below ${above.join(', ')}: it may import only ${LAYERS.slice(0, i).join(', ') || 'nothing from other folders'} (see layers.config.js).`,
              },
              {
                regex: '^(?:\\.\\./)+(?:App\\.svelte|main\\.ts|embed\\.ts|campus-map\\.ts)$',
                message: 'src/lib does not import the entry files in src/.',
              },
            ],
          },
        ],
      },
    };
  });
}
