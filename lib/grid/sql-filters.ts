import "server-only";
import { Prisma } from "@/lib/db/client";
import { escapeLikeText, parseFilter, type TBounds, type TFilterCondition } from "./filters";
import { isFilterable, type TGridColumn } from "./types";

// Column search text → SQL condition, for grids queried with $queryRaw. It uses the grid's own
// parser, so a filter means the same here as in toPrismaWhere (same bounds, same day ranges).

/** Column id → its SQL expression. Note: the expressions are code (Prisma.raw), never user input. */
export type TColumnSql = Record<string, string>;

/** `%text%` for ILIKE, the text's own % _ \ escaped as in conditionToPrisma. */
export function containsPattern(text: string): string {
  return `%${escapeLikeText(text)}%`;
}

const COMPARISONS = { equals: "=", gt: ">", gte: ">=", lt: "<", lte: "<=" } as const;

function boundsToSql<T>(field: Prisma.Sql, bounds: TBounds<T>, cast: "int" | "numeric"): Prisma.Sql | null {
  const parts: Prisma.Sql[] = [];
  for (const [key, operator] of Object.entries(COMPARISONS) as Array<[keyof TBounds<T>, string]>) {
    const value = bounds[key];
    if (value !== undefined)
      parts.push(Prisma.sql`${field} ${Prisma.raw(operator)} ${value}::${Prisma.raw(cast)}`);
  }
  return parts.length ? Prisma.join(parts, " AND ") : null;
}

/** One condition on one SQL expression; null when it restricts nothing. */
export function conditionToSql(expression: string, condition: TFilterCondition): Prisma.Sql | null {
  const field = Prisma.raw(expression);
  switch (condition.kind) {
    case "contains":
      return Prisma.sql`${field} ILIKE ${containsPattern(condition.value)}`;
    case "oneOf":
      // An enum column compares as text; no matching label means no matching row.
      return condition.values.length
        ? Prisma.sql`${field}::text = ANY(${condition.values}::text[])`
        : Prisma.sql`FALSE`;
    case "number":
      return boundsToSql(field, condition.bounds, "int");
    case "money":
      return boundsToSql(field, condition.bounds, "numeric");
    case "date": {
      // Note: a date against a timestamp (without time zone, UTC as Prisma stores it) is that day's UTC midnight, as in conditionToPrisma.
      const parts: Prisma.Sql[] = [];
      if (condition.gte) parts.push(Prisma.sql`${field} >= ${condition.gte}::date`);
      if (condition.lt) parts.push(Prisma.sql`${field} < ${condition.lt}::date`);
      return parts.length ? Prisma.join(parts, " AND ") : null;
    }
    case "flag":
      return condition.value ? field : Prisma.sql`NOT ${field}`;
  }
}

/** The AND of every valid column filter (TRUE when none), like toPrismaWhere; each filterable column needs its SQL. */
export function toSqlWhere(
  columns: TGridColumn[],
  filters: Record<string, string>,
  columnSql: TColumnSql,
): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  for (const column of columns) {
    const text = filters[column.id];
    if (!text || !isFilterable(column)) continue;
    const expression = Object.hasOwn(columnSql, column.id) ? columnSql[column.id] : undefined;
    if (!expression) throw new Error(`No SQL expression for the filterable column "${column.id}"`);
    const condition = parseFilter(column.type, text, column.options);
    const sql = condition && conditionToSql(expression, condition);
    if (sql) conditions.push(Prisma.sql`(${sql})`);
  }
  return conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;
}
