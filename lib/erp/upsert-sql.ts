import "server-only";
import type { Prisma } from "@/lib/db/generated/client";

// One statement per batch: the rows travel as one JSON text, an array of rows, each an array of
// text values in the order of the spec's columns, read by jsonb_array_elements and cast to each
// column's type (PostgreSQL and PGlite alike); a row whose columns are all equal to the stored
// ones is not written at all (its updatedAt stays), which makes sending the same batch twice a
// no-op.
// Note: one text parameter instead of one text array per column: Prisma serializes and re-parses
// every raw parameter, and the pg driver escapes every array element, so the arrays cost about
// twice the Node time. Rows as arrays, not objects: half the text for Prisma to copy, and
// json_to_recordset took the server six times the CPU of jsonb_array_elements (or of unnest).
export type TTx = Prisma.TransactionClient;

export type TUpsertSpec = {
  table: string;
  key: string;
  /** Column → PostgreSQL type of the value in the record, e.g. { amount: "numeric" }. */
  columns: Record<string, string>;
  /** Extra SET expressions on update, e.g. { expectedDateChangedAt: `CASE … END` }. */
  updateExtras?: Record<string, string>;
};

/** The keys the statement inserted and those it changed; a key in neither was unchanged. */
export type TUpsertOutcome = { createdKeys: string[]; updatedKeys: string[] };

const q = (name: string) => `"${name.replace(/"/g, "")}"`;

export function buildUpsertSql(spec: TUpsertSpec): string {
  const cols = Object.keys(spec.columns);
  const t = q(spec.table);
  const sets = [
    ...cols.filter((c) => c !== spec.key).map((c) => `${q(c)} = excluded.${q(c)}`),
    ...Object.entries(spec.updateExtras ?? {}).map(([c, expr]) => `${q(c)} = ${expr}`),
    `"updatedAt" = CURRENT_TIMESTAMP`,
  ];
  const compared = cols.filter((c) => c !== spec.key);
  // Note: the keys come back as two arrays in one row, not one row per written record, which
  // the driver and Prisma would each turn into an object.
  return [
    `WITH "written" AS (`,
    `INSERT INTO ${t} (${cols.map(q).join(", ")}, "updatedAt")`,
    `SELECT ${cols.map((c, i) => `(r.v->>${i})::${spec.columns[c]}`).join(", ")}, CURRENT_TIMESTAMP`,
    `FROM jsonb_array_elements($1::jsonb) AS r(v)`,
    `ON CONFLICT (${q(spec.key)}) DO UPDATE SET ${sets.join(", ")}`,
    `WHERE (${compared.map((c) => `${t}.${q(c)}`).join(", ")}) IS DISTINCT FROM (${compared.map((c) => `excluded.${q(c)}`).join(", ")})`,
    `RETURNING ${q(spec.key)}::text AS "key", (xmax = 0) AS "inserted")`,
    `SELECT coalesce(array_agg("key") FILTER (WHERE "inserted"), '{}') AS "createdKeys",`,
    `coalesce(array_agg("key") FILTER (WHERE NOT "inserted"), '{}') AS "updatedKeys" FROM "written"`,
  ].join("\n");
}

export async function upsertRecords(
  tx: TTx,
  spec: TUpsertSpec,
  records: Record<string, unknown>[],
): Promise<TUpsertOutcome> {
  if (records.length === 0) return { createdKeys: [], updatedKeys: [] };
  const cols = Object.keys(spec.columns);
  const rows = records.map((r) => cols.map((c) => asText(r[c])));
  const [outcome] = await tx.$queryRawUnsafe<TUpsertOutcome[]>(buildUpsertSql(spec), JSON.stringify(rows));
  return outcome!;
}

/** A value as PostgreSQL reads it from text (the cast in the statement gives it its type). */
function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  const plain =
    typeof value === "object" && (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype);
  // Note: a Decimal (a stored amount merged back in) is an object whose text is its value.
  return plain ? JSON.stringify(value) : String(value);
}

/** Rows of `table` whose `column` is one of `values`, locked for the rest of the transaction. */
export async function selectForUpdate<T>(
  tx: TTx,
  table: string,
  column: string,
  values: (string | number)[],
  select: string[],
): Promise<T[]> {
  if (values.length === 0) return [];
  const type = typeof values[0] === "number" ? "int" : "text";
  const sql = `SELECT ${select.map(q).join(", ")} FROM ${q(table)} WHERE ${q(column)} = ANY($1::text[]::${type}[]) ORDER BY "id" FOR UPDATE`;
  return tx.$queryRawUnsafe<T[]>(sql, values.map(String));
}

/** ERP customer number → portal customer id, for the numbers that exist. */
export async function resolveCustomers(tx: TTx, numbers: string[]): Promise<Map<string, number>> {
  const unique = [...new Set(numbers)];
  const rows = await tx.customer.findMany({
    where: { erpNumber: { in: unique } },
    select: { id: true, erpNumber: true },
  });
  return new Map(rows.map((r) => [r.erpNumber, r.id]));
}
