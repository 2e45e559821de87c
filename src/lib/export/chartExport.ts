/**
 * A chart's SVG file (chartSvg.ts writes it from the chart's data, styles inline) as a PNG. The canvas
 * 2D API draws the SVG as an image; nothing of the page's CSS is needed.
 */
/** Draws a serialised SVG on a canvas at `scale` × its size (the charts' PNGs, the decks' maps). */
export async function svgToCanvas(
  svgText: string,
  width: number,
  height: number,
  scale: number,
): Promise<HTMLCanvasElement> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
    return canvas;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Rasterises a serialised SVG at `scale` × its size. */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const canvas = await svgToCanvas(svgText, width, height, scale);
  return await new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
