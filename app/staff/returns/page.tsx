import { getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import { parseGridState, type TSearchParams } from "@/lib/grid/params";
import { exportQuery } from "@/lib/staff/grid";
import { AGE_FILTERS, listOpenRmas, rmaQueueColumns, type TAgeFilter } from "@/lib/staff/returns/queries";
import { PageTitle } from "../_components/page-title";
import { StaffGrid } from "../_components/staff-grid";

export default async function StaffReturnsPage({ searchParams }: { searchParams: Promise<TSearchParams> }) {
  await requireStaff();
  const params = await searchParams;
  const t = await getTranslations("staff.returns");
  const columns = rmaQueueColumns((id) => t(`columns.${id}`));
  const state = parseGridState(params, columns, { sort: { id: "createdAt", dir: "asc" } });
  const age = (AGE_FILTERS as readonly string[]).includes(String(params.age))
    ? (params.age as TAgeFilter)
    : null;
  const { rows, total } = await listOpenRmas(state, age);
  return (
    <>
      <PageTitle title={t("queueTitle")}>
        <form method="get" className="flex items-end gap-2 text-sm">
          <label htmlFor="age" className="flex flex-col gap-1">
            {t("age")}
            <select
              id="age"
              name="age"
              defaultValue={age ?? ""}
              className="rounded border border-slate-400 bg-white px-2 py-1"
            >
              <option value="">{t("ageAll")}</option>
              {AGE_FILTERS.map((a) => (
                <option key={a} value={a}>
                  {t(`ages.${a}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="rounded border border-brand-600 px-3 py-1 text-brand-700">
            {t("filter")}
          </button>
        </form>
      </PageTitle>
      <StaffGrid
        caption={t("queueTitle")}
        columns={columns}
        total={total}
        state={state}
        exportHref={`/staff/returns/export.csv${exportQuery(state, { age })}`}
        rows={rows.map((r) => ({ id: String(r.id), cells: r, href: { number: `/staff/returns/${r.id}` } }))}
      />
    </>
  );
}
