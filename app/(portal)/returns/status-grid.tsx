"use client";
import { DataGrid, type TColumnPriorities, type TDataGridProps, type TDataGridRow } from "@/components/data-grid/data-grid";

// Key columns: the RMA, the article, the line's status and its credit note (Factuur).
const PRIORITIES: TColumnPriorities = {
  rmaNumber: 1, articleNumber: 1, status: 1, creditNote: 1,
  rmaDate: 2, quantityExpected: 2, formPdf: 3, quantityReceived: 3, receivedAt: 3, labelPdf: 3,
  articleName: 3, barcode: 4, externalArticleNumbers: 4, remark: 4,
};

// The status grid with the RMA number drawn as a small inline barcode.
function renderCell(columnId: string, row: TDataGridRow) {
  if (columnId !== "barcode" || typeof row.cells.barcodeSvg !== "string") return undefined;
  const value = String(row.cells.barcode);
  return <span role="img" aria-label={value} title={value} className="block h-5 w-28 [&>svg]:h-full [&>svg]:w-full" dangerouslySetInnerHTML={{ __html: row.cells.barcodeSvg }} />;
}

export function StatusGrid(props: Omit<TDataGridProps, "renderCell">) {
  return (
    <DataGrid
      {...props}
      renderCell={renderCell}
      priorities={PRIORITIES}
      longColumns={["articleName", "externalArticleNumbers", "remark"]}
      gridId="returns-status"
    />
  );
}
