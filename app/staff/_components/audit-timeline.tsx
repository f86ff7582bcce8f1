import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/i18n/format";
import type { TLocale } from "@/lib/i18n/locales";
import { listAuditTimeline, readableAuditEntry, roleLabel } from "@/lib/staff/audit/queries";
import { loadAuditWords } from "@/lib/staff/audit/words";
import { AuditChanges } from "./audit-changes";

// The audit entries of one RMA or claim (by number) or one customer, newest first, on its staff page.
export async function AuditTimeline({ scope }: { scope: { recordNumber: string } | { customerId: number } }) {
  const locale = (await getLocale()) as TLocale;
  const [t, words, rows] = await Promise.all([
    getTranslations("auditTrail"),
    loadAuditWords(locale),
    listAuditTimeline(scope),
  ]);
  const labels = { field: t("table.field"), before: t("table.before"), after: t("table.after") };
  return (
    <section
      className="rounded-lg border bg-white p-5"
      aria-labelledby="audit-timeline"
      data-testid="audit-timeline"
    >
      <h2 id="audit-timeline" className="mb-3 font-semibold">
        {t("timeline")}
      </h2>
      {rows.length ? (
        <ol className="flex flex-col gap-3">
          {rows.map((row) => {
            const e = readableAuditEntry(row, words);
            return (
              <li key={e.id} className="border-l-2 border-brand-600 pl-3 text-sm">
                <p>
                  <time dateTime={e.createdAt.toISOString()} className="text-slate-600">
                    {formatDateTime(e.createdAt, locale)}
                  </time>{" "}
                  · <span className="font-medium">{e.action}</span>
                  {e.record ? ` · ${e.record}` : null} · {e.actor} ({roleLabel(e.actorRole, words)})
                </p>
                <AuditChanges changes={e.changes} labels={labels} />
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="text-sm text-slate-600">{t("noEntries")}</p>
      )}
    </section>
  );
}
