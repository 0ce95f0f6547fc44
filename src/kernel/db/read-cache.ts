import type { Db } from './connection.ts';

/**
 * A memo of rows that a long batch of use cases on one transaction reads again and again but
 * hardly ever changes: the workspace, a pipeline with its stages, a member and their team. Only
 * a transaction that asked for it (`cacheReadsOn`, the demo's batches) has one; everywhere else
 * `cachedRead` is the plain read. Every repository write to the tables behind these reads calls
 * `forgetReads`, so a batch never sees a row older than its own last write.
 */
const caches = new WeakMap<Db, Map<string, unknown>>();
// Every memo in use, so a write through any transaction object (a savepoint's too) clears them.
const active = new Set<Map<string, unknown>>();

/** Starts memoising reads on tx; the returned function stops and drops the memo. */
export function cacheReadsOn(tx: Db): () => void {
  const cache = new Map<string, unknown>();
  caches.set(tx, cache);
  active.add(cache);
  return () => {
    caches.delete(tx);
    active.delete(cache);
  };
}

/**
 * load()'s answer, read once per key while tx memoises. Callers get their own copy, so a
 * caller that changes what it was given cannot change what the next one reads. "Not found" is
 * never kept: the row may be inserted next.
 */
export async function cachedRead<T>(tx: Db, key: string, load: () => Promise<T>): Promise<T> {
  const cache = caches.get(tx);
  if (!cache) return load();
  if (cache.has(key)) return structuredClone(cache.get(key) as T);
  const value = await load();
  if (value !== null && value !== undefined) cache.set(key, structuredClone(value));
  return value;
}

/**
 * After a write to a table behind a cached read: the next reads of those kinds (the keys'
 * prefixes before ':') go to the database again. Every memo forgets, not only tx's: the write may come through a savepoint of the memoised
 * transaction (another object) or from another request (a cheap miss for the batch).
 */
export function forgetReads(...kinds: string[]): void {
  for (const cache of active)
    for (const key of cache.keys())
      if (kinds.some((kind) => key.startsWith(`${kind}:`))) cache.delete(key);
}
