import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { pageTitle } from "@/components/layout/page-title";
import { requireDealer } from "@/lib/auth/session";
import { getHomeCounts } from "@/lib/home/queries";
import { formatMoney } from "@/lib/i18n/format";
import { isLocale } from "@/lib/i18n/locales";
import { listRecentRmas } from "@/lib/returns/rma-page-query";
import { RecentRmas } from "./returns/recent-rmas";

export const generateMetadata = pageTitle("common.home");

export default async function HomePage() {
  const dealer = await requireDealer();
  // The counts and the latest RMAs are read at once, not one after the other.
  const [t, td, rawLocale, counts, recentRmas] = await Promise.all([
    getTranslations("home"),
    getTranslations("desk.home"),
    getLocale(),
    getHomeCounts(dealer.customerId, dealer.userId),
    listRecentRmas(dealer.customerId),
  ]);
  const locale = isLocale(rawLocale) ? rawLocale : "nl";
  // The unpaid page's own totals (lib/home/tile-agreement.test.ts): what to pay, overdue, credit, net balance.
  const invoiceDetail = [
    td("toPay", { count: counts.invoicesToPay }),
    counts.overdueInvoices ? t("overdueCount", { count: counts.overdueInvoices }) : null,
    counts.credits ? td("credits", { count: counts.credits }) : null,
    counts.unpaidInvoices ? td("balance", { amount: formatMoney(counts.balance, locale) }) : null,
  ];
  const tiles = [
    {
      href: "/returns/new",
      title: t("returnsNew"),
      detail: t("returnsNewCount", { count: counts.returnableLines }),
      testId: "tile-returns-new",
    },
    {
      href: "/returns",
      title: t("returns"),
      detail: t("returnsCount", { count: counts.openRmas }),
      testId: "tile-returns",
    },
    {
      href: "/warranty/new",
      title: t("warrantyNew"),
      detail: t("warrantyNewHint"),
      testId: "tile-warranty-new",
    },
    {
      href: "/warranty",
      title: t("warranty"),
      detail: t("warrantyCount", { count: counts.openClaims }),
      testId: "tile-warranty",
    },
    {
      href: "/orders/open",
      title: t("ordersOpen"),
      detail: `${t("ordersOpenCount", { count: counts.openOrderLines })}${counts.movedOrderLines ? ` · ${td("moved", { count: counts.movedOrderLines })}` : ""}`,
      testId: "tile-orders-open",
    },
    {
      href: "/invoices/unpaid",
      title: t("invoicesUnpaid"),
      detail: invoiceDetail.filter(Boolean).join(" · "),
      testId: "tile-invoices-unpaid",
      alert: counts.overdueInvoices > 0,
    },
  ];
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title", { name: dealer.name })}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </div>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {tiles.map((tile) => (
          <li key={tile.href}>
            <Link
              href={tile.href}
              data-testid={tile.testId}
              className="flex h-full flex-col gap-2 rounded-lg border border-slate-200 bg-white p-5 shadow-sm hover:border-brand-600 hover:shadow"
            >
              <span className="text-lg font-semibold text-brand-800">{tile.title}</span>
              <span className={tile.alert ? "font-medium text-red-800" : "text-slate-700"}>
                {tile.detail}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <RecentRmas rmas={recentRmas} />
    </div>
  );
}
