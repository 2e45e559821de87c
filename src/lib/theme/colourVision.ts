/**
 * Colour-vision deficiency check of a palette: each colour is passed through the Machado, Oliveira &
 * Fernandes (2009) simulation matrices at full severity (protanopia, deuteranopia, tritanopia), in
 * linear RGB, and pairs are compared by their CIE76 distance in CIELAB (d3-color's `lab`). A ΔE under
 * ~10 is a pair a reader may confuse; our map then relies on its second cue, the sector letter.
 */
import { lab, rgb } from 'd3-color';

const DEFICIENCIES = {
  protanopia: [0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998],
  deuteranopia: [0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881],
  tritanopia: [1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039],
} as const;
export type Deficiency = keyof typeof DEFICIENCIES | 'normal';

const toLinear = (c: number) => {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};
const fromLinear = (v: number) => {
  const c = Math.min(1, Math.max(0, v));
  return 255 * (c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055);
};

/** How `hex` looks to a person with the deficiency (a hex colour). */
export function simulate(hex: string, deficiency: Deficiency): string {
  if (deficiency === 'normal') return rgb(hex).formatHex();
  const { r, g, b } = rgb(hex);
  const [R, G, B] = [toLinear(r), toLinear(g), toLinear(b)];
  const m = DEFICIENCIES[deficiency];
  return rgb(
    fromLinear(m[0] * R + m[1] * G + m[2] * B),
    fromLinear(m[3] * R + m[4] * G + m[5] * B),
    fromLinear(m[6] * R + m[7] * G + m[8] * B),
  ).formatHex();
}

export function deltaE(a: string, b: string): number {
  const p = lab(a);
  const q = lab(b);
  return Math.hypot(p.l - q.l, p.a - q.a, p.b - q.b);
}

export interface ClosePair {
  a: string;
  b: string;
  deltaE: number;
}

/** Every pair of named colours, as seen with the deficiency, closest first. */
export function closestPairs(colours: Readonly<Record<string, string>>, deficiency: Deficiency): ClosePair[] {
  const names = Object.keys(colours);
  const pairs: ClosePair[] = [];
  names.forEach((a, i) =>
    names.slice(i + 1).forEach((b) =>
      pairs.push({
        a,
        b,
        deltaE: deltaE(simulate(colours[a]!, deficiency), simulate(colours[b]!, deficiency)),
      }),
    ),
  );
  return pairs.sort((x, y) => x.deltaE - y.deltaE);
}
