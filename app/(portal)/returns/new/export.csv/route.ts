import { getTranslations } from "next-intl/server";
import { csvFile } from "@/lib/grid/csv";
import { parseGridState } from "@/lib/grid/params";
import { dealerFile } from "@/lib/http/file-route";
import { historyColumns } from "@/lib/returns/columns";
import { DEFAULT_HISTORY_SORT } from "@/lib/returns/grid-links";
import { getReturnHistory } from "@/lib/returns/history-query";

// GET /returns/new/export.csv – the order history as CSV: the current filter and sort, all pages
export const GET = dealerFile(async ({ dealer, request, locale }) => {
  const t = await getTranslations({ locale, namespace: "returns" });
  const columns = historyColumns(t);
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const state = parseGridState(params, columns, { sort: DEFAULT_HISTORY_SORT });
  const { rows } = await getReturnHistory(dealer.customerId, columns, state, { paged: false });
  return csvFile(`${t("titleNew")}.csv`, columns, rows, locale);
});
