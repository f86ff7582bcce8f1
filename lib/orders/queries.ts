import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { toPrismaWhere } from "@/lib/grid/filters";
import { keysetQueryBatches, mapBatches } from "@/lib/grid/keyset";
import type { TGridColumn, TGridState } from "@/lib/grid/types";
import { dateHistory, markOf, type TDateChange } from "./marks";

export type TOpenOrderLine = {
  id: number;
  salesOrderNumber: string;
  orderDate: string;
  salesRep: string;
  customerPoNumber: string;
  articleNumber: string;
  deliverArticleNumber: string;
  articleName: string;
  quantityOrdered: number;
  quantityDelivered: number;
  remaining: number;
  expectedDate: string | null;
  /** The date before its first later move that this user has not acknowledged; null = no mark. */
  movedFrom: string | null;
  /** Every change of the expected date, oldest first (ERP import and staff). */
  dateHistory: TDateChange[];
};

const iso = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** Not (fully) delivered, for the tenant: customerId first, as in the (customerId, expectedDate, id, quantities) index. */
export function openLinesWhere(customerId: number): Prisma.OpenOrderLineWhereInput {
  return { customerId, quantityDelivered: { lt: db.openOrderLine.fields.quantityOrdered } };
}

/** Expected date ascending with unknown dates last (either direction), then id, so paging is stable. */
export function openLinesOrderBy(sort: TGridState["sort"]): Prisma.OpenOrderLineOrderByWithRelationInput[] {
  const dir = sort?.dir ?? "asc";
  const id = sort?.id ?? "expectedDate";
  if (id === "expectedDate") return [{ expectedDate: { sort: dir, nulls: "last" } }, { id: "asc" }];
  if (id === "customerPoNumber" || id === "salesRep")
    return [{ [id]: dir }, { expectedDate: { sort: "asc", nulls: "last" } }, { id: "asc" }];
  return [{ [id]: dir }, { id: "asc" }];
}

const LINE_FIELDS = {
  id: true,
  salesOrderNumber: true,
  orderDate: true,
  salesRep: true,
  customerPoNumber: true,
  articleNumber: true,
  deliverArticleNumber: true,
  articleName: true,
  quantityOrdered: true,
  quantityDelivered: true,
  expectedDate: true,
} as const;
type TLineFields = Prisma.OpenOrderLineGetPayload<{ select: typeof LINE_FIELDS }>;

function findLines(
  where: Prisma.OpenOrderLineWhereInput,
  orderBy: Prisma.OpenOrderLineOrderByWithRelationInput[] | undefined,
  userId: number | null,
) {
  return db.openOrderLine.findMany({
    where,
    orderBy,
    select: {
      ...LINE_FIELDS,
      changes: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { previousDate: true, newDate: true, createdAt: true, source: true },
      },
      acknowledgements: { where: { userId: userId ?? -1 }, select: { acknowledgedAt: true } },
    },
  });
}

// Note: the page's ids first, then its rows: the skipped rows of a deep page are read from the
// (customerId, expectedDate, id, quantities) index alone instead of being fetched and sorted whole.
async function pageOfLines(
  customerId: number,
  where: Prisma.OpenOrderLineWhereInput,
  orderBy: Prisma.OpenOrderLineOrderByWithRelationInput[],
  skip: number,
  take: number,
  userId: number | null,
) {
  const ids = (await db.openOrderLine.findMany({ where, orderBy, skip, take, select: { id: true } })).map(
    (line) => line.id,
  );
  if (ids.length === 0) return [];
  const byId = new Map(
    (await findLines({ customerId, id: { in: ids } }, undefined, userId)).map((line) => [line.id, line]),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}

function toLine({ orderDate, expectedDate, ...line }: TLineFields) {
  return {
    ...line,
    orderDate: iso(orderDate)!,
    expectedDate: iso(expectedDate),
    remaining: line.quantityOrdered - line.quantityDelivered,
  };
}

function openLinesFilter(customerId: number, columns: TGridColumn[], filters: TGridState["filters"]) {
  return {
    ...openLinesWhere(customerId),
    ...toPrismaWhere<Prisma.OpenOrderLineWhereInput>(columns, filters),
  } satisfies Prisma.OpenOrderLineWhereInput;
}

/**
 * One page of the dealer's open order lines (pageSize 0 = all), and how many match, each with its
 * date history and this user's "moved later" mark (lib/orders/marks.ts; userId null = no marks).
 */
export async function listOpenOrderLines(
  customerId: number,
  columns: TGridColumn[],
  state: TGridState,
  userId: number | null,
): Promise<{ rows: TOpenOrderLine[]; total: number }> {
  const where = openLinesFilter(customerId, columns, state.filters);
  const orderBy = openLinesOrderBy(state.sort);
  const [lines, total] = await Promise.all([
    pageOfLines(
      customerId,
      where,
      orderBy,
      (Math.max(1, state.page) - 1) * state.pageSize,
      state.pageSize,
      userId,
    ),
    db.openOrderLine.count({ where }),
  ]);
  return {
    rows: lines.map(({ changes, acknowledgements, ...line }) => ({
      ...toLine(line),
      movedFrom: userId === null ? null : markOf(changes, acknowledgements[0]?.acknowledgedAt ?? null),
      dateHistory: dateHistory(changes),
    })),
    total,
  };
}

/**
 * Every line under the filter and sort (the CSV, without marks or date history), in keyset batches:
 * the expected date is a nullable key with its nulls last, in either direction.
 */
export function openOrderLineBatches(
  customerId: number,
  columns: TGridColumn[],
  state: TGridState,
  batchSize?: number,
) {
  const where = openLinesFilter(customerId, columns, state.filters);
  const orderBy = openLinesOrderBy(state.sort);
  const lines = keysetQueryBatches(
    { where, orderBy },
    (where, take) => db.openOrderLine.findMany({ where, orderBy, select: LINE_FIELDS, take }),
    { batchSize },
  );
  return mapBatches(lines, toLine);
}

/** The home tile's count, by the same definition as the list. */
export function countOpenOrderLines(customerId: number): Promise<number> {
  return db.openOrderLine.count({ where: openLinesWhere(customerId) });
}
