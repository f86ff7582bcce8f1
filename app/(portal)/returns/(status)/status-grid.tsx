"use client";
import { useLocale } from "next-intl";
import {
  DataGrid,
  type TColumnPriorities,
  type TDataGridProps,
  type TDataGridRow,
} from "@/components/data-grid/data-grid";
import { formatMoney } from "@/lib/i18n/format";
import type { TLocale } from "@/lib/i18n/locales";

// Key columns: the RMA, the article, the line's status and its credit note (Factuur).
const PRIORITIES: TColumnPriorities = {
  rmaNumber: 1,
  articleNumber: 1,
  status: 1,
  creditNote: 1,
  rmaDate: 2,
  quantityExpected: 2,
  formPdf: 3,
  quantityReceived: 3,
  receivedAt: 3,
  labelPdf: 3,
  articleName: 3,
  barcode: 4,
  externalArticleNumbers: 4,
  remark: 4,
};

// The status grid with the RMA number drawn as a small inline barcode.
function renderCell(columnId: string, row: TDataGridRow, locale: TLocale) {
  if (columnId === "creditNote") return creditNoteCell(row, locale);
  if (columnId !== "barcode" || typeof row.cells.barcodeSvg !== "string") return undefined;
  const value = String(row.cells.barcode);
  return (
    <span
      role="img"
      aria-label={value}
      title={value}
      className="block h-5 w-28 [&>svg]:h-full [&>svg]:w-full"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: bwip-js's barcode SVG, drawn on the server from the RMA number
      dangerouslySetInnerHTML={{ __html: row.cells.barcodeSvg }}
    />
  );
}

// A credit note without a document: its number and amount as text (the link would be a 404).
function creditNoteCell(row: TDataGridRow, locale: TLocale) {
  const { creditNote, creditNoteAmount } = row.cells as {
    creditNote: string;
    creditNoteAmount: string | null;
  };
  if (!creditNote || row.href?.creditNote) return undefined;
  return (
    <span data-testid="credit-note-text">
      {creditNote}
      {creditNoteAmount ? (
        <span className="block whitespace-nowrap text-xs text-slate-600 tabular-nums">
          € {formatMoney(creditNoteAmount, locale)}
        </span>
      ) : null}
    </span>
  );
}

export function StatusGrid(props: Omit<TDataGridProps, "renderCell">) {
  const locale = useLocale() as TLocale;
  return (
    <DataGrid
      {...props}
      renderCell={(columnId, row) => renderCell(columnId, row, locale)}
      priorities={PRIORITIES}
      longColumns={["articleName", "externalArticleNumbers", "remark"]}
      gridId="returns-status"
    />
  );
}
