import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { formatDate } from "@/lib/i18n/format";
import { isLocale } from "@/lib/i18n/locales";
import { MIN_SEARCH_LENGTH, PER_SECTION, type TSearchSection } from "@/lib/search/find-numbers";
import type { TDealerHit, TSearchAnswer } from "@/lib/search/queries";

type THit = TDealerHit & { customerId?: number };

/**
 * The search page of dealers and staff: the heading, the box again, and per section the hits that
 * lead to their page. Staff pass `hitExtra` (the hit's customer) and their own texts.
 */
export async function SearchResults<THitOf extends THit>({
  action,
  query,
  result,
  texts,
  sectionTitle,
  hitExtra,
}: {
  action: string;
  query: string;
  result: TSearchAnswer<THitOf>;
  texts: { title: string; intro: string; label: string };
  sectionTitle?: (id: TSearchSection) => string | undefined;
  hitExtra?: (hit: THitOf) => ReactNode;
}) {
  const [t, rawLocale] = await Promise.all([getTranslations("search"), getLocale()]);
  const locale = isLocale(rawLocale) ? rawLocale : "nl";
  const detail = (hit: THitOf) => {
    if (hit.section === "rmas") return t(`rmaStatus.${hit.detail as "OPEN" | "CLOSED" | "INVOICED"}`);
    if (hit.section === "invoices") return hit.detail === "open" ? t("invoiceOpen") : t("invoiceSettled");
    if (hit.section === "claims") return hit.detail;
    return `${t(`sources.${hit.source as "history" | "openOrders"}`)} · ${t("lines", { count: hit.count })}`;
  };
  return (
    <div className="flex max-w-4xl flex-col gap-4">
      <div>
        <h1 className="text-2xl font-semibold">
          {result.status === "done" ? t("resultsFor", { query: result.query }) : texts.title}
        </h1>
        <p className="text-sm text-slate-700">{texts.intro}</p>
      </div>
      <search className="max-w-md">
        <form action={action} method="get" className="flex gap-2">
          <label htmlFor="search-page-q" className="sr-only">
            {texts.label}
          </label>
          <input
            id="search-page-q"
            name="q"
            type="search"
            defaultValue={query}
            maxLength={60}
            className="min-w-0 flex-1 rounded border border-slate-400 bg-white px-3 py-2 text-sm"
          />
          <button type="submit" className="rounded bg-brand-600 px-4 py-2 text-sm font-medium text-white">
            {t("submit")}
          </button>
        </form>
      </search>
      {result.status === "tooShort" ? (
        <p className="text-sm" role="status">
          {t("tooShort", { min: MIN_SEARCH_LENGTH })}
        </p>
      ) : result.total === 0 ? (
        <p className="text-sm" role="status">
          {t("noResults", { query: result.query })}
        </p>
      ) : (
        result.sections.map((section) => (
          <section
            key={section.id}
            aria-labelledby={`search-${section.id}`}
            data-testid={`search-${section.id}`}
            className="rounded-lg border bg-white p-3 sm:p-5"
          >
            <h2 id={`search-${section.id}`} className="mb-2 font-semibold">
              {sectionTitle?.(section.id) ?? t(`sections.${section.id}`)}
            </h2>
            <ul className="flex flex-col divide-y divide-slate-100 text-sm">
              {section.hits.map((hit) => (
                <li
                  key={`${hit.source}-${hit.number}-${hit.customerId ?? ""}`}
                  className="flex flex-col gap-1 py-2 sm:flex-row sm:flex-wrap sm:items-baseline sm:justify-between sm:gap-x-4"
                >
                  <Link href={hit.href} className="font-medium text-brand-700 underline break-all">
                    {hit.number}
                  </Link>
                  <span className="text-slate-600">
                    {detail(hit)}
                    {hit.date
                      ? ` · ${formatDate(hit.date, locale, { calendarDate: hit.section === "invoices" })}`
                      : ""}
                  </span>
                  {hitExtra?.(hit)}
                </li>
              ))}
            </ul>
            {section.hits.length >= PER_SECTION ? (
              <p className="mt-2 text-xs text-slate-600">{t("more", { count: PER_SECTION })}</p>
            ) : null}
          </section>
        ))
      )}
    </div>
  );
}
