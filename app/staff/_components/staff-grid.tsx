import { DataGrid, type TDataGridRow } from "@/components/data-grid/data-grid";
import type { TGridColumn, TGridState } from "@/lib/grid/types";

// The shared grid, server-rendered rows (cells may hold links or server elements).
export function StaffGrid(props: {
  columns: TGridColumn[];
  rows: TDataGridRow[];
  total: number;
  state: TGridState;
  caption: string;
  /** The CSV of the current filter, all pages (app/staff/<grid>/export.csv). */
  exportHref?: string;
}) {
  return <DataGrid {...props} />;
}
