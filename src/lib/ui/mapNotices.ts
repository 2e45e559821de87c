/**
 * The notices over the map when it shows nothing to explain itself: an overseas région at its true
 * location with no Campus (« Aucun Campus en Guadeloupe dans le livret », or none left by the filters).
 * A view is « overseas » while its centre lies on a DROM's true extent (grown by half its size on each
 * side, so a view framed clear of a card still counts) at a zoom closer than the world's.
 */
import { INSETS, type InsetDef } from '../geo/insets.ts';
import type { MessageKey, Translate } from '../i18n/translate.ts';
import type { CampusFeature } from '../model/types.ts';
import type { MapView } from '../state/urlState.ts';

/** Below this zoom the view shows an ocean or a continent, not one overseas région. */
export const OVERSEAS_MIN_ZOOM = 4;

/** « en Guadeloupe », « à La Réunion »: how each language says « in » that région. */
const WHERE: Readonly<Record<string, MessageKey>> = {
  '01': 'map.in.guadeloupe',
  '02': 'map.in.martinique',
  '03': 'map.in.guyane',
  '04': 'map.in.reunion',
  '06': 'map.in.mayotte',
};

/** The DROM whose true location the view shows, if any. */
export function overseasInView(view: MapView | null): InsetDef | undefined {
  if (!view || view.zoom < OVERSEAS_MIN_ZOOM) return undefined;
  return INSETS.find(({ trueBounds: [west, south, east, north] }) => {
    const dx = (east - west) / 2;
    const dy = (north - south) / 2;
    return view.lon >= west - dx && view.lon <= east + dx && view.lat >= south - dy && view.lat <= north + dy;
  });
}

export interface OverseasContext {
  /** Every Campus of the list shown (the livret's or the person's own). */
  all: readonly CampusFeature[];
  /** The Campus the filters leave. */
  shown: readonly CampusFeature[];
  /** The person's own list rather than the livret. */
  own: boolean;
}

/** What to say over an overseas view with no Campus on it; null elsewhere, or when it has some. */
export function overseasNotice(view: MapView | null, context: OverseasContext, t: Translate): string | null {
  const inset = overseasInView(view);
  if (!inset) return null;
  const inRegion = (f: CampusFeature) => f.properties.region === inset.region;
  if (context.shown.some(inRegion)) return null;
  const whereKey = WHERE[inset.region];
  const where = whereKey ? t(whereKey) : inset.name;
  if (context.all.some(inRegion)) return t('map.overseasFiltered', { where });
  return t(context.own ? 'map.overseasNoneOwn' : 'map.overseasNone', { where });
}
