/**
 * Pictures of the map, for the PNG exports (the printed page draws its own, in SVG). The map component owns the MapLibre
 * instance and registers how to take them; the interface only asks (as with camera requests).
 */

/** Another shape for a picture than the screen's: a slide. */
export interface CaptureFrame {
  /** CSS pixels (the picture is `pixelRatio` times larger). */
  width: number;
  height: number;
  /** Room kept clear around what is framed (a title block, a legend drawn over the picture). */
  padding: { top: number; right: number; bottom: number; left: number };
  /** What to frame ([west, south, east, north], map coordinates); by default what the screen shows. */
  bounds?: [number, number, number, number];
}

export interface SnapshotSource {
  /**
   * The map drawn at `pixelRatio` × its CSS size (or the frame's, the view fitted to it), once every
   * source is drawn (asynchronous).
   */
  capture(pixelRatio: number, frame?: CaptureFrame): Promise<HTMLCanvasElement>;
}

export class MapSnapshots {
  #source = $state.raw<SnapshotSource | null>(null);

  /** True once the map is there to be pictured. */
  ready = $derived.by(() => this.#source !== null);

  /** Registers the map; returns the cleanup that unregisters it. */
  attach(source: SnapshotSource): () => void {
    this.#source = source;
    return () => {
      if (this.#source === source) this.#source = null;
    };
  }

  capture(pixelRatio: number, frame?: CaptureFrame): Promise<HTMLCanvasElement> {
    const source = this.#source;
    return source
      ? source.capture(pixelRatio, frame)
      : Promise.reject(new Error('The map is not loaded yet.'));
  }
}
