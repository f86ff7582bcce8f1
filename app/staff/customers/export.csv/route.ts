import { getTranslations } from "next-intl/server";
import { csvFile } from "@/lib/grid/csv";
import { parseGridState } from "@/lib/grid/params";
import { staffFile } from "@/lib/http/file-route";
import { customerColumns, listCustomers } from "@/lib/staff/customers/queries";
import { allPages } from "@/lib/staff/grid";

// GET /staff/customers/export.csv – the customers grid as CSV: the current filter and sort, all pages
export const GET = staffFile(async ({ request, locale }) => {
  const t = await getTranslations({ locale, namespace: "staff.customers" });
  const columns = customerColumns((id) => t(`columns.${id}`));
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const state = parseGridState(params, columns, { sort: { id: "name", dir: "asc" } });
  const { rows } = await listCustomers(allPages(state));
  return csvFile(`${t("title")}.csv`, columns, rows, locale);
});
