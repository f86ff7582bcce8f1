"use client";
import { useTranslations } from "next-intl";
import { DataGrid, type TColumnPriorities, type TDataGridRow } from "@/components/data-grid/data-grid";
import type { TGridColumn, TGridState } from "@/lib/grid/types";

// Key columns: the invoice, what is open, when it falls due and whether it is overdue.
const PRIORITIES: TColumnPriorities = {
  number: 1,
  openAmount: 1,
  dueDate: 1,
  overdue: 1,
  invoiceDate: 2,
  document: 2,
  amount: 3,
  paidAmount: 3,
};

type TProps = {
  columns: TGridColumn[];
  rows: TDataGridRow[];
  total: number;
  state: TGridState;
  caption: string;
  exportHref: string;
};

// The unpaid invoices grid: credit notes are labelled, overdue ones flagged, and each invoice
// links to its own PDF where the ERP supplied one (cells.kind, cells.overdue, cells.documentHref).
export function UnpaidGrid(props: TProps) {
  const t = useTranslations("invoices");
  const tb = useTranslations("desk.balance");
  const renderCell = (columnId: string, row: TDataGridRow) => {
    const { number, kind, overdue, documentHref, openAmount } = row.cells as {
      number: string;
      kind: string;
      overdue: boolean;
      documentHref: string | null;
      openAmount: string;
    };
    if (columnId === "number" && kind === "CREDIT_NOTE") {
      return (
        <span>
          {number} <span className="rounded bg-slate-100 px-1 text-xs text-slate-700">{t("creditNote")}</span>
        </span>
      );
    }
    // An overpaid invoice is credit too (netted in the balance): marked like a credit note.
    if (columnId === "number" && Number(openAmount) < 0) {
      return (
        <span>
          {number}{" "}
          <span className="rounded bg-slate-100 px-1 text-xs text-slate-700" data-testid="overpaid">
            {tb("overpaid")}
          </span>
        </span>
      );
    }
    // A credit note is money owed to the dealer: it falls due on no date and is never overdue.
    if (columnId === "dueDate" && kind === "CREDIT_NOTE") {
      return (
        <span title={t("noDueDate")} className="text-slate-500">
          <span aria-hidden="true">—</span>
          <span className="sr-only">{t("noDueDate")}</span>
        </span>
      );
    }
    if (columnId === "overdue") {
      return overdue && kind !== "CREDIT_NOTE" ? (
        <span
          data-testid="overdue-flag"
          className="rounded bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-800"
        >
          {t("overdueYes")}
        </span>
      ) : null;
    }
    if (columnId === "document") {
      return documentHref ? (
        <a
          href={documentHref}
          className="text-brand-700 underline hover:text-brand-800"
          aria-label={t("documentLabel", { number })}
        >
          {t("documentLink")}
        </a>
      ) : null;
    }
    return undefined;
  };
  return <DataGrid {...props} renderCell={renderCell} priorities={PRIORITIES} gridId="invoices-unpaid" />;
}
