/** Read-only lookups built once from lists (by id, sets of ids). */
export function indexBy<T, K>(items: readonly T[], key: (item: T) => K): ReadonlyMap<K, T> {
  return new Map(items.map((item) => [key(item), item]));
}

export function idSet(ids: Iterable<string>): ReadonlySet<string> {
  return new Set(ids);
}
