import { getTranslations } from "next-intl/server";
import { csvStreamFile } from "@/lib/grid/csv";
import { parseGridState } from "@/lib/grid/params";
import { staffFile } from "@/lib/http/file-route";
import { customerBatches, customerColumns } from "@/lib/staff/customers/queries";

// GET /staff/customers/export.csv – the customers grid as CSV: the current filter and sort, all pages,
// streamed in keyset batches
export const GET = staffFile(async ({ request, locale }) => {
  const t = await getTranslations({ locale, namespace: "staff.customers" });
  const columns = customerColumns((id) => t(`columns.${id}`));
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const state = parseGridState(params, columns, { sort: { id: "name", dir: "asc" } });
  return csvStreamFile(`${t("title")}.csv`, columns, customerBatches(state), locale);
});
