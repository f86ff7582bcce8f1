import { getTranslations } from "next-intl/server";
import { csvFile } from "@/lib/grid/csv";
import { parseGridState } from "@/lib/grid/params";
import { dealerFile } from "@/lib/http/file-route";
import { openLineColumns } from "@/lib/orders/columns";
import { listOpenOrderLines } from "@/lib/orders/queries";

// GET /orders/open/export.csv – the open order lines as CSV: the current filter and sort, all pages
export const GET = dealerFile(async ({ dealer, request, locale }) => {
  const t = await getTranslations({ locale, namespace: "orders" });
  const columns = openLineColumns((id) => t(`columns.${id}`));
  const state = parseGridState(Object.fromEntries(new URL(request.url).searchParams), columns);
  const { rows } = await listOpenOrderLines(
    dealer.customerId,
    columns,
    { ...state, page: 1, pageSize: 0 },
    null,
  );
  const csvRows = rows.map(({ dateHistory: _history, ...row }) => ({
    ...row,
    expectedDate: row.expectedDate ?? t("notKnown"),
  }));
  return csvFile(t("csvFileName"), columns, csvRows, locale);
});
