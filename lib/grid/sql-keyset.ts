import "server-only";
import { Prisma } from "@/lib/db/client";
import { defaultNulls, keysetBatches, keysetBranches, mapBatches } from "./keyset";

// Keyset reads for grids queried with $queryRaw (the CSV): the SQL twin of keysetAfter. A sort is
// a list of keys; its ORDER BY, the key values of a row (as text, so any type travels the same
// way) and the condition "after this row" all come from that one list, so they cannot disagree.

/** A sort key: its SQL expression (code, never input), its type for the cast, direction, nulls. */
export type TSqlKey = {
  sql: string;
  /** The SQL type the key's text is cast back to: "date", "numeric", "int", "timestamp", an enum's type… */
  cast: string;
  dir: "asc" | "desc";
  /** null: the key is never null; else where its nulls stand. */
  nulls?: "first" | "last" | null;
};

export function sqlOrderBy(keys: TSqlKey[]): Prisma.Sql {
  return Prisma.raw(
    keys
      .map((key) => {
        const nulls =
          key.nulls && key.nulls !== defaultNulls(key.dir) ? ` NULLS ${key.nulls.toUpperCase()}` : "";
        return `${key.sql} ${key.dir.toUpperCase()}${nulls}`;
      })
      .join(", "),
  );
}

/** The row's key values as a text array, selected as "keyset" beside its columns. */
export function sqlKeysetColumn(keys: TSqlKey[]): Prisma.Sql {
  return Prisma.sql`ARRAY[${Prisma.join(keys.map((key) => Prisma.raw(`(${key.sql})::text`)))}]::text[] AS "keyset"`;
}

/** Rows after the one whose "keyset" is `values` (keysetBranches: the rule, nulls included). */
export function sqlKeysetAfter(keys: TSqlKey[], values: (string | null)[]): Prisma.Sql {
  keys.forEach((key, i) => {
    if ((values[i] ?? null) === null && !key.nulls)
      throw new Error(`sqlKeysetAfter: null in ${key.sql}, a key never null`);
  });
  const field = (key: TSqlKey) => Prisma.raw(key.sql);
  const typed = (key: TSqlKey, value: unknown) => Prisma.sql`${String(value)}::${Prisma.raw(key.cast)}`;
  const branches = keysetBranches(keys, values, {
    equal: (key, value) =>
      value === null ? Prisma.sql`${field(key)} IS NULL` : Prisma.sql`${field(key)} = ${typed(key, value)}`,
    beyond: (key, value) => [
      Prisma.sql`${field(key)} ${Prisma.raw(key.dir === "asc" ? ">" : "<")} ${typed(key, value)}`,
    ],
    isNull: (key) => Prisma.sql`${field(key)} IS NULL`,
    notNull: (key) => Prisma.sql`${field(key)} IS NOT NULL`,
  });
  return branches.length
    ? Prisma.sql`(${Prisma.join(
        branches.map((conditions) => Prisma.sql`(${Prisma.join(conditions, " AND ")})`),
        " OR ",
      )})`
    : Prisma.sql`FALSE`;
}

/** What a raw-SQL batch read puts in its statement: the filter (with "after the last row" from the second batch on), the keyset column to select, the ORDER BY. */
export type TSqlBatchParts = { where: Prisma.Sql; keyset: Prisma.Sql; orderBy: Prisma.Sql };

/**
 * Every row of a raw-SQL query in keyset batches, the SQL twin of keysetQueryBatches: `read(parts,
 * take)` runs the statement with the parts (`SELECT …, ${keyset} … WHERE ${where} ORDER BY
 * ${orderBy} LIMIT ${take}`); the rows come back without their "keyset" column.
 */
export function sqlKeysetBatches<R>(
  keys: TSqlKey[],
  where: Prisma.Sql,
  read: (parts: TSqlBatchParts, take: number) => Promise<Array<R & { keyset: (string | null)[] }>>,
  batching: { batchSize?: number; limit?: number } = {},
): AsyncGenerator<R[]> {
  const keyset = sqlKeysetColumn(keys);
  const orderBy = sqlOrderBy(keys);
  const rows = keysetBatches(
    (last: (R & { keyset: (string | null)[] }) | null, take) =>
      read(
        {
          where: last ? Prisma.sql`${where} AND ${sqlKeysetAfter(keys, last.keyset)}` : where,
          keyset,
          orderBy,
        },
        take,
      ),
    batching,
  );
  return mapBatches(rows, ({ keyset: _keyset, ...row }) => row as R);
}
