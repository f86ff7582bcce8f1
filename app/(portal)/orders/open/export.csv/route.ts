import { getLocale, getTranslations } from "next-intl/server";
import { requireDealer } from "@/lib/auth/session";
import { csvResponse, toCsv } from "@/lib/grid/csv";
import { parseGridState } from "@/lib/grid/params";
import { isLocale } from "@/lib/i18n/locales";
import { openLineColumns } from "@/lib/orders/columns";
import { listOpenOrderLines } from "@/lib/orders/queries";

// GET /orders/open/export.csv – the open order lines as CSV: the current filter and sort, all pages
export async function GET(request: Request) {
  const dealer = await requireDealer();
  const [locale, t] = await Promise.all([getLocale(), getTranslations("orders")]);
  const columns = openLineColumns((id) => t(`columns.${id}`));
  const state = parseGridState(Object.fromEntries(new URL(request.url).searchParams), columns);
  const { rows } = await listOpenOrderLines(dealer.customerId, columns, { ...state, page: 1, pageSize: 0 }, null);
  const csvRows = rows.map((row) => ({ ...row, expectedDate: row.expectedDate ?? t("notKnown") }));
  return csvResponse(t("csvFileName"), toCsv(columns, csvRows, isLocale(locale) ? locale : "nl"));
}
