import { getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import { parseGridState, type TSearchParams } from "@/lib/grid/params";
import { exportQuery } from "@/lib/staff/grid";
import { listStaffOpenLines, staffOpenLineColumns } from "@/lib/staff/orders/queries";
import { PageTitle } from "../_components/page-title";
import { StaffGrid } from "../_components/staff-grid";
import { ArticleDateForm } from "./article-date-form";
import { ExpectedDateCell } from "./expected-date-cell";

export default async function StaffOpenLinesPage({ searchParams }: { searchParams: Promise<TSearchParams> }) {
  await requireStaff();
  const t = await getTranslations("staff.orders");
  const columns = staffOpenLineColumns((id) => t(`columns.${id}`));
  const state = parseGridState(await searchParams, columns);
  const { rows, total } = await listStaffOpenLines(state);
  return (
    <div className="flex flex-col gap-6">
      <PageTitle title={t("title")} />
      <section className="rounded-lg border bg-white p-5">
        <h2 className="mb-3 font-semibold">{t("bulkTitle")}</h2>
        <ArticleDateForm />
      </section>
      <StaffGrid
        caption={t("title")}
        columns={columns}
        total={total}
        state={state}
        exportHref={`/staff/orders/export.csv${exportQuery(state)}`}
        rows={rows.map((line) => ({
          id: String(line.id),
          cells: {
            ...line,
            edit: (
              <ExpectedDateCell
                key={`${line.id}-${line.expectedDate?.toISOString() ?? ""}`}
                lineId={line.id}
                value={line.expectedDate?.toISOString().slice(0, 10) ?? ""}
                label={`${line.salesOrderNumber} ${line.articleNumber}`}
              />
            ),
          },
        }))}
      />
    </div>
  );
}
