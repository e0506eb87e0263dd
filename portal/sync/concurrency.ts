/**
 * Bounded-concurrency map for the sync scheduler: at most `limit` calls of `fn` run at once, and a worker
 * that finishes picks the next item at once, so one slow item holds only its own slot.
 */

/**
 * Maps `items` through `fn` with at most `limit` calls in flight; results keep input order. If a call
 * rejects, no new item is started, in-flight calls are awaited, and the first rejection is thrown.
 * (`syncServer` never rejects, so the scheduler always gets every outcome.)
 */
export async function mapWithConcurrency<T, R>(
  items: Iterable<T>,
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(`limit must be a positive integer, got ${limit}`);
  const list = [...items];
  const results = new Array<R>(list.length);
  let next = 0;
  let failed = false;
  let firstError: unknown;
  const worker = async (): Promise<void> => {
    while (!failed && next < list.length) {
      const i = next++;
      try {
        results[i] = await fn(list[i] as T, i);
      } catch (err) {
        if (!failed) firstError = err;
        failed = true;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, list.length) }, worker));
  if (failed) throw firstError;
  return results;
}
