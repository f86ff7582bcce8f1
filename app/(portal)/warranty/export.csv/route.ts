import { getTranslations } from "next-intl/server";
import { todayIso } from "@/lib/dates";
import { csvStreamFile } from "@/lib/grid/csv";
import { mapBatches } from "@/lib/grid/keyset";
import { parseGridState } from "@/lib/grid/params";
import { dealerFile } from "@/lib/http/file-route";
import { claimGridColumns } from "@/lib/warranty/list-columns";
import { DEFAULT_CLAIM_SORT } from "@/lib/warranty/list-filters";
import { claimBatches } from "@/lib/warranty/queries";

// GET /warranty/export.csv – the warranty status grid as CSV: the current filter and sort, all pages,
// streamed in keyset batches
export const GET = dealerFile(async ({ dealer, request, locale }) => {
  const t = await getTranslations({ locale, namespace: "warranty" });
  const columns = await claimGridColumns();
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const state = parseGridState(params, columns, { sort: DEFAULT_CLAIM_SORT });
  const exported = columns.filter((c) => c.id !== "claimPdf" && c.id !== "reaction");
  const rows = mapBatches(claimBatches(dealer.customerId, columns, state), (r) => ({
    ...r,
    submittedAt: todayIso(r.submittedAt),
    handledAt: r.handledAt ? todayIso(r.handledAt) : null,
    attachments: r.attachmentCount,
  }));
  return csvStreamFile(t("csv.fileName"), exported, rows, locale);
});
