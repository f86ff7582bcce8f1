import { getLocale, getTranslations } from "next-intl/server";
import { requireDealer } from "@/lib/auth/session";
import { csvResponse, toCsv } from "@/lib/grid/csv";
import { parseGridState } from "@/lib/grid/params";
import { isLocale } from "@/lib/i18n/locales";
import { statusColumns } from "@/lib/returns/columns";
import { DEFAULT_STATUS_SORT } from "@/lib/returns/grid-links";
import { getReturnStatus } from "@/lib/returns/status-query";

// GET /returns/export.csv – the return status grid as CSV: the current filter and sort, all pages
export async function GET(request: Request) {
  const dealer = await requireDealer();
  const [locale, t] = await Promise.all([getLocale(), getTranslations("returns")]);
  const columns = statusColumns(t);
  const state = parseGridState(Object.fromEntries(new URL(request.url).searchParams), columns, { sort: DEFAULT_STATUS_SORT });
  const { rows } = await getReturnStatus(dealer.customerId, columns, state, { paged: false });
  const exported = columns.filter((c) => !["barcode", "formPdf", "labelPdf"].includes(c.id));
  return csvResponse(`${t("titleStatus")}.csv`, toCsv(exported, rows, isLocale(locale) ? locale : "nl"));
}
