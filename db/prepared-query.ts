import type { DbOrTx } from './database';

/**
 * A query that Drizzle builds once per database handle (and PostgreSQL plans once per connection,
 * as a named statement), then runs with new values. Building a select of a dozen joined columns
 * costs Drizzle about 0.3 ms of CPU each time. The queries that run for every answer or every
 * recompute pay that thousands of times a second in a national round (CPU profiles of
 * `bench:national -- lag`).
 *
 * `build` must use `sql.placeholder(...)` for every value. Each name must be unique in the product,
 * because PostgreSQL keeps one statement per name on a connection.
 */
export function preparedPerDatabase<Prepared>(build: (db: DbOrTx) => Prepared): (db: DbOrTx) => Prepared {
  // Weak: a transaction's handle (and a closed database's) is collected with what it prepared.
  const byDatabase = new WeakMap<DbOrTx, Prepared>();
  return (db) => {
    let prepared = byDatabase.get(db);
    if (prepared === undefined) {
      prepared = build(db);
      byDatabase.set(db, prepared);
    }
    return prepared;
  };
}
