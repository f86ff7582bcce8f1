import { describe, expect, it } from "vitest";
import { dateOnly } from "@/lib/dates";
import { db } from "@/lib/db/client";
import type { TGridState } from "@/lib/grid/types";
import { ZCreateCustomerSchema } from "@/lib/staff/customers/schema";
import { listAuditEntries } from "./audit/queries";
import { createCustomer } from "./customers/customers";
import { listCustomers } from "./customers/queries";
import { listStaffOpenLines } from "./orders/queries";
import { listOpenRmas } from "./returns/queries";
import { createClaim, createOpenRma, createStaffAndDealer } from "./test-fixtures";
import { claimQueueColumns, listClaims } from "./warranty/queries";

const grid = (filters: Record<string, string> = {}, sort: TGridState["sort"] = null): TGridState => ({
  page: 1,
  pageSize: 20,
  sort,
  filters,
});

describe("staff list queries", () => {
  it("search, sort and filter every staff grid through the shared grid state", async () => {
    const { customer, dealerUser, staff } = await createStaffAndDealer();
    await createCustomer(
      staff,
      ZCreateCustomerSchema.parse({ erpNumber: "55501", name: "Turbo Zuid", language: "nl" }),
    );
    expect((await listCustomers(grid({ name: "zuid" }))).rows.map((c) => c.erpNumber)).toEqual(["55501"]);

    const old = await createOpenRma(customer.id, dealerUser.id, [{ delivered: 2, expected: 1 }]);
    await db.rma.update({
      where: { id: old.rma.id },
      data: { createdAt: new Date(Date.now() - 40 * 86_400_000) },
    });
    await createOpenRma(customer.id, dealerUser.id, [{ delivered: 2, expected: 1 }]);
    const queue = await listOpenRmas(
      grid({ customerNumber: customer.erpNumber }, { id: "customerName", dir: "asc" }),
      null,
    );
    expect(queue.total).toBe(2);
    expect((await listOpenRmas(grid(), "30+")).rows.map((r) => r.id)).toEqual([old.rma.id]);
    expect((await listOpenRmas(grid(), null)).rows[0]!.id).toBe(old.rma.id);

    const claim = await createClaim(customer.id, dealerUser.id);
    const dutch = claimQueueColumns(
      undefined,
      (s) =>
        ({
          RECEIVED: "Ontvangen",
          IN_TREATMENT: "In behandeling",
          AWARDED: "Toegekend",
          REFUSED: "Afgewezen",
        })[s]!,
    );
    expect((await listClaims(grid({ status: "ontvangen" }), dutch)).rows.map((c) => c.id)).toEqual([
      claim.id,
    ]);
    expect((await listClaims(grid({ status: "afgewezen" }), dutch)).total).toBe(0);

    await db.openOrderLine.createMany({
      data: [
        {
          customerId: customer.id,
          erpKey: "q-1",
          salesOrderNumber: "VVO9200001",
          orderDate: dateOnly("2026-10-01"),
          articleNumber: "WG4000001",
          deliverArticleNumber: "WG4000001",
          articleName: "Turbo",
          quantityOrdered: 2,
        },
        {
          customerId: customer.id,
          erpKey: "q-2",
          salesOrderNumber: "VVO9200002",
          orderDate: dateOnly("2026-10-01"),
          articleNumber: "WG4000002",
          deliverArticleNumber: "WG4000002",
          articleName: "Turbo",
          quantityOrdered: 2,
          quantityDelivered: 2,
        },
      ],
    });
    expect(
      (await listStaffOpenLines(grid({ articleNumber: "WG4000" }))).rows.map((l) => l.articleNumber),
    ).toEqual(["WG4000001"]);

    const audit = await listAuditEntries(grid({ actor: "staff-", objectType: "Customer" }));
    expect(audit.rows.map((a) => a.action)).toEqual(["customer.create"]);
  });
});
