import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/components/layout/page-title";
import { SearchResults } from "@/components/search/search-results";
import { requireDealer } from "@/lib/auth/session";
import { searchForDealer } from "@/lib/search/queries";

export const generateMetadata = pageTitle("search.title");

// The header search box's answer: the dealer's records whose number contains the text, per
// section, each linking to its own page or to the grid filtered on it.
export default async function SearchPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string | string[] }>;
}) {
  const dealer = await requireDealer();
  const { q } = await searchParams;
  const query = (Array.isArray(q) ? q[0] : q) ?? "";
  const [t, result] = await Promise.all([getTranslations("search"), searchForDealer(dealer, query)]);
  return (
    <SearchResults
      action="/search"
      query={query}
      result={result}
      texts={{ title: t("title"), intro: t("intro"), label: t("label") }}
    />
  );
}
