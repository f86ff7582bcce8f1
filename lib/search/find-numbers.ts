import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";

// The one search box: a document or article number (or part of one) → the matching records
// across the sections, each with the page or filtered grid that shows it. Every lookup is a
// case-insensitive "contains" on a column with a trigram index led by the dealer, so it costs
// what a grid's column search costs. `customerId` is the tenant scope: a dealer's search always
// passes theirs; null (staff) searches every company.
export const MIN_SEARCH_LENGTH = 3;
export const MAX_SEARCH_LENGTH = 60;
export const PER_SECTION = 8;

export type TSearchScope = { customerId: number | null };
export type TSearchSection = "rmas" | "claims" | "invoices" | "salesOrders" | "purchaseOrders" | "articles";
export type TSearchHit = {
  section: TSearchSection;
  /** The number as stored (an RMA, claim, invoice, order or article number). */
  number: string;
  /** Where it was found, e.g. "history" or "openOrders" for an order or article number. */
  source: "rma" | "claim" | "invoice" | "history" | "openOrders";
  /** How many rows carry it (lines of an order, deliveries of an article); 1 for a document. */
  count: number;
  detail?: string;
  date?: Date;
  customerId: number;
  /** The record's own id (RMA, claim, invoice): staff pages are addressed by it. */
  id?: number;
};
export type TSearchResult =
  | { status: "tooShort" }
  | { status: "done"; query: string; hits: TSearchHit[]; sections: Record<TSearchSection, TSearchHit[]> };

/** The search text as typed: trimmed, inner spaces removed (numbers carry none), capped. */
export function normalizeSearchText(raw: string | undefined | null): string {
  return (raw ?? "").replace(/\s+/g, "").slice(0, MAX_SEARCH_LENGTH);
}

/** The text with LIKE's wildcards (and its escape character) taken literally. */
const escapeLike = (q: string) => q.replace(/[\\%_]/g, "\\$&");
// Note: Prisma's `contains` passes % and _ through as wildcards, so they are escaped here too.
const contains = (q: string) => ({ contains: escapeLike(q), mode: "insensitive" as const });
const likePattern = (q: string) => `%${escapeLike(q)}%`;

export async function findNumbers(scope: TSearchScope, raw: string): Promise<TSearchResult> {
  const q = normalizeSearchText(raw);
  if (q.length < MIN_SEARCH_LENGTH) return { status: "tooShort" };
  const tenant = scope.customerId === null ? {} : { customerId: scope.customerId };
  const pattern = likePattern(q);
  const [
    rmas,
    claims,
    invoices,
    historyOrders,
    openOrders,
    historyPos,
    openPos,
    historyArticles,
    openArticles,
  ] = await Promise.all([
    db.rma.findMany({
      where: { ...tenant, number: contains(q) },
      orderBy: { createdAt: "desc" },
      take: PER_SECTION,
      select: { id: true, number: true, status: true, createdAt: true, customerId: true },
    }),
    db.warrantyClaim.findMany({
      where: { ...tenant, OR: [{ number: contains(q) }, { articleNumber: contains(q) }] },
      orderBy: { createdAt: "desc" },
      take: PER_SECTION,
      select: {
        id: true,
        number: true,
        status: true,
        articleNumber: true,
        createdAt: true,
        customerId: true,
      },
    }),
    db.invoice.findMany({
      where: { ...tenant, number: contains(q) },
      orderBy: { invoiceDate: "desc" },
      take: PER_SECTION,
      select: { id: true, number: true, kind: true, settled: true, invoiceDate: true, customerId: true },
    }),
    groupLines("DeliveredLine", "salesOrderNumber", scope, pattern),
    groupLines("OpenOrderLine", "salesOrderNumber", scope, pattern),
    groupLines("DeliveredLine", "customerPoNumber", scope, pattern),
    groupLines("OpenOrderLine", "customerPoNumber", scope, pattern),
    groupLines("DeliveredLine", "articleNumber", scope, pattern, true),
    groupLines("OpenOrderLine", "articleNumber", scope, pattern),
  ]);
  const sections: Record<TSearchSection, TSearchHit[]> = {
    rmas: rmas.map((r) => ({
      section: "rmas",
      source: "rma",
      number: r.number,
      count: 1,
      detail: r.status,
      date: r.createdAt,
      customerId: r.customerId,
      id: r.id,
    })),
    claims: claims.map((c) => ({
      section: "claims",
      source: "claim",
      number: c.number,
      count: 1,
      detail: c.articleNumber,
      date: c.createdAt,
      customerId: c.customerId,
      id: c.id,
    })),
    invoices: invoices.map((i) => ({
      section: "invoices",
      source: "invoice",
      number: i.number,
      count: 1,
      detail: i.settled ? "settled" : "open",
      date: i.invoiceDate,
      customerId: i.customerId,
      id: i.id,
    })),
    salesOrders: [
      ...asHits("salesOrders", "history", historyOrders),
      ...asHits("salesOrders", "openOrders", openOrders),
    ],
    purchaseOrders: [
      ...asHits("purchaseOrders", "history", historyPos),
      ...asHits("purchaseOrders", "openOrders", openPos),
    ],
    articles: [
      ...asHits("articles", "history", historyArticles),
      ...asHits("articles", "openOrders", openArticles),
    ],
  };
  return { status: "done", query: q, hits: Object.values(sections).flat(), sections };
}

type TGroupRow = { value: string; customerId: number; count: number };

/** Distinct numbers of one column of the delivered or open lines, with how many lines carry each. */
async function groupLines(
  table: "DeliveredLine" | "OpenOrderLine",
  column: "salesOrderNumber" | "customerPoNumber" | "articleNumber",
  scope: TSearchScope,
  pattern: string,
  alsoExternal = false,
): Promise<TGroupRow[]> {
  const col = Prisma.raw(`"${column}"`);
  const match = alsoExternal
    ? Prisma.sql`(${col} ILIKE ${pattern} OR "externalArticleNumbers" ILIKE ${pattern})`
    : Prisma.sql`${col} ILIKE ${pattern}`;
  const tenant =
    scope.customerId === null ? Prisma.sql`TRUE` : Prisma.sql`"customerId" = ${scope.customerId}`;
  return db.$queryRaw<TGroupRow[]>`
    SELECT ${col} AS "value", "customerId", count(*)::int AS "count"
    FROM ${Prisma.raw(`"${table}"`)}
    WHERE ${tenant} AND ${match} AND ${col} <> ''
    GROUP BY ${col}, "customerId" ORDER BY ${col}, "customerId" LIMIT ${PER_SECTION}`;
}

function asHits(section: TSearchSection, source: "history" | "openOrders", rows: TGroupRow[]): TSearchHit[] {
  return rows.map((r) => ({ section, source, number: r.value, count: r.count, customerId: r.customerId }));
}
