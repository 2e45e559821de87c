/** Where the camera goes for each kind of request: pure, so the choices are tested. */
import type { CampusFeature, Practice } from '../model/types.ts';
import { compositeBounds, insetForRegion } from '../geo/insets.ts';
import { boxesBounds, type Bounds } from '../geo/bounds.ts';
import { practiceAcademies, practiceRegions } from '../query/practicesForArea.ts';
import type { AreaLevel } from '../model/areas.ts';
import type { FocusTarget } from '../model/focusTarget.ts';
import { geometryBounds, type Geography } from '../data/geography.ts';

export type CameraTarget =
  | { kind: 'bounds'; bounds: Bounds; maxZoom: number }
  | { kind: 'point'; center: [number, number]; zoom: number };

export interface CameraLookup {
  campus(id: string): CampusFeature | undefined;
  practice(id: string): Practice | undefined;
  /** Bounds of a région or académie as drawn (DROM in their insets). */
  areaBounds(level: AreaLevel, code: string): Bounds | undefined;
}

/** Smallest extent of a target, in degrees, so a single point is not zoomed in to the street. */
const MIN_SPAN = 0.6;

export function unionBounds(boxes: readonly Bounds[]): Bounds | undefined {
  if (boxes.length === 0) return undefined;
  const [w, s, e, n] = boxesBounds(boxes);
  const padX = Math.max(0, (MIN_SPAN - (e - w)) / 2);
  const padY = Math.max(0, (MIN_SPAN - (n - s)) / 2);
  return [w - padX, s - padY, e + padX, n + padY];
}

const pointBounds = (f: CampusFeature): Bounds => {
  const [x, y] = f.geometry.coordinates as [number, number];
  return [x, y, x, y];
};

export function cameraTarget(target: FocusTarget, lookup: CameraLookup): CameraTarget | undefined {
  switch (target.kind) {
    case 'france':
      return { kind: 'bounds', bounds: compositeBounds(), maxZoom: 6 };
    case 'drom': {
      const inset = insetForRegion(target.region);
      return inset ? { kind: 'bounds', bounds: inset.trueBounds, maxZoom: 10 } : undefined;
    }
    case 'campus': {
      const campus = lookup.campus(target.id);
      if (!campus) return undefined;
      return { kind: 'point', center: campus.geometry.coordinates as [number, number], zoom: 6 };
    }
    case 'reveal': {
      // No zoom of its own: the map keeps the person's (CameraFocus moves it only if the card covers it).
      const campus = lookup.campus(target.id);
      if (!campus) return undefined;
      return { kind: 'point', center: campus.geometry.coordinates as [number, number], zoom: 0 };
    }
    case 'area': {
      const bounds = lookup.areaBounds(target.level, target.code);
      return bounds ? { kind: 'bounds', bounds, maxZoom: 8 } : undefined;
    }
    case 'practice': {
      const practice = lookup.practice(target.id);
      if (!practice) return undefined;
      const places = practice.campus.flatMap((id) => {
        const campus = lookup.campus(id);
        return campus ? [pointBounds(campus)] : [];
      });
      const areas =
        places.length > 0
          ? []
          : [
              ...practiceAcademies(practice).map((code) => lookup.areaBounds('academie', code)),
              ...practiceRegions(practice).map((code) => lookup.areaBounds('region', code)),
            ].filter((b): b is Bounds => b !== undefined);
      const bounds = unionBounds([...places, ...areas]);
      return bounds ? { kind: 'bounds', bounds, maxZoom: 7 } : undefined;
    }
    case 'shown': {
      const bounds = unionBounds(
        target.ids.flatMap((id) => {
          const campus = lookup.campus(id);
          return campus ? [pointBounds(campus)] : [];
        }),
      );
      return bounds ? { kind: 'bounds', bounds, maxZoom: 8 } : undefined;
    }
  }
}

/** The lookups for a loaded dataset. */
export function createCameraLookup(
  campus: readonly CampusFeature[],
  practices: readonly Practice[],
  geography: Geography,
): CameraLookup {
  const campusById = new Map(campus.map((f) => [f.id, f]));
  const practiceById = new Map(practices.map((p) => [p.id, p]));
  const boundsOf = (features: Geography['regions']['features']) =>
    new Map(features.map((f) => [f.properties.code, geometryBounds(f.geometry) as Bounds]));
  const regions = boundsOf(geography.regions.features);
  const academies = boundsOf(geography.academies.features);
  return {
    campus: (id) => campusById.get(id),
    practice: (id) => practiceById.get(id),
    areaBounds: (level, code) => (level === 'region' ? regions : academies).get(code),
  };
}
