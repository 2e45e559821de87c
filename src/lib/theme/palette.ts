/**
 * Colours of the map and the charts: the eleven sector colours and letters, the base cartography, the
 * choropleth ramp, and the contrast rule that picks a letter colour readable on each sector colour.
 */
import type { SectorId } from '../model/types.ts';

/**
 * Eleven sector colours: Paul Tol's "muted" scheme (designed to stay distinct under colour-vision
 * deficiencies) completed with two of his "bright"/"vibrant" colours. Never the only cue: each sector
 * also has a letter drawn in its symbol.
 */
export const SECTOR_COLOURS: Readonly<Record<SectorId, string>> = {
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

/** One letter per sector group, shown in the map symbol, the legend and the charts. */
export const SECTOR_LETTERS: Readonly<Record<SectorId, string>> = {
  agroalimentaire: 'A',
  'chimie-biotech': 'C',
  'creation-design': 'D',
  batiment: 'B',
  materiaux: 'M',
  mobilite: 'T',
  numerique: 'N',
  'services-logistique': 'L',
  'systemes-innovants': 'S',
  tourisme: 'G',
  energie: 'E',
};

export const COLOURS = {
  sea: '#dde7ee',
  neighbour: '#e6e6e0',
  neighbourLine: '#cdcdc5',
  land: '#fcfbf8',
  landSelected: '#e3ecf5',
  landHover: '#efefe8',
  regionLine: '#8f9aa6',
  departementLine: '#c5ccd3',
  academieLine: '#56667a',
  frameLine: '#7f8b98',
  label: '#4d5864',
  labelHalo: '#fcfbf8',
  ink: '#1b2631',
  cluster: '#3e5266',
  clusterText: '#ffffff',
  selected: '#111820',
  zero: '#f7f5ef',
} as const;

/** Sequential ramp of the choropleth (light to dark blue), for classes above zero. */
export const CHOROPLETH_RAMP = ['#d4e4f1', '#a3c6e2', '#6ea3cd', '#3f7fb4', '#1c5a91'] as const;

/** The bars of Campus per région or académie (screen, files, print): a blue of the choropleth's ramp. */
export const AREA_BAR_COLOUR = CHOROPLETH_RAMP[3];

/** WCAG relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** White or near-black, whichever reads better on the given background. */
export function letterColour(background: string): string {
  return contrastRatio(background, '#ffffff') >= contrastRatio(background, COLOURS.ink)
    ? '#ffffff'
    : COLOURS.ink;
}
