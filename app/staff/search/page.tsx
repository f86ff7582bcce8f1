import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/components/layout/page-title";
import { SearchResults } from "@/components/search/search-results";
import { requireStaff } from "@/lib/auth/session";
import { searchForStaff } from "@/lib/search/queries";

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
  const [ts, result] = await Promise.all([getTranslations("staffSearch"), searchForStaff(query)]);
  return (
    <SearchResults
      action="/staff/search"
      query={query}
      result={result}
      texts={{ title: ts("title"), intro: ts("intro"), label: ts("label") }}
      sectionTitle={(id) => (id === "purchaseOrders" ? ts("purchaseOrders") : undefined)}
      hitExtra={(hit) => (
        <span className="w-full text-slate-700 sm:w-auto" data-testid="search-customer">
          {ts("customer")}:{" "}
          <Link href={hit.customer.href} className="text-brand-700 underline">
            {hit.customer.name} ({hit.customer.erpNumber})
          </Link>
        </span>
      )}
    />
  );
}
