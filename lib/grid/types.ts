// Column spec and grid state shared by the server (queries, CSV) and the client grid.
export type TColumnType = "text" | "number" | "money" | "date" | "flag";

/**
 * `sortable` and `filterable` default to true; set them to false for link/document columns.
 * `options` is for enum columns (e.g. a status): cells and CSV show the label, and the search
 * matches labels and filters on the values.
 */
export type TGridColumn = {
  id: string;
  label: string;
  type: TColumnType;
  sortable?: boolean;
  filterable?: boolean;
  align?: "left" | "right";
  width?: string;
  options?: Array<{ value: string; label: string }>;
};

export type TSortDir = "asc" | "desc";
export type TGridSort = { id: string; dir: TSortDir };

export type TGridState = {
  page: number;
  pageSize: number;
  sort: TGridSort | null;
  filters: Record<string, string>;
};

export function isSortable(column: TGridColumn): boolean {
  return column.sortable !== false;
}

export function isFilterable(column: TGridColumn): boolean {
  return column.filterable !== false;
}

/** A grid row as sections build it on the server. Cells must be serializable (string, number, boolean,
 * Date, null; money as a decimal string) or server-rendered elements. */
export type TDataGridRow = {
  id: string;
  cells: Record<string, unknown>;
  disabled?: boolean;
  disabledReason?: string;
  /** Column id → link target: the cell's text becomes a link (RMA number, PDF). */
  href?: Record<string, string>;
};
