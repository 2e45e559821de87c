/**
 * Pictures of the map, for the PNG export and for printing. The map component owns the MapLibre
 * instance and registers how to take them; the interface only asks (as with camera requests).
 */
export interface SnapshotSource {
  /** The map drawn at `pixelRatio` × its CSS size, once every source is drawn (asynchronous). */
  capture(pixelRatio: number): Promise<HTMLCanvasElement>;
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

  capture(pixelRatio: number): Promise<HTMLCanvasElement> {
    const source = this.#source;
    return source ? source.capture(pixelRatio) : Promise.reject(new Error('The map is not loaded yet.'));
  }

  copyNow(): HTMLCanvasElement | null {
    return this.#source?.copyNow() ?? null;
  }
}
