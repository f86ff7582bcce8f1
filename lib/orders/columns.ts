import { gridStateToSearchParams } from "@/lib/grid/params";
import type { TGridColumn, TGridState } from "@/lib/grid/types";

// The open order lines grid: column ids are OpenOrderLine fields, so the grid's Prisma
// helpers map them directly; "remaining" is computed and so neither searched nor sorted.
export const OPEN_LINE_COLUMN_IDS = [
  "salesOrderNumber",
  "orderDate",
  "salesRep",
  "customerPoNumber",
  "articleNumber",
  "deliverArticleNumber",
  "articleName",
  "quantityOrdered",
  "quantityDelivered",
  "remaining",
  "expectedDate",
] as const;
export type TOpenLineColumnId = (typeof OPEN_LINE_COLUMN_IDS)[number];

const TYPES: Record<TOpenLineColumnId, TGridColumn["type"]> = {
  salesOrderNumber: "text",
  orderDate: "date",
  salesRep: "text",
  customerPoNumber: "text",
  articleNumber: "text",
  deliverArticleNumber: "text",
  articleName: "text",
  quantityOrdered: "number",
  quantityDelivered: "number",
  remaining: "number",
  expectedDate: "date",
};

/** The columns with their labels (from the "orders.columns" messages). */
export function openLineColumns(label: (id: TOpenLineColumnId) => string): TGridColumn[] {
  return OPEN_LINE_COLUMN_IDS.map((id) => ({
    id,
    label: label(id),
    type: TYPES[id],
    ...(id === "remaining" ? { sortable: false, filterable: false } : {}),
    ...(TYPES[id] === "number" ? { align: "right" as const } : {}),
  }));
}

/** The filter and sort of a grid state as a query string (for the CSV link): every page, so no page keys. */
export function exportQuery(state: TGridState): string {
  const params = gridStateToSearchParams(state);
  params.delete("page");
  params.delete("size");
  const text = params.toString();
  return text ? `?${text}` : "";
}
