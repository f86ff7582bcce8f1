import "server-only";
import { code128Svg } from "@/lib/documents/barcode";
import type { TDataGridRow } from "@/lib/grid/types";
import type { TTranslate as TNamespaceTranslate } from "@/lib/i18n/translate";
import type { THistoryRow } from "./history-query";
import type { TStatusRow } from "./status-query";

// Query rows → the shared grid's rows (ids as strings, disabled lines with their reason, links).
type TTranslate = TNamespaceTranslate<"returns">;

export function historyGridRows(rows: THistoryRow[], t: TTranslate): TDataGridRow[] {
  return rows.map(({ id, selectable, disabledReason, ...cells }) => ({
    id: String(id),
    cells: {
      ...cells,
      specialOrderNote: disabledReason === "specialOrder" ? t("disabled.specialOrderShort") : null,
    },
    disabled: !selectable,
    disabledReason: disabledReason ? t(`disabled.${disabledReason}`) : undefined,
  }));
}

export function statusGridRows(rows: TStatusRow[], t: TTranslate): TDataGridRow[] {
  return rows.map(({ hasLabel, creditNoteHasDocument, ...row }) => ({
    id: String(row.id),
    cells: {
      ...row,
      barcode: row.rmaNumber,
      // Note: markup from bwip-js for our own RMA number; drawn by the status grid's renderCell.
      barcodeSvg: code128Svg(row.rmaNumber),
      formPdf: t("formLink"),
      labelPdf: hasLabel ? t("labelLink") : "",
      creditNote: row.creditNote ?? "",
    },
    href: {
      rmaNumber: `/returns/${row.rmaNumber}`,
      formPdf: `/returns/${row.rmaNumber}/form.pdf`,
      ...(hasLabel ? { labelPdf: `/returns/${row.rmaNumber}/label.pdf` } : {}),
      // Note: a credit note without a document is shown as its number and amount, never as a dead link.
      ...(row.creditNote && creditNoteHasDocument
        ? { creditNote: `/invoices/${encodeURIComponent(row.creditNote)}/pdf` }
        : {}),
    },
  }));
}
