import "server-only";
import type { TDealer } from "@/lib/auth/session";
import { findNumbers, type TSearchHit, type TSearchSection } from "./find-numbers";
import { dealerHref } from "./links";

export const SECTION_ORDER: TSearchSection[] = [
  "rmas",
  "claims",
  "invoices",
  "salesOrders",
  "purchaseOrders",
  "articles",
];
export type TDealerHit = Omit<TSearchHit, "customerId"> & { href: string };

/** The dealer's search: their own company only, each hit with the page or grid that shows it. */
export async function searchForDealer(
  dealer: TDealer,
  query: string,
): Promise<
  | { status: "tooShort" }
  | {
      status: "done";
      query: string;
      total: number;
      sections: Array<{ id: TSearchSection; hits: TDealerHit[] }>;
    }
> {
  const result = await findNumbers({ customerId: dealer.customerId }, query);
  if (result.status !== "done") return result;
  const sections = SECTION_ORDER.map((id) => ({
    id,
    hits: result.sections[id].map(({ customerId: _tenant, ...hit }) => ({
      ...hit,
      href: dealerHref({ ...hit, customerId: _tenant }),
    })),
  })).filter((s) => s.hits.length > 0);
  return { status: "done", query: result.query, total: result.hits.length, sections };
}
