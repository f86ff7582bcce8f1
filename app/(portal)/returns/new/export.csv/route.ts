import { getLocale, getTranslations } from "next-intl/server";
import { requireDealer } from "@/lib/auth/session";
import { csvResponse, toCsv } from "@/lib/grid/csv";
import { parseGridState } from "@/lib/grid/params";
import { isLocale } from "@/lib/i18n/locales";
import { historyColumns } from "@/lib/returns/columns";
import { DEFAULT_HISTORY_SORT } from "@/lib/returns/grid-links";
import { getReturnHistory } from "@/lib/returns/history-query";

// GET /returns/new/export.csv – the order history as CSV: the current filter and sort, all pages
export async function GET(request: Request) {
  const dealer = await requireDealer();
  const [locale, t] = await Promise.all([getLocale(), getTranslations("returns")]);
  const columns = historyColumns(t);
  const state = parseGridState(Object.fromEntries(new URL(request.url).searchParams), columns, { sort: DEFAULT_HISTORY_SORT });
  const { rows } = await getReturnHistory(dealer.customerId, columns, state, { paged: false });
  return csvResponse(`${t("titleNew")}.csv`, toCsv(columns, rows, isLocale(locale) ? locale : "nl"));
}
