import { getTranslations } from "next-intl/server";
import { csvStreamFile } from "@/lib/grid/csv";
import { parseGridState } from "@/lib/grid/params";
import { staffFile } from "@/lib/http/file-route";
import { staffOpenLineBatches, staffOpenLineColumns } from "@/lib/staff/orders/queries";

// GET /staff/orders/export.csv – the open order lines as CSV: the current filter and sort, all pages,
// streamed in keyset batches
export const GET = staffFile(async ({ request, locale }) => {
  const t = await getTranslations({ locale, namespace: "staff.orders" });
  const columns = staffOpenLineColumns((id) => t(`columns.${id}`));
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const state = parseGridState(params, columns);
  const exported = columns.filter((c) => c.id !== "edit");
  return csvStreamFile(`${t("title")}.csv`, exported, staffOpenLineBatches(state), locale);
});
