import "server-only";
import type { TDealer } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { findNumbers, type TSearchHit, type TSearchSection } from "./find-numbers";
import { dealerHref, staffCustomerHref, staffHref } from "./links";

export const SECTION_ORDER: TSearchSection[] = [
  "rmas",
  "claims",
  "invoices",
  "salesOrders",
  "purchaseOrders",
  "articles",
];
/** What a search page shows: too short, or the hits per section in SECTION_ORDER. */
export type TSearchAnswer<THit> =
  | { status: "tooShort" }
  | { status: "done"; query: string; total: number; sections: Array<{ id: TSearchSection; hits: THit[] }> };
export type TDealerHit = Omit<TSearchHit, "customerId" | "id"> & { href: string };

/** The dealer's search: their own company only, each hit with the page or grid that shows it. */
export async function searchForDealer(dealer: TDealer, query: string): Promise<TSearchAnswer<TDealerHit>> {
  const result = await findNumbers({ customerId: dealer.customerId }, query);
  if (result.status !== "done") return result;
  const sections = SECTION_ORDER.map((id) => ({
    id,
    hits: result.sections[id].map(({ customerId: _tenant, id: _id, ...hit }) => ({
      ...hit,
      href: dealerHref({ ...hit, customerId: _tenant }),
    })),
  })).filter((s) => s.hits.length > 0);
  return { status: "done", query: result.query, total: result.hits.length, sections };
}

export type TStaffHit = Omit<TSearchHit, "id"> & {
  href: string;
  customer: { id: number; name: string; erpNumber: string; href: string };
};

/**
 * Staff search every company with the same query (the caller has checked the staff role); each
 * hit names its customer and leads to a staff page or filtered staff grid.
 */
export async function searchForStaff(query: string): Promise<TSearchAnswer<TStaffHit>> {
  const result = await findNumbers({ customerId: null }, query);
  if (result.status !== "done") return result;
  const customerIds = [...new Set(result.hits.map((h) => h.customerId))];
  const customers = new Map(
    (
      await db.customer.findMany({
        where: { id: { in: customerIds } },
        select: { id: true, name: true, erpNumber: true },
      })
    ).map((c) => [c.id, c]),
  );
  const sections = SECTION_ORDER.map((id) => ({
    id,
    hits: result.sections[id].flatMap(({ id: _id, ...hit }) => {
      const customer = customers.get(hit.customerId);
      if (!customer) return [];
      return [
        {
          ...hit,
          href: staffHref({ ...hit, id: _id }, customer),
          customer: { ...customer, href: staffCustomerHref(customer.id) },
        },
      ];
    }),
  })).filter((s) => s.hits.length > 0);
  return {
    status: "done",
    query: result.query,
    total: sections.reduce((n, s) => n + s.hits.length, 0),
    sections,
  };
}
