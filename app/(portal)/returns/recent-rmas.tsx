import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/i18n/format";
import { isLocale } from "@/lib/i18n/locales";
import type { listRecentRmas } from "@/lib/returns/rma-page-query";

// The home page's latest RMAs (read by the page with its counts), each linking to its own page;
// nothing when the company has none.
export async function RecentRmas({ rmas }: { rmas: Awaited<ReturnType<typeof listRecentRmas>> }) {
  const [t, rawLocale] = await Promise.all([getTranslations("rma"), getLocale()]);
  if (rmas.length === 0) return null;
  const locale = isLocale(rawLocale) ? rawLocale : "nl";
  return (
    <section aria-labelledby="recent-rmas-heading" className="flex flex-col gap-2">
      <h2 id="recent-rmas-heading" className="text-lg font-semibold">
        {t("home.recent")}
      </h2>
      <ul
        className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
        data-testid="recent-rmas"
      >
        {rmas.map((rma) => (
          <li key={rma.number}>
            <Link
              href={`/returns/${rma.number}`}
              className="flex flex-wrap items-baseline gap-x-4 gap-y-1 px-4 py-3 hover:bg-slate-50"
            >
              <span className="font-medium text-brand-700 underline">{rma.number}</span>
              <span className="text-sm text-slate-700">
                {formatDate(rma.createdAt, locale, { calendarDate: false })}
              </span>
              <span className="text-sm text-slate-700">{t("home.lineCount", { count: rma.lineCount })}</span>
              <span className="text-sm font-medium">{t(`rmaStatus.${rma.status}`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
