import { getLocale, getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import { parseGridState, type TSearchParams } from "@/lib/grid/params";
import { formatDateTime } from "@/lib/i18n/format";
import type { TLocale } from "@/lib/i18n/locales";
import { auditColumns, listAuditEntries, readableAuditEntry } from "@/lib/staff/audit/queries";
import { loadAuditWords } from "@/lib/staff/audit/words";
import { exportQuery } from "@/lib/staff/grid";
import { AuditChanges } from "../_components/audit-changes";
import { PageTitle } from "../_components/page-title";
import { StaffGrid } from "../_components/staff-grid";

export default async function StaffAuditPage({ searchParams }: { searchParams: Promise<TSearchParams> }) {
  await requireStaff();
  const locale = (await getLocale()) as TLocale;
  const [t, ta, words] = await Promise.all([
    getTranslations("staff.audit"),
    getTranslations("auditTrail"),
    loadAuditWords(locale),
  ]);
  const columns = auditColumns(
    (id) => ta(`columns.${id}`),
    (role) => ta(`roles.${role}`),
  );
  const state = parseGridState(await searchParams, columns, { sort: { id: "createdAt", dir: "desc" } });
  const { rows, total } = await listAuditEntries(state, columns);
  const labels = { field: ta("table.field"), before: ta("table.before"), after: ta("table.after") };
  return (
    <>
      <PageTitle title={t("title")} />
      <p className="mb-3 text-sm text-slate-600">{ta("hint")}</p>
      <StaffGrid
        caption={t("title")}
        columns={columns}
        total={total}
        state={state}
        exportHref={`/staff/audit/export.csv${exportQuery(state)}`}
        rows={rows.map((row) => {
          const e = readableAuditEntry(row, words);
          return {
            id: String(e.id),
            cells: {
              ...e,
              createdAt: (
                <time dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt, locale)}</time>
              ),
              changes: <AuditChanges changes={e.changes} labels={labels} />,
            },
          };
        })}
      />
    </>
  );
}
