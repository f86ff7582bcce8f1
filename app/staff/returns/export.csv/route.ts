import { getTranslations } from "next-intl/server";
import { csvStreamFile } from "@/lib/grid/csv";
import { parseGridState } from "@/lib/grid/params";
import { staffFile } from "@/lib/http/file-route";
import { AGE_FILTERS, openRmaBatches, rmaQueueColumns, type TAgeFilter } from "@/lib/staff/returns/queries";

// GET /staff/returns/export.csv – the open RMA queue as CSV: the current filter, age and sort, all pages,
// streamed in keyset batches
export const GET = staffFile(async ({ request, locale }) => {
  const t = await getTranslations({ locale, namespace: "staff.returns" });
  const columns = rmaQueueColumns((id) => t(`columns.${id}`));
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const state = parseGridState(params, columns, { sort: { id: "createdAt", dir: "asc" } });
  const age = (AGE_FILTERS as readonly string[]).includes(String(params.age))
    ? (params.age as TAgeFilter)
    : null;
  return csvStreamFile(`${t("queueTitle")}.csv`, columns, openRmaBatches(state, age), locale);
});
