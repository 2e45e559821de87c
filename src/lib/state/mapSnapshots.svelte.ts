/**
 * Pictures of the map, for the PNG export and for printing. The map component owns the MapLibre
 * instance and registers how to take them; the interface only asks (as with camera requests).
 */

/** Another shape for a picture than the screen's: a slide, a printed page. */
export interface CaptureFrame {
  /** CSS pixels (the picture is `pixelRatio` times larger). */
  width: number;
  height: number;
  /** Room kept clear around what is framed (a title block, a legend drawn over the picture). */
  padding: { top: number; right: number; bottom: number; left: number };
  /** What to frame ([west, south, east, north], map coordinates); by default what the screen shows. */
  bounds?: [number, number, number, number];
}

/** How long a picture prepared for printing stays good (the print dialog opens right after). */
const PREPARED_FOR_MS = 15_000;

export interface SnapshotSource {
  /**
   * The map drawn at `pixelRatio` × its CSS size (or the frame's, the view fitted to it), once every
   * source is drawn (asynchronous).
   */
  capture(pixelRatio: number, frame?: CaptureFrame): Promise<HTMLCanvasElement>;
  /** The map as it is now, drawn synchronously (for `beforeprint`, which cannot wait). */
  copyNow(): HTMLCanvasElement | null;
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

  copyNow(): HTMLCanvasElement | null {
    return this.#source?.copyNow() ?? null;
  }

  #prepared: { canvas: HTMLCanvasElement; at: number } | null = null;

  /**
   * Takes, ahead of printing, the map in the shape of the printed page (`beforeprint` cannot wait for
   * a map drawn at another size). The next `takeForPrint` returns it.
   */
  async prepareForPrint(pixelRatio: number, frame: CaptureFrame): Promise<void> {
    this.#prepared = { canvas: await this.capture(pixelRatio, frame), at: performance.now() };
  }

  /** The picture for the page being printed: the one prepared just before, or the map as it is now. */
  takeForPrint(): HTMLCanvasElement | null {
    const prepared = this.#prepared;
    this.#prepared = null;
    if (prepared && performance.now() - prepared.at < PREPARED_FOR_MS) return prepared.canvas;
    return this.copyNow();
  }
}
