import { getTranslations } from "next-intl/server";
import { csvStreamFile } from "@/lib/grid/csv";
import { parseGridState } from "@/lib/grid/params";
import { dealerFile } from "@/lib/http/file-route";
import { historyColumns } from "@/lib/returns/columns";
import { DEFAULT_HISTORY_SORT } from "@/lib/returns/grid-links";
import { returnHistoryBatches } from "@/lib/returns/history-query";

// GET /returns/new/export.csv – the order history as CSV: the current filter and sort, all pages,
// streamed in keyset batches (constant memory for a dealer's 60,000 lines)
export const GET = dealerFile(async ({ dealer, request, locale }) => {
  const t = await getTranslations({ locale, namespace: "returns" });
  const columns = historyColumns(t);
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const state = parseGridState(params, columns, { sort: DEFAULT_HISTORY_SORT });
  const batches = returnHistoryBatches(dealer.customerId, columns, state);
  return csvStreamFile(`${t("titleNew")}.csv`, columns, batches, locale);
});
