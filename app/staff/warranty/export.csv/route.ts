import { getTranslations } from "next-intl/server";
import { csvStreamFile } from "@/lib/grid/csv";
import { parseGridState } from "@/lib/grid/params";
import { staffFile } from "@/lib/http/file-route";
import { claimBatches, claimQueueColumns } from "@/lib/staff/warranty/queries";

// GET /staff/warranty/export.csv – the warranty queue as CSV: the current filter and sort, all pages,
// streamed in keyset batches
export const GET = staffFile(async ({ request, locale }) => {
  const t = await getTranslations({ locale, namespace: "staff.warranty" });
  const columns = claimQueueColumns(
    (id) => t(`columns.${id}`),
    (s) => t(`status.${s}`),
  );
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const state = parseGridState(params, columns, { sort: { id: "createdAt", dir: "asc" } });
  return csvStreamFile(`${t("queueTitle")}.csv`, columns, claimBatches(state, columns), locale);
});
