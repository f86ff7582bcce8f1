import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { type TFieldMap, toPrismaOrderBy, toPrismaWhere } from "@/lib/grid/filters";
import { CSV_BATCH, keysetQueryBatches, mapBatches } from "@/lib/grid/keyset";
import { toSkipTake } from "@/lib/grid/params";
import type { TGridColumn, TGridState } from "@/lib/grid/types";
import { lineSelectability, selectableLineWhere, windowLineWhere } from "./selectable-line";

// The dealer's delivered lines of the return window (SPEC §2.1), filtered, sorted and paged in
// the database. Every query starts with the tenant and the window (index-backed); which lines can
// be ticked is the rule of selectable-line.ts.
export type THistoryRow = {
  id: number;
  salesOrderNumber: string;
  customerPoNumber: string;
  specialOrder: boolean;
  articleNumber: string;
  externalArticleNumbers: string;
  articleName: string;
  netUnitPrice: string;
  quantityOrdered: number;
  quantityDelivered: number;
  quantityReturned: number;
  quantityInRequest: number;
  remaining: number;
  deliveryDate: string;
  selectable: boolean;
  disabledReason: "nothingLeft" | "specialOrder" | null;
};

const SELECT = {
  id: true,
  salesOrderNumber: true,
  customerPoNumber: true,
  specialOrder: true,
  articleNumber: true,
  externalArticleNumbers: true,
  articleName: true,
  netUnitPrice: true,
  quantityOrdered: true,
  quantityDelivered: true,
  quantityReturned: true,
  quantityInRequest: true,
  quantityRemaining: true,
  deliveryDate: true,
} as const;

// "remaining" is the database's generated column, so it filters and sorts like any other.
const HISTORY_FIELDS: TFieldMap = { remaining: "quantityRemaining" };

/** The lines of `base` (the window, or the selectable lines) under the grid's column filters. */
function historyWhere(
  base: Prisma.DeliveredLineWhereInput,
  columns: TGridColumn[],
  filters: Record<string, string>,
) {
  const { AND } = toPrismaWhere<Prisma.DeliveredLineWhereInput>(columns, filters, HISTORY_FIELDS);
  return { ...base, AND } satisfies Prisma.DeliveredLineWhereInput;
}

function historyOrderBy(state: TGridState) {
  return toPrismaOrderBy<Prisma.DeliveredLineOrderByWithRelationInput>(state.sort, HISTORY_FIELDS, {
    id: "desc",
  });
}

function toRow(
  line: Prisma.DeliveredLineGetPayload<{ select: typeof SELECT }>,
  specialOrderReturnsAllowed: boolean,
): THistoryRow {
  const { quantityRemaining, ...rest } = line;
  const selectability = lineSelectability(line, specialOrderReturnsAllowed);
  return {
    ...rest,
    netUnitPrice: line.netUnitPrice.toString(),
    deliveryDate: line.deliveryDate.toISOString().slice(0, 10),
    remaining: quantityRemaining,
    selectable: selectability.selectable,
    disabledReason: selectability.selectable ? null : selectability.reason,
  };
}

/**
 * One page: first its ids in order (narrow, and index-only when the filter and sort are on the
 * dealer's indexes, so a deep page never fetches the rows it skips), then those rows by id.
 */
async function findPage(
  customerId: number,
  where: Prisma.DeliveredLineWhereInput,
  orderBy: Prisma.DeliveredLineOrderByWithRelationInput[],
  page: { skip: number; take: number },
) {
  const ids = (await db.deliveredLine.findMany({ where, orderBy, select: { id: true }, ...page })).map(
    (r) => r.id,
  );
  if (ids.length === 0) return [];
  const lines = await db.deliveredLine.findMany({ where: { customerId, id: { in: ids } }, select: SELECT });
  const byId = new Map(lines.map((line) => [line.id, line]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

async function specialOrdersAllowed(customerId: number): Promise<boolean> {
  const customer = await db.customer.findUnique({
    where: { id: customerId },
    select: { specialOrderReturnsAllowed: true },
  });
  return customer?.specialOrderReturnsAllowed ?? false;
}

/** One page of the history and the total under the filter. */
export async function getReturnHistory(customerId: number, columns: TGridColumn[], state: TGridState) {
  const where = historyWhere(windowLineWhere(customerId), columns, state.filters);
  const [lines, total, allowed] = await Promise.all([
    findPage(customerId, where, historyOrderBy(state), toSkipTake(state)),
    db.deliveredLine.count({ where }),
    specialOrdersAllowed(customerId),
  ]);
  const rows = lines.map((line) => toRow(line, allowed));
  return { rows, total, specialOrderReturnsAllowed: allowed };
}

/**
 * Every row under the filter and sort (the CSV), in batches: each read starts after the last row
 * of the one before (a keyset on the sort and the id), so no batch skips or repeats rows and
 * memory holds one batch.
 */
export async function* returnHistoryBatches(
  customerId: number,
  columns: TGridColumn[],
  state: TGridState,
  batchSize = CSV_BATCH,
): AsyncGenerator<THistoryRow[]> {
  const where = historyWhere(windowLineWhere(customerId), columns, state.filters);
  const orderBy = historyOrderBy(state);
  const allowed = await specialOrdersAllowed(customerId);
  const lines = keysetQueryBatches(
    { where, orderBy },
    (where, take) => db.deliveredLine.findMany({ where, orderBy, select: SELECT, take }),
    { batchSize },
  );
  yield* mapBatches(lines, (line) => toRow(line, allowed));
}

export const MAX_SELECT_ALL = 500;

/** The selectable lines under the current filter ("select all"), capped: one query. */
export async function getSelectableHistoryIds(customerId: number, columns: TGridColumn[], state: TGridState) {
  const allowed = await specialOrdersAllowed(customerId);
  const where = historyWhere(selectableLineWhere(customerId, allowed), columns, state.filters);
  const rows = await db.deliveredLine.findMany({
    where,
    orderBy: historyOrderBy(state),
    select: { id: true },
    take: MAX_SELECT_ALL + 1,
  });
  return { ids: rows.slice(0, MAX_SELECT_ALL).map((r) => r.id), truncated: rows.length > MAX_SELECT_ALL };
}

/** How many lines the dealer can select, with no filter: the home tile ("Regels te retourneren"). */
export async function countSelectableLines(customerId: number): Promise<number> {
  const allowed = await specialOrdersAllowed(customerId);
  return db.deliveredLine.count({ where: selectableLineWhere(customerId, allowed) });
}

/** The chosen lines for the confirmation step, scoped to the tenant; unknown or foreign ids are dropped. */
export async function getLinesForConfirmation(customerId: number, ids: number[]) {
  const allowed = await specialOrdersAllowed(customerId);
  const lines = await db.deliveredLine.findMany({
    where: { ...windowLineWhere(customerId), id: { in: ids } },
    orderBy: [{ deliveryDate: "desc" }, { id: "desc" }],
    select: SELECT,
  });
  return lines.map((line) => toRow(line, allowed)).filter((row) => row.selectable);
}
