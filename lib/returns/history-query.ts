import "server-only";
import { db } from "@/lib/db/client";
import { addMonths, dateOnly, todayIso } from "@/lib/dates";
import { parseFilter, toPrismaOrderBy, toPrismaWhere, type TBounds } from "@/lib/grid/filters";
import { toSkipTake } from "@/lib/grid/params";
import type { TGridColumn, TGridState } from "@/lib/grid/types";
import { lineSelectability, remainingToReturn } from "./remaining";

// The dealer's delivered lines of the last 12 months (SPEC §2.1), filtered, sorted and paged in
// the database. Every query starts with the tenant and the 12-month window (index-backed).
export type THistoryRow = {
  id: number; salesOrderNumber: string; customerPoNumber: string; specialOrder: boolean; articleNumber: string;
  externalArticleNumbers: string; articleName: string; netUnitPrice: string; quantityOrdered: number; quantityDelivered: number;
  quantityReturned: number; quantityInRequest: number; remaining: number; deliveryDate: string;
  selectable: boolean; disabledReason: "nothingLeft" | "specialOrder" | null;
};

const SELECT = {
  id: true, salesOrderNumber: true, customerPoNumber: true, specialOrder: true, articleNumber: true, externalArticleNumbers: true,
  articleName: true, netUnitPrice: true, quantityOrdered: true, quantityDelivered: true, quantityReturned: true, quantityInRequest: true,
  deliveryDate: true,
} as const;

const SQL_OPERATORS: Record<keyof TBounds<number>, string> = { equals: "=", gt: ">", gte: ">=", lt: "<", lte: "<=" };

export function historyWindowStart(): Date {
  return dateOnly(addMonths(todayIso(), -12));
}

/** Ids of the tenant's recent lines whose remaining-to-return meets the bounds. */
// Note: raw SQL because Prisma cannot compare a computed column; operators come from a fixed map, values are bound.
async function idsByRemaining(customerId: number, bounds: TBounds<number>): Promise<number[]> {
  const parts: string[] = [];
  const values: unknown[] = [customerId, historyWindowStart()];
  for (const [key, value] of Object.entries(bounds) as Array<[keyof TBounds<number>, number]>) {
    values.push(value);
    parts.push(`("quantityDelivered" - "quantityReturned" - "quantityInRequest") ${SQL_OPERATORS[key]} $${values.length}`);
  }
  const rows = await db.$queryRawUnsafe<{ id: number }[]>(
    `SELECT id FROM "DeliveredLine" WHERE "customerId" = $1 AND "deliveryDate" >= $2 AND ${parts.join(" AND ") || "TRUE"}`,
    ...values,
  );
  return rows.map((r) => r.id);
}

async function historyWhere(customerId: number, columns: TGridColumn[], filters: Record<string, string>, extra: Record<string, unknown>[] = []) {
  const { remaining, ...columnFilters } = filters;
  const and: Record<string, unknown>[] = [...toPrismaWhere(columns, columnFilters).AND, ...extra];
  const condition = remaining ? parseFilter("number", remaining) : null;
  if (condition?.kind === "number") and.push({ id: { in: await idsByRemaining(customerId, condition.bounds) } });
  return { customerId, deliveryDate: { gte: historyWindowStart() }, AND: and };
}

function toRow(line: Awaited<ReturnType<typeof findLines>>[number], specialOrderReturnsAllowed: boolean): THistoryRow {
  const selectability = lineSelectability(line, specialOrderReturnsAllowed);
  return {
    ...line,
    netUnitPrice: line.netUnitPrice.toString(),
    deliveryDate: line.deliveryDate.toISOString().slice(0, 10),
    remaining: remainingToReturn(line),
    selectable: selectability.selectable,
    disabledReason: selectability.selectable ? null : selectability.reason,
  };
}

function findLines(where: object, orderBy: object[], page?: { skip: number; take: number }) {
  return db.deliveredLine.findMany({ where, orderBy, select: SELECT, ...page });
}

async function specialOrdersAllowed(customerId: number): Promise<boolean> {
  const customer = await db.customer.findUnique({ where: { id: customerId }, select: { specialOrderReturnsAllowed: true } });
  return customer?.specialOrderReturnsAllowed ?? false;
}

/** One page of the history and the total under the filter; `page: false` returns every row (CSV). */
export async function getReturnHistory(customerId: number, columns: TGridColumn[], state: TGridState, { paged = true } = {}) {
  const where = await historyWhere(customerId, columns, state.filters);
  const orderBy = toPrismaOrderBy<object>(state.sort, {}, { id: "desc" });
  const [lines, total, allowed] = await Promise.all([
    findLines(where, orderBy, paged ? toSkipTake(state) : undefined),
    paged ? db.deliveredLine.count({ where }) : Promise.resolve(-1),
    specialOrdersAllowed(customerId),
  ]);
  const rows = lines.map((line) => toRow(line, allowed));
  return { rows, total: paged ? total : rows.length, specialOrderReturnsAllowed: allowed };
}

export const MAX_SELECT_ALL = 500;

/** The selectable lines under the current filter ("select all"), capped. */
export async function getSelectableHistoryIds(customerId: number, columns: TGridColumn[], state: TGridState) {
  const allowed = await specialOrdersAllowed(customerId);
  const where = await historyWhere(customerId, columns, state.filters, allowed ? [] : [{ specialOrder: false }]);
  const remainingIds = await idsByRemaining(customerId, { gt: 0 });
  where.AND.push({ id: { in: remainingIds } });
  const orderBy = toPrismaOrderBy<object>(state.sort, {}, { id: "desc" });
  const rows = await db.deliveredLine.findMany({ where, orderBy, select: { id: true }, take: MAX_SELECT_ALL + 1 });
  return { ids: rows.slice(0, MAX_SELECT_ALL).map((r) => r.id), truncated: rows.length > MAX_SELECT_ALL };
}

/** The chosen lines for the confirmation step, scoped to the tenant; unknown or foreign ids are dropped. */
export async function getLinesForConfirmation(customerId: number, ids: number[]) {
  const allowed = await specialOrdersAllowed(customerId);
  const lines = await db.deliveredLine.findMany({
    where: { customerId, id: { in: ids }, deliveryDate: { gte: historyWindowStart() } },
    orderBy: [{ deliveryDate: "desc" }, { id: "desc" }],
    select: SELECT,
  });
  return lines.map((line) => toRow(line, allowed)).filter((row) => row.selectable);
}
