import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { pageTitle } from "@/components/layout/page-title";
import { requireStaff } from "@/lib/auth/session";
import { formatDate } from "@/lib/i18n/format";
import { isLocale } from "@/lib/i18n/locales";
import { MIN_SEARCH_LENGTH, PER_SECTION } from "@/lib/search/find-numbers";
import { searchForStaff, type TStaffHit } from "@/lib/search/queries";

export const generateMetadata = pageTitle("staffSearch.title");

// The staff header search box's answer: every customer's records whose number contains the
// text, per section, each naming its customer and linking to a staff page or filtered grid.
export default async function StaffSearchPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string | string[] }>;
}) {
  await requireStaff();
  const { q } = await searchParams;
  const query = (Array.isArray(q) ? q[0] : q) ?? "";
  const [t, ts, rawLocale, result] = await Promise.all([
    getTranslations("search"),
    getTranslations("staffSearch"),
    getLocale(),
    searchForStaff(query),
  ]);
  const locale = isLocale(rawLocale) ? rawLocale : "nl";
  const detail = (hit: TStaffHit) => {
    if (hit.section === "rmas") return t(`rmaStatus.${hit.detail as "OPEN" | "CLOSED" | "INVOICED"}`);
    if (hit.section === "invoices") return hit.detail === "open" ? t("invoiceOpen") : t("invoiceSettled");
    if (hit.section === "claims") return hit.detail;
    return `${t(`sources.${hit.source as "history" | "openOrders"}`)} · ${t("lines", { count: hit.count })}`;
  };
  return (
    <div className="flex max-w-4xl flex-col gap-4">
      <div>
        <h1 className="text-2xl font-semibold">
          {result.status === "done" ? t("resultsFor", { query: result.query }) : ts("title")}
        </h1>
        <p className="text-sm text-slate-700">{ts("intro")}</p>
      </div>
      <search className="max-w-md">
        <form action="/staff/search" method="get" className="flex gap-2">
          <label htmlFor="search-page-q" className="sr-only">
            {ts("label")}
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
              {section.id === "purchaseOrders" ? ts("purchaseOrders") : t(`sections.${section.id}`)}
            </h2>
            <ul className="flex flex-col divide-y divide-slate-100 text-sm">
              {section.hits.map((hit) => (
                <li
                  key={`${hit.source}-${hit.number}-${hit.customerId}`}
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
                  <span className="w-full text-slate-700 sm:w-auto" data-testid="search-customer">
                    {ts("customer")}:{" "}
                    <Link href={hit.customer.href} className="text-brand-700 underline">
                      {hit.customer.name} ({hit.customer.erpNumber})
                    </Link>
                  </span>
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
