/**
 * The MapLibre instance, provided by MapRoot to its children (rendered only once the map has loaded),
 * and the small helpers they share to add and remove their sources and layers.
 */
import { createContext } from 'svelte';
import type {
  LayerSpecification,
  PointLike,
  Map as MapLibreMap,
  MapLayerEventType,
  MapLayerMouseEvent,
  SourceSpecification,
} from 'maplibre-gl';

export interface MapHandle {
  readonly map: MapLibreMap;
}

export const [getMapContext, setMapContext] = createContext<MapHandle>();

/** Adds a source and its layers; returns the cleanup that removes them (safe once the map is gone). */
export function addSourceWithLayers(
  map: MapLibreMap,
  sourceId: string,
  source: SourceSpecification,
  layers: readonly LayerSpecification[],
  beforeId?: string,
): () => void {
  if (!map.getSource(sourceId)) map.addSource(sourceId, source);
  const before = beforeId && map.getLayer(beforeId) ? beforeId : undefined;
  for (const layer of layers) if (!map.getLayer(layer.id)) map.addLayer(layer, before);
  return () => {
    if (!map.style) return; // the map was removed first: nothing left to clean
    for (const layer of layers) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
    if (map.getSource(sourceId)) map.removeSource(sourceId);
  };
}

/** `map.on(type, layer, handler)` with its `off`, for `$effect` cleanups. */
export function onLayer<T extends keyof MapLayerEventType>(
  map: MapLibreMap,
  type: T,
  layerId: string,
  handler: (event: MapLayerEventType[T] & object) => void,
): () => void {
  map.on(type, layerId, handler);
  return () => {
    map.off(type, layerId, handler);
  };
}

/** The `properties.code` of the first feature of a layer event. */
export function eventCode(event: MapLayerMouseEvent): string | null {
  const code = event.features?.[0]?.properties?.['code'];
  return typeof code === 'string' ? code : null;
}

export function setVisible(map: MapLibreMap, layerId: string, visible: boolean): void {
  if (map.getLayer(layerId)) map.setLayoutProperty(layerId, 'visibility', visible ? 'visible' : 'none');
}

/**
 * Keeps a boolean feature-state on a set of features of a source: sets it on `ids`, clears it on
 * the ones of the previous call. Returns the ids now set, to pass back next time.
 */
export function syncFlag(
  map: MapLibreMap,
  source: string,
  flag: string,
  ids: Iterable<string>,
  previous: ReadonlySet<string>,
): Set<string> {
  const next = new Set(ids);
  if (!map.getSource(source)) return next;
  for (const id of previous) if (!next.has(id)) map.setFeatureState({ source, id }, { [flag]: false });
  for (const id of next) if (!previous.has(id)) map.setFeatureState({ source, id }, { [flag]: true });
  return next;
}

/** What the Campus overlay of a map answers and holds (CampusLayer registers it). */
export interface CampusMarksHandle {
  /** Whether a Campus or an aggregate is drawn at a point of the canvas (CSS pixels). */
  hits(x: number, y: number): boolean;
  /** Its canvas, drawn over the map's: exports and print paint it over the map's picture. */
  canvas: HTMLCanvasElement;
}

const campusMarks = new WeakMap<MapLibreMap, CampusMarksHandle>();

export function registerCampusMarks(map: MapLibreMap, handle: CampusMarksHandle): () => void {
  campusMarks.set(map, handle);
  return () => {
    if (campusMarks.get(map) === handle) campusMarks.delete(map);
  };
}

/** The canvases drawn over the map's (the Campus overlay), for pictures of the map. */
export function overlayCanvases(map: MapLibreMap): HTMLCanvasElement[] {
  const handle = campusMarks.get(map);
  return handle ? [handle.canvas] : [];
}

/** Whether a Campus or an aggregate is under the pointer (it takes the click over the area below). */
export function hitsCampus(map: MapLibreMap, point: PointLike): boolean {
  const [x, y] = Array.isArray(point) ? point : [point.x, point.y];
  return campusMarks.get(map)?.hits(x, y) ?? false;
}
