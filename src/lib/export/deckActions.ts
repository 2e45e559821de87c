/**
 * « Télécharger le diaporama (.pptx) »: the deck of a tour, following the filters, built from the
 * explorer's state and offered as a download. Part of the deck's on-demand chunk (deckRun.svelte.ts).
 */
import type { Explorer } from '../state/explorer.svelte.ts';
import type { TourKind } from '../query/tour.ts';
import { download } from '../ui/download.ts';
import { buildDeck, deckSteps, type DeckWords } from './deckModel.ts';
import { deckToPptx, type DeckProgress } from './deckPptx.ts';
import { attributionLine, displayDate, exportFilename, sourceLine } from './exportNames.ts';

const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** The explorer's words and lookups for the deck model, links pointing at this page. */
export function deckWords(
  explorer: Explorer,
  now: Date,
  base = location.origin + location.pathname,
): DeckWords {
  const lang = explorer.app.lang;
  const langParam = lang === 'fr' ? '' : `&lang=${lang}`;
  const filtered = !explorer.presentation.active && explorer.shown.length < explorer.data.campus.length;
  return {
    lang,
    t: explorer.t,
    regionName: (code) => explorer.regionName(code),
    academieName: (id) => explorer.academieName(id),
    sectorLabel: (id) => explorer.sectorLabel(id),
    campus: (id) => explorer.campusById.get(id),
    stepLink: (kind, step) => `${base}?present=${kind}&step=${step}${langParam}`,
    campusLink: (id) => `${base}?campus=${encodeURIComponent(id)}${langParam}`,
    appLink: base,
    filters: filtered ? explorer.summary : null,
    ownList: explorer.data.origin?.name ?? null,
    sourceLine: sourceLine(explorer, now),
    date: displayDate(lang, now),
  };
}

/** Builds the deck of `kind` and downloads it; returns the file name. */
export async function exportDeck(
  explorer: Explorer,
  kind: TourKind,
  progress: DeckProgress = {},
  now = new Date(),
): Promise<string> {
  const words = deckWords(explorer, now);
  const steps = deckSteps(kind, explorer.shown, explorer.data.practices, words.filters !== null);
  const deck = buildDeck(kind, steps, words);
  const blob = await deckToPptx(
    deck,
    {
      geography: explorer.data.geography,
      shown: explorer.shown,
      sectorLabel: (id) => explorer.sectorLabel(id),
      attribution: attributionLine(explorer),
    },
    progress,
  );
  const file = exportFilename(
    explorer.t,
    kind === 'practices' ? 'deckPractices' : 'deckRegions',
    'pptx',
    now,
  );
  download(new Blob([blob], { type: PPTX }), file);
  return file;
}
