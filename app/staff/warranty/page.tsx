import { getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import { parseGridState, type TSearchParams } from "@/lib/grid/params";
import { exportQuery } from "@/lib/staff/grid";
import { claimQueueColumns, listClaims } from "@/lib/staff/warranty/queries";
import { PageTitle } from "../_components/page-title";
import { StaffGrid } from "../_components/staff-grid";

export default async function StaffWarrantyPage({ searchParams }: { searchParams: Promise<TSearchParams> }) {
  await requireStaff();
  const t = await getTranslations("staff.warranty");
  const columns = claimQueueColumns(
    (id) => t(`columns.${id}`),
    (s) => t(`status.${s}`),
  );
  const state = parseGridState(await searchParams, columns, { sort: { id: "createdAt", dir: "asc" } });
  const { rows, total } = await listClaims(state, columns);
  return (
    <>
      <PageTitle title={t("queueTitle")} />
      <StaffGrid
        caption={t("queueTitle")}
        columns={columns}
        total={total}
        state={state}
        exportHref={`/staff/warranty/export.csv${exportQuery(state)}`}
        rows={rows.map((c) => ({ id: String(c.id), cells: c, href: { number: `/staff/warranty/${c.id}` } }))}
      />
    </>
  );
}
