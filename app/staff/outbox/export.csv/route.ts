import { getTranslations } from "next-intl/server";
import { listOutboxMessages, outboxCells, outboxCsvColumns } from "@/lib/email/queries";
import { csvFile } from "@/lib/grid/csv";
import { staffFile } from "@/lib/http/file-route";

// GET /staff/outbox/export.csv – every portal e-mail (all pages), the page's columns and text
export const GET = staffFile(async ({ locale }) => {
  const t = await getTranslations({ locale, namespace: "email.staffOutbox" });
  const { rows } = await listOutboxMessages(null);
  const cells = rows.map((row) => outboxCells(row, locale, (status) => t(`status.${status}`)));
  return csvFile(
    `${t("title")}.csv`,
    outboxCsvColumns((id) => t(`columns.${id}`)),
    cells,
    locale,
  );
});
