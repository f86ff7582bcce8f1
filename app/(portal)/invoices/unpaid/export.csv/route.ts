import { getLocale, getTranslations } from "next-intl/server";
import { requireDealer } from "@/lib/auth/session";
import { csvResponse, toCsv } from "@/lib/grid/csv";
import { parseGridState } from "@/lib/grid/params";
import { isLocale } from "@/lib/i18n/locales";
import { UNPAID_DEFAULT_SORT, unpaidColumns } from "@/lib/invoices/columns";
import { listUnpaidInvoices } from "@/lib/invoices/queries";

// GET /invoices/unpaid/export.csv – the unpaid invoices grid as CSV: the current filter and sort, all pages
export async function GET(request: Request) {
  const dealer = await requireDealer();
  const [locale, t] = await Promise.all([getLocale(), getTranslations("invoices")]);
  const columns = unpaidColumns((id) => t(`columns.${id}`));
  const state = parseGridState(Object.fromEntries(new URL(request.url).searchParams), columns, { sort: UNPAID_DEFAULT_SORT });
  const { rows } = await listUnpaidInvoices(dealer.customerId, { ...state, page: 1, pageSize: 0 });
  return csvResponse(t("csvFileName"), toCsv(columns, rows, isLocale(locale) ? locale : "nl"));
}
