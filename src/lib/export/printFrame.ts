/**
 * The map's frame on the printed page (PrintSheet.svelte): A4 landscape less its 10 mm margins is
 * 277 × 190 mm; the header takes ~22 mm and the legend row ~12 mm, leaving the map 277 × 156 mm. In CSS
 * pixels (96 per inch), drawn at 2× for print. The padding keeps every Campus (and its town name) off
 * the frame's edge.
 */
import type { CaptureFrame } from '../state/mapSnapshots.svelte.ts';

const MM = 96 / 25.4;

export const PRINT_MAP_MM = { width: 277, height: 156 } as const;

export const PRINT_MAP_FRAME: CaptureFrame = {
  width: Math.round(PRINT_MAP_MM.width * MM),
  height: Math.round(PRINT_MAP_MM.height * MM),
  padding: { top: 48, right: 48, bottom: 48, left: 48 },
};
