import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import { parseGridState, type TSearchParams } from "@/lib/grid/params";
import { customerColumns, listCustomers } from "@/lib/staff/customers/queries";
import { exportQuery } from "@/lib/staff/grid";
import { PageTitle } from "../_components/page-title";
import { StaffGrid } from "../_components/staff-grid";

export default async function StaffCustomersPage({ searchParams }: { searchParams: Promise<TSearchParams> }) {
  await requireStaff();
  const t = await getTranslations("staff.customers");
  const columns = customerColumns((id) => t(`columns.${id}`));
  const state = parseGridState(await searchParams, columns, { sort: { id: "name", dir: "asc" } });
  const { rows, total } = await listCustomers(state);
  return (
    <>
      <PageTitle title={t("title")}>
        <Link
          href="/staff/customers/new"
          className="rounded bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
        >
          {t("new")}
        </Link>
      </PageTitle>
      <StaffGrid
        caption={t("title")}
        columns={columns}
        total={total}
        state={state}
        exportHref={`/staff/customers/export.csv${exportQuery(state)}`}
        rows={rows.map((c) => ({
          id: String(c.id),
          cells: c,
          href: { erpNumber: `/staff/customers/${c.id}`, name: `/staff/customers/${c.id}` },
        }))}
      />
    </>
  );
}
