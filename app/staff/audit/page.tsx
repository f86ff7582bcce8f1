import { getLocale, getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import { parseGridState, type TSearchParams } from "@/lib/grid/params";
import { formatDateTime } from "@/lib/i18n/format";
import type { TLocale } from "@/lib/i18n/locales";
import { auditColumns, listAuditEntries } from "@/lib/staff/audit/queries";
import { PageTitle } from "../_components/page-title";
import { StaffGrid } from "../_components/staff-grid";

const json = (value: unknown) =>
  value === null || value === undefined ? (
    ""
  ) : (
    <pre className="max-w-md overflow-x-auto whitespace-pre-wrap break-all text-xs">
      {JSON.stringify(value, null, 2)}
    </pre>
  );

export default async function StaffAuditPage({ searchParams }: { searchParams: Promise<TSearchParams> }) {
  await requireStaff();
  const [t, locale] = await Promise.all([getTranslations("staff.audit"), getLocale() as Promise<TLocale>]);
  const columns = auditColumns((id) => t(`columns.${id}`));
  const state = parseGridState(await searchParams, columns, { sort: { id: "createdAt", dir: "desc" } });
  const { rows, total } = await listAuditEntries(state);
  return (
    <>
      <PageTitle title={t("title")} />
      <p className="mb-3 text-sm text-slate-600">{t("hint")}</p>
      <StaffGrid
        caption={t("title")}
        columns={columns}
        total={total}
        state={state}
        rows={rows.map((e) => ({
          id: String(e.id),
          cells: {
            createdAt: (
              <time dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt, locale)}</time>
            ),
            actor: e.actor ? `${e.actor.name} <${e.actor.email}>` : "–",
            actorRole: e.actorRole,
            customer: e.customer ? `${e.customer.erpNumber} ${e.customer.name}` : "",
            action: e.action,
            objectType: e.objectType,
            objectId: e.objectId,
            before: json(e.before),
            after: json(e.after),
          },
        }))}
      />
    </>
  );
}
