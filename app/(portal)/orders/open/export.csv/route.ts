import { getTranslations } from "next-intl/server";
import { csvStreamFile } from "@/lib/grid/csv";
import { mapBatches } from "@/lib/grid/keyset";
import { parseGridState } from "@/lib/grid/params";
import { dealerFile } from "@/lib/http/file-route";
import { openLineColumns } from "@/lib/orders/columns";
import { openOrderLineBatches } from "@/lib/orders/queries";

// GET /orders/open/export.csv – the open order lines as CSV: the current filter and sort, all pages,
// streamed in keyset batches
export const GET = dealerFile(async ({ dealer, request, locale }) => {
  const t = await getTranslations({ locale, namespace: "orders" });
  const columns = openLineColumns((id) => t(`columns.${id}`));
  const state = parseGridState(Object.fromEntries(new URL(request.url).searchParams), columns);
  const batches = mapBatches(openOrderLineBatches(dealer.customerId, columns, state), (row) => ({
    ...row,
    expectedDate: row.expectedDate ?? t("notKnown"),
  }));
  return csvStreamFile(t("csvFileName"), columns, batches, locale);
});
