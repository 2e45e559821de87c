/**
 * The map's box on the printed page (PrintSheet.svelte). A4 landscape less its 10 mm margins is
 * 277 × 190 mm; the header takes ~15 mm of its height and the side column (legend, credits) 58 mm of its
 * width, leaving the map ~214 × 171 mm. The SVG map is drawn at that size in CSS pixels (96 per inch)
 * and scaled to the box the page actually gives it (vectors: sharp at any resolution).
 */
const MM = 96 / 25.4;

const PRINT_MAP_MM = { width: 214, height: 171 } as const;

export const PRINT_MAP_PX = {
  width: Math.round(PRINT_MAP_MM.width * MM),
  height: Math.round(PRINT_MAP_MM.height * MM),
} as const;
