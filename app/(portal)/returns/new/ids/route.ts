import { getTranslations } from "next-intl/server";
import { requireDealer } from "@/lib/auth/session";
import { parseGridState } from "@/lib/grid/params";
import { historyColumns } from "@/lib/returns/columns";
import { DEFAULT_HISTORY_SORT } from "@/lib/returns/grid-links";
import { getSelectableHistoryIds } from "@/lib/returns/history-query";

// GET /returns/new/ids – the selectable lines under the current filter, for "select all" (capped)
export async function GET(request: Request) {
  const dealer = await requireDealer();
  const columns = historyColumns(await getTranslations("returns"));
  const state = parseGridState(Object.fromEntries(new URL(request.url).searchParams), columns, {
    sort: DEFAULT_HISTORY_SORT,
  });
  const { ids, truncated } = await getSelectableHistoryIds(dealer.customerId, columns, state);
  return Response.json(
    { ids: ids.map(String), truncated },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}
