/**
 * A short key of which Campus a dataset holds: their count and an FNV-1a hash of their ids in order.
 * The first view built into the HTML carries the key of the dataset it was built from (SvgMap, on the
 * server); the explorer adopts the built map as its preview only when the dataset it loaded has the same
 * key — a `data/` replaced without a rebuild (or the bench's 10 000 Campus served with the livret's
 * build) must not show the livret's marks while MapLibre loads. Not a security check: a fingerprint.
 */
export function datasetKey(ids: Iterable<string>): string {
  let hash = 0x811c9dc5;
  let count = 0;
  for (const id of ids) {
    count++;
    for (let i = 0; i < id.length; i++) {
      hash ^= id.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    // A separator, so that ids « ab » + « c » and « a » + « bc » differ.
    hash = Math.imul(hash ^ 0x0a, 0x01000193);
  }
  return `${count}-${(hash >>> 0).toString(16)}`;
}
