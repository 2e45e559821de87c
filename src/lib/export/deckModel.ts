/**
 * The slide deck of a tour (issue 23, point 1), as plain data: a title slide, one slide per step of the
 * tour (its kicker, title, text, source line and speaker notes) and a closing slide (sources and
 * licences). Pure: deckPptx.ts turns it into a .pptx with pptxgenjs, and the tests read it here.
 * The livret's texts (titles, summaries, headings) stay in French; the interface's words follow `t`.
 */
import type { Lang, Translate } from '../i18n/translate.ts';
import { plural } from '../i18n/translate.ts';
import type { CampusFeature, Practice, SectorId } from '../model/types.ts';
import { SECTOR_IDS } from '../model/types.ts';
import { deckText, type DeckTextKey } from './deckText.ts';
import { practiceAcademies, practiceRegions } from '../query/practicesForArea.ts';
import {
  practiceTour,
  regionTour,
  tourSpotlight,
  type Spotlight,
  type TourKind,
  type TourStep,
} from '../query/tour.ts';

type DeckText = (key: DeckTextKey, params?: Record<string, string | number>) => string;

/** The words and lookups a deck needs from the explorer (kept apart so the model is pure). */
export interface DeckWords {
  lang: Lang;
  t: Translate;
  regionName(code: string): string;
  academieName(id: string): string;
  sectorLabel(id: SectorId): string;
  campus(id: string): CampusFeature | undefined;
  /** The app's link to a step of a tour (counted from 1), or to a Campus' card. */
  stepLink(kind: TourKind, step: number): string;
  campusLink(id: string): string;
  /** The app's own address (the closing slide). */
  appLink: string;
  /** The summary line of the filters (« 12 Campus · Énergie »), or null when no filter is on. */
  filters: string | null;
  /** A person's own list (« Vos données »): its name, cited instead of the livret for the Campus. */
  ownList: string | null;
  /** Source line of a région step (« Source : Livret … · 29/11/2026 »). */
  sourceLine: string;
  /** The date as the language writes it. */
  date: string;
}

export interface StepSlide {
  /** The line above the title: the chapter, or « Régions ». */
  kicker: string;
  title: string;
  /** The step's text, one paragraph per entry. */
  body: string[];
  /** The source line at the foot of the slide. */
  source: string;
  /** Speaker notes: chapter and heading, the Campus or the areas, and the links. */
  notes: string[];
  /** What the slide's map shows (deckMap.ts frames it). */
  spotlight: Spotlight;
}

export interface Deck {
  kind: TourKind;
  title: { title: string; lines: string[] };
  steps: StepSlide[];
  closing: { title: string; lines: string[] };
}

/**
 * The steps of a tour that follow the filters (as the tour's steps are built, from what is shown):
 * the régions with a Campus shown; the practices that name a Campus shown. Without a filter, every
 * practice, governance ones (no Campus) included; with one, a governance practice has nothing shown
 * to point at, so it is left out.
 */
export function deckSteps(
  kind: TourKind,
  shown: readonly CampusFeature[],
  practices: readonly Practice[],
  filtered: boolean,
): TourStep[] {
  if (kind === 'regions') return regionTour(shown);
  if (!filtered) return practiceTour(practices);
  const ids = new Set(shown.map((f) => f.id));
  return practiceTour(practices.filter((p) => p.campus.some((id) => ids.has(id))));
}

/** « Chapitre 3 — … », or the annexe's name. */
function chapterLabel(words: DeckWords, practice: Practice): string {
  const { t } = words;
  return practice.chapter === 'annexe'
    ? t('chapter.annexe')
    : `${t('chapter.short', { chapter: practice.chapter })} — ${t(`chapter.${practice.chapter}`)}`;
}

/** The heading of the livret a practice cites (« ch. 1 — Le Campus forêt-bois » → « Le Campus forêt-bois »). */
export function livretHeading(source: string): string {
  const dash = source.indexOf(' — ');
  return dash >= 0 ? source.slice(dash + 3) : source;
}

function practiceSlide(words: DeckWords, practice: Practice, step: TourStep, n: number): StepSlide {
  const { t } = words;
  const d: DeckText = (key, params) => deckText(words.lang, key, params);
  const campus = practice.campus.flatMap((id) => words.campus(id) ?? []);
  const areas = [
    ...practiceAcademies(practice).map((id) =>
      t('common.labelled', { label: t('level.practice.academie'), value: words.academieName(id) }),
    ),
    ...practiceRegions(practice).map((code) =>
      t('common.labelled', { label: t('level.practice.region'), value: words.regionName(code) }),
    ),
  ];
  const where =
    campus.length > 0
      ? d('notesCampus', { names: campus.map((f) => f.properties.name).join(' · ') })
      : practice.level === 'national'
        ? t('present.national')
        : d('notesArea', { areas: areas.join(' · ') });
  return {
    kicker: chapterLabel(words, practice),
    title: practice.title,
    body: [practice.summary, where],
    source: t('common.labelled', { label: t('card.source'), value: practice.source }),
    notes: [
      d('notesChapter', { chapter: chapterLabel(words, practice) }),
      d('notesHeading', { heading: livretHeading(practice.source) }),
      where,
      d('notesStep', { url: words.stepLink('practices', n) }),
      ...campus.map((f) => d('notesCampusLink', { name: f.properties.name, url: words.campusLink(f.id) })),
    ],
    spotlight: tourSpotlight(step),
  };
}

function regionSlide(words: DeckWords, region: string, ids: string[], step: TourStep, n: number): StepSlide {
  const { t } = words;
  const d: DeckText = (key, params) => deckText(words.lang, key, params);
  const campus = ids.flatMap((id) => words.campus(id) ?? []);
  const count = new Map<SectorId, number>();
  for (const f of campus) count.set(f.properties.sector, (count.get(f.properties.sector) ?? 0) + 1);
  const bySector = SECTOR_IDS.filter((id) => count.has(id)).map((id) =>
    t('common.labelled', { label: words.sectorLabel(id), value: String(count.get(id)) }),
  );
  return {
    kicker: t('present.tour.regions'),
    title: words.regionName(region),
    body: [plural(words.lang, 'summary.count', campus.length), ...bySector],
    source: words.sourceLine,
    notes: [
      d('notesArea', { areas: words.regionName(region) }),
      d('notesCampus', { names: campus.map((f) => f.properties.name).join(' · ') }),
      d('notesStep', { url: words.stepLink('regions', n) }),
    ],
    spotlight: tourSpotlight(step),
  };
}

/** The deck of a tour's steps (already following the filters: see `deckSteps`). */
export function buildDeck(kind: TourKind, steps: readonly TourStep[], words: DeckWords): Deck {
  const { t } = words;
  const d: DeckText = (key, params) => deckText(words.lang, key, params);
  const slides = steps.map((step, i) =>
    step.kind === 'practices'
      ? practiceSlide(words, step.practice, step, i + 1)
      : regionSlide(words, step.region, step.campus, step, i + 1),
  );
  const sources = words.ownList ? [d('sourceOwn', { name: words.ownList })] : [d('sourceLivret')];
  return {
    kind,
    title: {
      title: d(`title_${kind}`),
      lines: [
        d('what', { tour: t(`present.tour.${kind}`), n: slides.length }),
        words.filters ? d('filters', { filters: words.filters }) : d('noFilter'),
        d('date', { date: words.date }),
      ],
    },
    steps: slides,
    closing: {
      title: d('closing'),
      lines: [
        ...sources,
        d('sourceNaturalEarth'),
        d('sourceCog'),
        d('sourceGeonames'),
        d('madeWith', { url: words.appLink }),
      ],
    },
  };
}
