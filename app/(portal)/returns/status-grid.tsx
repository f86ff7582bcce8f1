"use client";
import { DataGrid, type TDataGridProps, type TDataGridRow } from "@/components/data-grid/data-grid";

// The status grid with the RMA number drawn as a small inline barcode.
function renderCell(columnId: string, row: TDataGridRow) {
  if (columnId !== "barcode" || typeof row.cells.barcodeSvg !== "string") return undefined;
  const value = String(row.cells.barcode);
  return <span role="img" aria-label={value} title={value} className="block h-5 w-28 [&>svg]:h-full [&>svg]:w-full" dangerouslySetInnerHTML={{ __html: row.cells.barcodeSvg }} />;
}

export function StatusGrid(props: Omit<TDataGridProps, "renderCell">) {
  return <DataGrid {...props} renderCell={renderCell} />;
}
