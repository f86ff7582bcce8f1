import { gridStateToSearchParams } from "@/lib/grid/params";
import type { TGridColumn, TGridSort, TGridState } from "@/lib/grid/types";
import { type TUnpaidColumn, UNPAID_COLUMN_SQL } from "./unpaid-sql";

// The unpaid invoices grid; "document" is the link to the invoice's own PDF (page only, not in the CSV).
export const UNPAID_DEFAULT_SORT: TGridSort = { id: "dueDate", dir: "asc" };
const ORDER: TUnpaidColumn[] = [
  "invoiceDate",
  "number",
  "amount",
  "paidAmount",
  "openAmount",
  "dueDate",
  "overdue",
];

export function unpaidColumns(label: (id: TUnpaidColumn) => string): TGridColumn[] {
  return ORDER.map((id) => ({ id, label: label(id), type: UNPAID_COLUMN_SQL[id].type }));
}

export function documentColumn(label: string): TGridColumn {
  return { id: "document", label, type: "text", sortable: false, filterable: false };
}

/** The filter and sort of a grid state as a query string (for the CSV link): every page, so no page keys. */
export function exportQuery(state: TGridState): string {
  const params = gridStateToSearchParams(state);
  params.delete("page");
  params.delete("size");
  const text = params.toString();
  return text ? `?${text}` : "";
}
