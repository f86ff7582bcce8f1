import { describe, expect, it } from "vitest";
import type { TDealer } from "@/lib/auth/session";
import { dateOnly } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { parseGridState } from "@/lib/grid/params";
import { listStaffOpenLines, staffOpenLineColumns } from "@/lib/staff/orders/queries";
import { createClaim, createOpenRma, createStaffAndDealer } from "@/lib/staff/test-fixtures";
import { searchForDealer, searchForStaff } from "./queries";

// The staff header search: the dealer search's query without the tenant scope. Every hit names
// its customer and leads to a staff page (RMA, claim, customer) or the staff grid filtered on
// the number and that customer; a dealer's search with the same text still sees only their own.
const dealerOf = (customerId: number, userId: number) => ({ customerId, userId }) as unknown as TDealer;
const stamp = `${Date.now() % 1e6}`.padStart(6, "0");

async function openLine(customerId: number, articleNumber: string, salesOrderNumber: string) {
  return db.openOrderLine.create({
    data: {
      customerId,
      erpKey: `ss-${customerId}-${articleNumber}`,
      salesOrderNumber,
      orderDate: dateOnly("2026-11-01"),
      articleNumber,
      deliverArticleNumber: articleNumber,
      articleName: "Turbo",
      quantityOrdered: 2,
      quantityDelivered: 0,
    },
  });
}

describe("searchForStaff", () => {
  it("finds two customers' numbers, names each customer and links to the staff pages and grids", async () => {
    const a = await createStaffAndDealer();
    const b = await createStaffAndDealer();
    await db.customer.update({ where: { id: b.customer.id }, data: { name: "Turbo Service Noord" } });
    const rmaA = await createOpenRma(a.customer.id, a.dealerUser.id, [{ delivered: 2, expected: 1 }]);
    const rmaB = await createOpenRma(b.customer.id, b.dealerUser.id, [{ delivered: 2, expected: 1 }]);
    const claimB = await createClaim(b.customer.id, b.dealerUser.id);
    const invoiceA = await db.invoice.create({
      data: {
        customerId: a.customer.id,
        number: `MVF8${stamp}1`,
        invoiceDate: new Date(),
        dueDate: new Date(),
        amount: "10.00",
      },
    });
    const article = `SSX${stamp}`;
    await openLine(a.customer.id, article, `VVO8${stamp}1`);
    const lineB = await openLine(b.customer.id, article, `VVO8${stamp}2`);

    // RMAs of both customers, each to its staff page, each naming its customer.
    for (const [rma, people, name] of [
      [rmaA.rma, a, "Garage Test"],
      [rmaB.rma, b, "Turbo Service Noord"],
    ] as const) {
      const found = await searchForStaff(rma.number);
      const hit =
        found.status === "done"
          ? found.sections.find((s) => s.id === "rmas")?.hits.find((h) => h.number === rma.number)
          : undefined;
      expect(hit?.href).toBe(`/staff/returns/${rma.id}`);
      expect(hit?.customer).toEqual({
        id: people.customer.id,
        name,
        erpNumber: people.customer.erpNumber,
        href: `/staff/customers/${people.customer.id}`,
      });
    }

    const claims = await searchForStaff(claimB.number);
    const claimHit =
      claims.status === "done" ? claims.sections.find((s) => s.id === "claims")?.hits[0] : null;
    expect(claimHit?.href).toBe(`/staff/warranty/${claimB.id}`);

    // An invoice has no staff page of its own: it leads to its customer.
    const invoices = await searchForStaff(invoiceA.number.toLowerCase());
    const invoiceHit =
      invoices.status === "done" ? invoices.sections.find((s) => s.id === "invoices")?.hits : [];
    expect(invoiceHit?.map((h) => [h.number, h.href, h.customer.id])).toEqual([
      [invoiceA.number, `/staff/customers/${a.customer.id}`, a.customer.id],
    ]);

    // One article number at two customers: two hits, each to the open-lines grid filtered on
    // the article and that customer, and the grid behind the link shows only that customer's line.
    const articles = await searchForStaff(article);
    const articleHits =
      articles.status === "done" ? articles.sections.find((s) => s.id === "articles")?.hits : [];
    expect(articleHits?.map((h) => h.customer.id).sort((x, y) => x - y)).toEqual(
      [a.customer.id, b.customer.id].sort((x, y) => x - y),
    );
    const toB = articleHits?.find((h) => h.customer.id === b.customer.id);
    const url = new URL(toB?.href ?? "/", "http://x");
    expect(url.pathname).toBe("/staff/orders");
    const state = parseGridState(Object.fromEntries(url.searchParams), staffOpenLineColumns());
    const { rows } = await listStaffOpenLines(state);
    expect(rows.map((r) => r.id)).toEqual([lineB.id]);

    // The dealer's search with the same text stays inside their own company.
    const dealerSide = await searchForDealer(dealerOf(a.customer.id, a.dealerUser.id), article);
    const dealerArticles =
      dealerSide.status === "done" ? dealerSide.sections.find((s) => s.id === "articles")?.hits : [];
    expect(dealerArticles).toHaveLength(1);
    expect(dealerArticles?.[0]).not.toHaveProperty("id");
    expect(dealerArticles?.[0]).not.toHaveProperty("customerId");
  });

  it("wants three characters", async () => {
    expect(await searchForStaff(" I R ")).toEqual({ status: "tooShort" });
  });
});
