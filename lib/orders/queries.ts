import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { toPrismaWhere } from "@/lib/grid/filters";
import type { TGridColumn, TGridState } from "@/lib/grid/types";

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
  /** The date the dealer saw before it moved later since `seenSince`; null when not moved later. */
  movedFrom: string | null;
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

function findLines(
  where: Prisma.OpenOrderLineWhereInput,
  orderBy: Prisma.OpenOrderLineOrderByWithRelationInput[] | undefined,
  seenSince: Date | null,
) {
  return db.openOrderLine.findMany({
    where,
    orderBy,
    select: {
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
      changes: {
        where: {
          newDate: { gt: db.expectedDateChange.fields.previousDate },
          ...(seenSince ? { createdAt: { gt: seenSince } } : {}),
        },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: 1,
        select: { previousDate: true },
      },
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
  seenSince: Date | null,
) {
  const ids = (await db.openOrderLine.findMany({ where, orderBy, skip, take, select: { id: true } })).map(
    (line) => line.id,
  );
  if (ids.length === 0) return [];
  const byId = new Map(
    (await findLines({ customerId, id: { in: ids } }, undefined, seenSince)).map((line) => [line.id, line]),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * One page of the dealer's open order lines (pageSize 0 = all), and how many match. A line is
 * marked as moved when its expected date was moved later after `seenSince` (null = never seen).
 */
export async function listOpenOrderLines(
  customerId: number,
  columns: TGridColumn[],
  state: TGridState,
  seenSince: Date | null,
): Promise<{ rows: TOpenOrderLine[]; total: number }> {
  const where: Prisma.OpenOrderLineWhereInput = {
    ...openLinesWhere(customerId),
    ...toPrismaWhere<Prisma.OpenOrderLineWhereInput>(columns, state.filters),
  };
  const orderBy = openLinesOrderBy(state.sort);
  const [lines, total] = await Promise.all([
    state.pageSize > 0
      ? pageOfLines(
          customerId,
          where,
          orderBy,
          (Math.max(1, state.page) - 1) * state.pageSize,
          state.pageSize,
          seenSince,
        )
      : findLines(where, orderBy, seenSince),
    db.openOrderLine.count({ where }),
  ]);
  return {
    rows: lines.map(({ changes, orderDate, expectedDate, ...line }) => ({
      ...line,
      orderDate: iso(orderDate)!,
      expectedDate: iso(expectedDate),
      remaining: line.quantityOrdered - line.quantityDelivered,
      movedFrom: iso(changes[0]?.previousDate ?? null),
    })),
    total,
  };
}

/** The home tile's count, by the same definition as the list. */
export function countOpenOrderLines(customerId: number): Promise<number> {
  return db.openOrderLine.count({ where: openLinesWhere(customerId) });
}
