import { getTranslations } from "next-intl/server";
import { csvStreamFile } from "@/lib/grid/csv";
import { mapBatches } from "@/lib/grid/keyset";
import { parseGridState } from "@/lib/grid/params";
import { staffFile } from "@/lib/http/file-route";
import { formatDateTime } from "@/lib/i18n/format";
import { auditColumns, auditEntryBatches, changesText, readableAuditEntry } from "@/lib/staff/audit/queries";
import { loadAuditWords } from "@/lib/staff/audit/words";

// GET /staff/audit/export.csv – the audit trail as CSV: the current filter and sort, all pages,
// streamed in keyset batches
export const GET = staffFile(async ({ request, locale }) => {
  const [t, ta, words] = await Promise.all([
    getTranslations({ locale, namespace: "staff.audit" }),
    getTranslations({ locale, namespace: "auditTrail" }),
    loadAuditWords(locale),
  ]);
  const columns = auditColumns(
    (id) => ta(`columns.${id}`),
    (role) => ta(`roles.${role}`),
  );
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const state = parseGridState(params, columns, { sort: { id: "createdAt", dir: "desc" } });
  // The grid shows date and time, and the changes as a table: the CSV as text.
  const exported = columns.map((c) => (c.id === "createdAt" ? { ...c, type: "text" as const } : c));
  const cells = mapBatches(auditEntryBatches(state, columns), (row) => {
    const e = readableAuditEntry(row, words);
    return { ...e, createdAt: formatDateTime(e.createdAt, locale), changes: changesText(e.changes) };
  });
  return csvStreamFile(`${t("title")}.csv`, exported, cells, locale);
});
