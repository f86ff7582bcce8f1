import { getTranslations } from "next-intl/server";
import { csvStreamFile } from "@/lib/grid/csv";
import { parseGridState } from "@/lib/grid/params";
import { dealerFile } from "@/lib/http/file-route";
import { statusColumns } from "@/lib/returns/columns";
import { DEFAULT_STATUS_SORT } from "@/lib/returns/grid-links";
import { returnStatusBatches } from "@/lib/returns/status-query";

// GET /returns/export.csv – the return status grid as CSV: the current filter and sort, all pages,
// streamed in keyset batches
export const GET = dealerFile(async ({ dealer, request, locale }) => {
  const t = await getTranslations({ locale, namespace: "returns" });
  const columns = statusColumns(t);
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const state = parseGridState(params, columns, { sort: DEFAULT_STATUS_SORT });
  const batches = returnStatusBatches(dealer.customerId, columns, state);
  const exported = columns.filter((c) => !["barcode", "formPdf", "labelPdf"].includes(c.id));
  return csvStreamFile(`${t("titleStatus")}.csv`, exported, batches, locale);
});
