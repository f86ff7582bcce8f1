import { getTranslations } from "next-intl/server";
import { csvStreamFile } from "@/lib/grid/csv";
import { parseGridState } from "@/lib/grid/params";
import { dealerFile } from "@/lib/http/file-route";
import { UNPAID_DEFAULT_SORT, unpaidColumns } from "@/lib/invoices/columns";
import { unpaidInvoiceBatches } from "@/lib/invoices/queries";

// GET /invoices/unpaid/export.csv – the unpaid invoices grid as CSV: the current filter and sort, all pages,
// streamed in keyset batches
export const GET = dealerFile(async ({ dealer, request, locale }) => {
  const t = await getTranslations({ locale, namespace: "invoices" });
  const columns = unpaidColumns((id) => t(`columns.${id}`));
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const state = parseGridState(params, columns, { sort: UNPAID_DEFAULT_SORT });
  return csvStreamFile(t("csvFileName"), columns, unpaidInvoiceBatches(dealer.customerId, state), locale);
});
