// Keyset reads for a grid's every row (the CSV): the condition "after this row" in the grid's own
// sort (Prisma orderBy entries ending with a unique tie-breaker), so each batch starts where the
// last one ended without re-reading or skipping rows.
type TOrderBy = Record<string, unknown>;
type TDir = "asc" | "desc";
type TNulls = "first" | "last";
type TWhere = Record<string, unknown>;

/**
 * One sort key: a field, or a to-one relation's field; `nulls` null = the key is never null;
 * `order`: an enum's values in their declared order (PostgreSQL sorts an enum so).
 */
type TKey = { path: [string] | [string, string]; dir: TDir; nulls: TNulls | null; order?: readonly string[] };
export type TKeysetOptions = {
  /** Keys that may be null ("a", or "rel.a" for a relation that may be absent). */
  nullable?: readonly string[];
  /** Enum keys and their values in declared order (Prisma filters an enum by equality or list only). */
  enums?: Record<string, readonly string[]>;
};

const isDir = (value: unknown): value is TDir => value === "asc" || value === "desc";
/** Where PostgreSQL puts nulls when the sort does not say: last ascending, first descending. */
export const defaultNulls = (dir: TDir): TNulls => (dir === "asc" ? "last" : "first");

function unsupported(entry: unknown): never {
  throw new Error(`keysetAfter: unsupported sort ${JSON.stringify(entry)}`);
}

/**
 * The keys of a Prisma orderBy: `{ a: "asc" }`, `{ a: { sort: "asc", nulls: "last" } }` or a to-one
 * relation's `{ rel: { a: "asc" } }`. A plain key is never null unless listed in `nullable`.
 */
function keysOf(orderBy: TOrderBy[], { nullable = [], enums = {} }: TKeysetOptions): TKey[] {
  const keys = orderBy.map((entry): TKey => {
    const [field, value] = Object.entries(entry)[0] ?? [];
    if (typeof field !== "string") return unsupported(entry);
    const plain = (path: TKey["path"], dir: TDir): TKey => ({
      path,
      dir,
      nulls: nullable.includes(path.join(".")) ? defaultNulls(dir) : null,
    });
    if (isDir(value)) return plain([field], value);
    if (typeof value !== "object" || value === null) return unsupported(entry);
    const inner = value as Record<string, unknown>;
    if (isDir(inner.sort)) {
      const nulls =
        inner.nulls === "first" || inner.nulls === "last" ? inner.nulls : defaultNulls(inner.sort);
      return { path: [field], dir: inner.sort, nulls };
    }
    const [relationField, dir] = Object.entries(inner)[0] ?? [];
    if (typeof relationField !== "string" || !isDir(dir) || Object.keys(inner).length !== 1)
      return unsupported(entry);
    return plain([field, relationField], dir);
  });
  return keys.map((key) => ({ ...key, order: enums[key.path.join(".")] }));
}

function valueAt(row: Record<string, unknown>, key: TKey, entry: unknown): unknown {
  const [field, relationField] = key.path;
  if (!(field in row)) return unsupported(entry);
  const value = row[field];
  if (relationField === undefined) return value;
  if (value === null) return null;
  if (typeof value !== "object" || !(relationField in value)) return unsupported(entry);
  return (value as Record<string, unknown>)[relationField];
}

const onPath = ([field, relationField]: TKey["path"], filter: unknown): TWhere =>
  relationField === undefined ? { [field]: filter } : { [field]: { is: { [relationField]: filter } } };
const isNull = ([field, relationField]: TKey["path"]): TWhere =>
  relationField === undefined ? { [field]: null } : { [field]: { is: null } };
const notNull = ([field, relationField]: TKey["path"]): TWhere =>
  relationField === undefined ? { [field]: { not: null } } : { [field]: { isNot: null } };

function enumAfter(key: TKey, order: readonly string[], value: unknown): string[] {
  const at = order.indexOf(String(value));
  if (at < 0) throw new Error(`keysetAfter: ${String(value)} is no value of ${key.path.join(".")}`);
  return key.dir === "asc" ? order.slice(at + 1) : order.slice(0, at);
}

/** A non-null value beyond `value` in the key's direction; a flag sorts false before true. */
function beyondValue(key: TKey, value: unknown): TWhere[] {
  if (typeof value === "boolean") return value === (key.dir === "desc") ? [onPath(key.path, !value)] : [];
  if (key.order) return [onPath(key.path, { in: enumAfter(key, key.order, value) })];
  return [onPath(key.path, { [key.dir === "asc" ? "gt" : "lt"]: value })];
}

/** How a query language writes a keyset read's conditions (Prisma where-inputs, SQL fragments). */
export type TKeysetConditions<K, C> = {
  /** The key equals `value` (null: the key is null). */
  equal: (key: K, value: unknown) => C;
  /** The key holds a non-null value beyond `value` (not null) in its direction. */
  beyond: (key: K, value: unknown) => C[];
  isNull: (key: K) => C;
  notNull: (key: K) => C;
};

/**
 * The rule of every keyset read, whoever writes the query: the rows after the row whose keys hold
 * `values` are (a > x) OR (a = x AND b > y) … by each key's direction, a nullable key's nulls on
 * their side: after x with nulls last, "a IS NULL" also comes after; after a null, only the nulls
 * further on (nulls last: the next key decides) or every non-null value (nulls first). Returns
 * the branches of the OR, each the conditions to AND.
 */
export function keysetBranches<K extends { nulls?: TNulls | null }, C>(
  keys: K[],
  values: unknown[],
  write: TKeysetConditions<K, C>,
): C[][] {
  return keys.flatMap((key, i) => {
    const value = values[i] ?? null;
    let after: C[];
    if (value === null) after = key.nulls === "first" ? [write.notNull(key)] : [];
    else {
      const beyond = write.beyond(key, value);
      after = key.nulls === "last" ? [...beyond, write.isNull(key)] : beyond;
    }
    const before = keys.slice(0, i).map((earlier, j) => write.equal(earlier, values[j] ?? null));
    return after.map((condition) => [...before, condition]);
  });
}

/** Where-input of the rows after `last` in `orderBy` (keysetBranches: the rule, nulls included). */
export function keysetAfter<T = Record<string, unknown>>(
  orderBy: TOrderBy[],
  last: Record<string, unknown>,
  options: TKeysetOptions = {},
): T {
  const keys = keysOf(orderBy, options);
  const values = keys.map((key, i) => {
    const value = valueAt(last, key, orderBy[i]);
    if (value === null && key.nulls === null)
      throw new Error(`keysetAfter: null in ${key.path.join(".")}, a key not declared nullable`);
    return value;
  });
  const branches = keysetBranches(keys, values, {
    equal: (key, value) => (value === null ? isNull(key.path) : onPath(key.path, value)),
    beyond: beyondValue,
    isNull: (key) => isNull(key.path),
    notNull: (key) => notNull(key.path),
  });
  return { OR: branches.map((conditions) => ({ AND: conditions })) } as T;
}

/** Rows per read of a CSV export: one batch is what the export holds in memory. */
export const CSV_BATCH = 2_000;

/**
 * Every row of a query in batches of `batchSize`, at most `limit` rows: `read(last, take)` reads
 * the rows after `last` (null: from the start), e.g. with keysetAfter, so memory holds one batch.
 */
export async function* keysetBatches<R>(
  read: (last: R | null, take: number) => Promise<R[]>,
  { batchSize = CSV_BATCH, limit = Number.POSITIVE_INFINITY }: { batchSize?: number; limit?: number } = {},
): AsyncGenerator<R[]> {
  let last: R | null = null;
  let left = limit;
  while (left > 0) {
    const take = Math.min(batchSize, left);
    const rows = await read(last, take);
    if (rows.length > 0) yield rows;
    if (rows.length < take) return;
    left -= rows.length;
    last = rows.at(-1)!;
  }
}

/** Each batch's rows as `toRow` makes them (e.g. the CSV's cells). */
export async function* mapBatches<R, S>(
  batches: AsyncIterable<R[]>,
  toRow: (row: R) => S,
): AsyncGenerator<S[]> {
  for await (const batch of batches) yield batch.map(toRow);
}

/**
 * Every row of a filtered, sorted query in keyset batches: `read(where, take)` runs the query with
 * `where`, which from the second batch on also holds "after the last row" in `orderBy`.
 */
export function keysetQueryBatches<R extends Record<string, unknown>, W>(
  query: { where: W; orderBy: TOrderBy[] },
  read: (where: W, take: number) => Promise<R[]>,
  options: TKeysetOptions & { batchSize?: number; limit?: number } = {},
): AsyncGenerator<R[]> {
  const { batchSize, limit, ...keyset } = options;
  const { where, orderBy } = query;
  return keysetBatches(
    (last: R | null, take) =>
      read(last ? ({ AND: [where, keysetAfter(orderBy, last, keyset)] } as W) : where, take),
    { batchSize, limit },
  );
}
