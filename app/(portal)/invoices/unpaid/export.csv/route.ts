import { getTranslations } from "next-intl/server";
import { csvFile } from "@/lib/grid/csv";
import { parseGridState } from "@/lib/grid/params";
import { dealerFile } from "@/lib/http/file-route";
import { UNPAID_DEFAULT_SORT, unpaidColumns } from "@/lib/invoices/columns";
import { listUnpaidInvoices } from "@/lib/invoices/queries";

// GET /invoices/unpaid/export.csv – the unpaid invoices grid as CSV: the current filter and sort, all pages
export const GET = dealerFile(async ({ dealer, request, locale }) => {
  const t = await getTranslations({ locale, namespace: "invoices" });
  const columns = unpaidColumns((id) => t(`columns.${id}`));
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const state = parseGridState(params, columns, { sort: UNPAID_DEFAULT_SORT });
  const { rows } = await listUnpaidInvoices(dealer.customerId, { ...state, page: 1, pageSize: 0 });
  return csvFile(t("csvFileName"), columns, rows, locale);
});
