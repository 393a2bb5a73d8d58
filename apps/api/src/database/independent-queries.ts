import { type EntityManager } from 'typeorm';

type Results<T extends readonly (() => Promise<unknown>)[]> = { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };

/**
 * Runs independent reads side by side on the pool, or one after another inside a transaction.
 * A transaction is a single connection, and node-postgres only queues overlapping queries on one
 * client (deprecated since pg 8.16, refused from pg 9), so there is nothing to gain and a future
 * break to avoid by overlapping them there.
 */
export async function independentQueries<T extends readonly (() => Promise<unknown>)[]>(em: EntityManager, queries: T): Promise<Results<T>> {
  if (em.queryRunner === undefined) return (await Promise.all(queries.map((query) => query()))) as Results<T>;
  const results: unknown[] = [];
  for (const query of queries) results.push(await query());
  return results as Results<T>;
}
