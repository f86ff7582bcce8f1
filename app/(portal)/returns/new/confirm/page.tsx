import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { pageTitle } from "@/components/layout/page-title";
import { Alert } from "@/components/ui/alert";
import { requireDealer } from "@/lib/auth/session";
import { formatMoney } from "@/lib/i18n/format";
import { isLocale } from "@/lib/i18n/locales";
import { parseLineIds } from "@/lib/returns/grid-links";
import { getLinesForConfirmation } from "@/lib/returns/history-query";
import { getReturnFormOptions } from "@/lib/returns/queries";
import { reasonLabel } from "@/lib/returns/reason-label";
import { MAX_RETURN_LINES } from "@/lib/returns/schema";
import { ConfirmForm } from "./confirm-form";

export const generateMetadata = pageTitle("returns.titleConfirm");

export default async function ConfirmReturnPage({
  searchParams,
}: {
  searchParams: Promise<{ lines?: string | string[] }>;
}) {
  const dealer = await requireDealer();
  const [t, localeText, params] = await Promise.all([getTranslations("returns"), getLocale(), searchParams]);
  const locale = isLocale(localeText) ? localeText : "nl";
  const ids = parseLineIds(params.lines, MAX_RETURN_LINES);
  const [lines, { reasons, surcharge, termsUrl }] = await Promise.all([
    ids.length ? getLinesForConfirmation(dealer.customerId, ids) : Promise.resolve([]),
    getReturnFormOptions(),
  ]);
  return (
    <ClientMessages namespaces={["errors", "grid", "returns", "rma", "warranty"]}>
      <div className="flex flex-col gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{t("titleConfirm")}</h1>
          <p className="text-slate-700">{t("confirm.intro")}</p>
        </div>
        {lines.length < ids.length && lines.length > 0 ? (
          <Alert tone="info">{t("confirm.linesDropped")}</Alert>
        ) : null}
        {lines.length === 0 ? (
          <Alert tone="info">{t("confirm.noLines")}</Alert>
        ) : (
          <ConfirmForm
            lines={lines.map((l) => ({
              id: l.id,
              articleNumber: l.articleNumber,
              externalArticleNumbers: l.externalArticleNumbers,
              articleName: l.articleName,
              salesOrderNumber: l.salesOrderNumber,
              netUnitPrice: formatMoney(l.netUnitPrice, locale),
              remaining: l.remaining,
            }))}
            reasons={reasons.map((r) => ({
              id: r.id,
              label: reasonLabel(r, locale),
              asksForEvidence: r.asksForEvidence,
            }))}
            surcharge={formatMoney(surcharge, locale)}
            termsUrl={termsUrl ?? "/terms"}
          />
        )}
        <Link href="/returns/new" className="text-sm text-brand-700 underline">
          {t("confirm.back")}
        </Link>
      </div>
    </ClientMessages>
  );
}
