import { getTranslations } from "next-intl/server";
import { outboxCells, outboxCsvColumns, outboxMessageBatches } from "@/lib/email/queries";
import { csvStreamFile } from "@/lib/grid/csv";
import { mapBatches } from "@/lib/grid/keyset";
import { staffFile } from "@/lib/http/file-route";

// GET /staff/outbox/export.csv – every portal e-mail (all pages), the page's columns and text,
// streamed in keyset batches
export const GET = staffFile(async ({ locale }) => {
  const t = await getTranslations({ locale, namespace: "email.staffOutbox" });
  const cells = mapBatches(outboxMessageBatches(), (row) =>
    outboxCells(row, locale, (status) => t(`status.${status}`)),
  );
  return csvStreamFile(
    `${t("title")}.csv`,
    outboxCsvColumns((id) => t(`columns.${id}`)),
    cells,
    locale,
  );
});
