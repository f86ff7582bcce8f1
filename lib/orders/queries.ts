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

/** Not (fully) delivered, for the tenant: customerId first, as in the (customerId, expectedDate, id) index. */
export function openLinesWhere(customerId: number): Prisma.OpenOrderLineWhereInput {
  return { customerId, quantityDelivered: { lt: db.openOrderLine.fields.quantityOrdered } };
}

/** Expected date ascending with unknown dates last (either direction), then id, so paging is stable. */
export function openLinesOrderBy(sort: TGridState["sort"]): Prisma.OpenOrderLineOrderByWithRelationInput[] {
  const dir = sort?.dir ?? "asc";
  const id = sort?.id ?? "expectedDate";
  if (id === "expectedDate") return [{ expectedDate: { sort: dir, nulls: "last" } }, { id: "asc" }];
  if (id === "customerPoNumber" || id === "salesRep") return [{ [id]: dir }, { expectedDate: { sort: "asc", nulls: "last" } }, { id: "asc" }];
  return [{ [id]: dir }, { id: "asc" }];
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
  const paged = state.pageSize > 0;
  const [lines, total] = await Promise.all([
    db.openOrderLine.findMany({
      where,
      orderBy: openLinesOrderBy(state.sort),
      skip: paged ? (Math.max(1, state.page) - 1) * state.pageSize : undefined,
      take: paged ? state.pageSize : undefined,
      select: {
        id: true, salesOrderNumber: true, orderDate: true, salesRep: true, customerPoNumber: true, articleNumber: true,
        deliverArticleNumber: true, articleName: true, quantityOrdered: true, quantityDelivered: true, expectedDate: true,
        changes: {
          where: { newDate: { gt: db.expectedDateChange.fields.previousDate }, ...(seenSince ? { createdAt: { gt: seenSince } } : {}) },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          take: 1,
          select: { previousDate: true },
        },
      },
    }),
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
