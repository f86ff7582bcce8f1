import { getLocale, getTranslations } from "next-intl/server";
import { requireDealer } from "@/lib/auth/session";
import { todayIso } from "@/lib/dates";
import { csvResponse, toCsv } from "@/lib/grid/csv";
import { parseGridState } from "@/lib/grid/params";
import { isLocale } from "@/lib/i18n/locales";
import { DEFAULT_CLAIM_SORT } from "@/lib/warranty/list-filters";
import { claimGridColumns } from "@/lib/warranty/list-columns";
import { listClaims } from "@/lib/warranty/queries";

// GET /warranty/export.csv – the warranty status grid as CSV: the current filter and sort, all pages
export async function GET(request: Request) {
  const dealer = await requireDealer();
  const locale = await getLocale();
  const t = await getTranslations("warranty");
  const columns = await claimGridColumns();
  const state = parseGridState(Object.fromEntries(new URL(request.url).searchParams), columns, { sort: DEFAULT_CLAIM_SORT });
  const { rows } = await listClaims(dealer.customerId, columns, state, false);
  const exported = columns.filter((c) => c.id !== "claimPdf" && c.id !== "reaction");
  const csvRows = rows.map((r) => ({ ...r, submittedAt: todayIso(r.submittedAt), handledAt: r.handledAt ? todayIso(r.handledAt) : null, attachments: r.attachmentCount }));
  return csvResponse(t("csv.fileName"), toCsv(exported, csvRows, isLocale(locale) ? locale : "nl"));
}
