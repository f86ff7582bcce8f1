import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { toPrismaOrderBy, toPrismaWhere } from "@/lib/grid/filters";
import { keysetQueryBatches, mapBatches } from "@/lib/grid/keyset";
import { toSkipTake } from "@/lib/grid/params";
import type { TGridState } from "@/lib/grid/types";
import { CSV_MAX_ROWS, columnSpecs, idLabel, labelled, type TColumnId, type TLabel } from "../grid";

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

const LINE_SELECT = {
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
} satisfies Prisma.OpenOrderLineSelect;
type TLine = Prisma.OpenOrderLineGetPayload<{ select: typeof LINE_SELECT }>;

function openLinesWhere(state: TGridState): Prisma.OpenOrderLineWhereInput {
  return {
    quantityDelivered: { lt: db.openOrderLine.fields.quantityOrdered },
    ...toPrismaWhere<Prisma.OpenOrderLineWhereInput>(staffOpenLineColumns(), state.filters, FIELDS),
  };
}

/** Unknown expected dates first unless sorted otherwise. */
function openLinesOrderBy(state: TGridState): Prisma.OpenOrderLineOrderByWithRelationInput[] {
  return state.sort
    ? toPrismaOrderBy<Prisma.OpenOrderLineOrderByWithRelationInput>(state.sort, FIELDS, { id: "asc" })
    : [
        { expectedDate: { sort: "asc" as const, nulls: "first" as const } },
        { orderDate: "asc" as const },
        { id: "asc" as const },
      ];
}

const toRow = ({ customer, ...l }: TLine) => ({
  ...l,
  customerNumber: customer.erpNumber,
  customerName: customer.name,
});

/** Open (not fully delivered) order lines of all customers, unknown expected dates first. */
export async function listStaffOpenLines(state: TGridState) {
  const where = openLinesWhere(state);
  const [rows, total] = await Promise.all([
    db.openOrderLine.findMany({
      where,
      orderBy: openLinesOrderBy(state),
      ...toSkipTake(state),
      select: LINE_SELECT,
    }),
    db.openOrderLine.count({ where }),
  ]);
  return { rows: rows.map(toRow), total };
}

/** The same lines, every page (capped), in keyset batches: the CSV. */
export function staffOpenLineBatches(state: TGridState, batchSize?: number) {
  const where = openLinesWhere(state);
  const orderBy = openLinesOrderBy(state);
  const lines = keysetQueryBatches(
    { where, orderBy },
    (where, take) => db.openOrderLine.findMany({ where, orderBy, take, select: LINE_SELECT }),
    { batchSize, limit: CSV_MAX_ROWS, nullable: ["expectedDate"] },
  );
  return mapBatches(lines, toRow);
}
