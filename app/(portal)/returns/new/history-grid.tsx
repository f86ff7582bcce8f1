"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import {
  DataGrid,
  type TColumnPriorities,
  type TDataGridRow,
  useGridSelection,
} from "@/components/data-grid/data-grid";
import { Button } from "@/components/ui/button";
import type { TGridColumn, TGridState } from "@/lib/grid/types";
import { HISTORY_SELECTION_KEY } from "@/lib/returns/grid-links";

// Key columns: the order line, the article, what is left to return and the delivery date.
const PRIORITIES: TColumnPriorities = {
  salesOrderNumber: 1,
  articleNumber: 1,
  remaining: 1,
  deliveryDate: 1,
  articleName: 2,
  quantityDelivered: 3,
  quantityInRequest: 3,
  quantityReturned: 4,
  specialOrder: 3,
  customerPoNumber: 3,
  externalArticleNumbers: 4,
  netUnitPrice: 4,
  quantityOrdered: 4,
};

// The order history with row selection kept across pages and filters, and "RMA aanmaken".
function renderCell(columnId: string, row: TDataGridRow) {
  if (columnId !== "specialOrder" || typeof row.cells.specialOrderNote !== "string") return undefined;
  return (
    <span className="flex flex-col items-center" title={row.disabledReason}>
      <span aria-hidden="true">✓</span>
      <span className="text-xs leading-tight text-slate-600">{row.cells.specialOrderNote}</span>
    </span>
  );
}

type THistoryGridProps = {
  columns: TGridColumn[];
  rows: TDataGridRow[];
  total: number;
  state: TGridState;
  caption: string;
  exportHref: string;
  allIdsHref: string;
};

export function HistoryGrid({
  columns,
  rows,
  total,
  state,
  caption,
  exportHref,
  allIdsHref,
}: THistoryGridProps) {
  const t = useTranslations("returns");
  const router = useRouter();
  const selection = useGridSelection(HISTORY_SELECTION_KEY);
  return (
    <div className="flex flex-col gap-3">
      <DataGrid
        columns={columns}
        rows={rows}
        total={total}
        state={state}
        caption={caption}
        exportHref={exportHref}
        selection={{ storageKey: HISTORY_SELECTION_KEY, allIdsHref }}
        renderCell={renderCell}
        priorities={PRIORITIES}
        longColumns={["articleName", "externalArticleNumbers"]}
        gridId="returns-history"
      />
      <div className="flex items-center justify-end gap-4 border-t border-slate-200 pt-3">
        <p className="text-sm font-medium" aria-live="polite">
          {t("selectedCount", { count: selection.ids.length })}
        </p>
        <Button
          type="button"
          data-testid="create-rma"
          disabled={selection.ids.length === 0}
          onClick={() => router.push(`/returns/new/confirm?lines=${selection.ids.join(",")}`)}
        >
          {t("createRma")}
        </Button>
      </div>
    </div>
  );
}
