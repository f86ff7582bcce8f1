import "server-only";
import { Prisma } from "@/lib/db/client";
import { defaultNulls } from "./keyset";

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

/** Rows after the one whose "keyset" is `values`: (a > x) OR (a = x AND b > y) …, nulls on their side. */
export function sqlKeysetAfter(keys: TSqlKey[], values: (string | null)[]): Prisma.Sql {
  const field = (key: TSqlKey) => Prisma.raw(key.sql);
  const typed = (key: TSqlKey, value: string) => Prisma.sql`${value}::${Prisma.raw(key.cast)}`;
  const equal = (key: TSqlKey, value: string | null) =>
    value === null ? Prisma.sql`${field(key)} IS NULL` : Prisma.sql`${field(key)} = ${typed(key, value)}`;
  const after = (key: TSqlKey, value: string | null): Prisma.Sql[] => {
    if (value === null) return key.nulls === "first" ? [Prisma.sql`${field(key)} IS NOT NULL`] : [];
    const op = Prisma.raw(key.dir === "asc" ? ">" : "<");
    const beyond = Prisma.sql`${field(key)} ${op} ${typed(key, value)}`;
    return key.nulls === "last" ? [beyond, Prisma.sql`${field(key)} IS NULL`] : [beyond];
  };
  const branches = keys.flatMap((key, i) => {
    const value = values[i] ?? null;
    if (value === null && !key.nulls) throw new Error(`sqlKeysetAfter: null in ${key.sql}, a key never null`);
    return after(key, value).map((condition) =>
      Prisma.join(
        [...keys.slice(0, i).map((before, j) => equal(before, values[j] ?? null)), condition],
        " AND ",
      ),
    );
  });
  return branches.length
    ? Prisma.sql`(${Prisma.join(
        branches.map((b) => Prisma.sql`(${b})`),
        " OR ",
      )})`
    : Prisma.sql`FALSE`;
}
