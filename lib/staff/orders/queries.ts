import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { toPrismaOrderBy, toPrismaWhere } from "@/lib/grid/filters";
import { toSkipTake } from "@/lib/grid/params";
import type { TGridState } from "@/lib/grid/types";
import { columnSpecs, idLabel, labelled, type TColumnId, type TLabel } from "../grid";

const OPEN_LINE_COLUMNS = columnSpecs([
  { id: "customerNumber", type: "text" },
  { id: "customerName", type: "text" },
  { id: "salesOrderNumber", type: "text" },
  { id: "orderDate", type: "date" },
  { id: "articleNumber", type: "text" },
  { id: "articleName", type: "text" },
  { id: "quantityOrdered", type: "number", align: "right" },
  { id: "quantityDelivered", type: "number", align: "right" },
  { id: "expectedDate", type: "date" },
  { id: "edit", type: "text", sortable: false, filterable: false },
]);
export const staffOpenLineColumns = (label: TLabel<TColumnId<typeof OPEN_LINE_COLUMNS>> = idLabel) =>
  labelled(OPEN_LINE_COLUMNS, label);
const FIELDS = { customerNumber: "customer.erpNumber", customerName: "customer.name" };

/** Open (not fully delivered) order lines of all customers, unknown expected dates first. */
export async function listStaffOpenLines(state: TGridState) {
  const where: Prisma.OpenOrderLineWhereInput = {
    quantityDelivered: { lt: db.openOrderLine.fields.quantityOrdered },
    ...toPrismaWhere<Prisma.OpenOrderLineWhereInput>(staffOpenLineColumns(), state.filters, FIELDS),
  };
  const orderBy = state.sort
    ? toPrismaOrderBy<Prisma.OpenOrderLineOrderByWithRelationInput>(state.sort, FIELDS, { id: "asc" })
    : [
        { expectedDate: { sort: "asc" as const, nulls: "first" as const } },
        { orderDate: "asc" as const },
        { id: "asc" as const },
      ];
  const [rows, total] = await Promise.all([
    db.openOrderLine.findMany({
      where,
      orderBy,
      ...toSkipTake(state),
      select: {
        id: true,
        salesOrderNumber: true,
        orderDate: true,
        articleNumber: true,
        articleName: true,
        quantityOrdered: true,
        quantityDelivered: true,
        expectedDate: true,
        expectedDateChangedAt: true,
        customer: { select: { erpNumber: true, name: true } },
      },
    }),
    db.openOrderLine.count({ where }),
  ]);
  return {
    rows: rows.map(({ customer, ...l }) => ({
      ...l,
      customerNumber: customer.erpNumber,
      customerName: customer.name,
    })),
    total,
  };
}
