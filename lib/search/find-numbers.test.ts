import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createDeliveredLine, createOpenRma, createStaffAndDealer } from "@/lib/staff/test-fixtures";
import { findNumbers } from "./find-numbers";
import { dealerHref } from "./links";

// The one search box's query: a dealer finds only their own company's numbers (RMA, claim,
// invoice, order, purchase order, article and external article numbers); staff search every
// company with the same query; wildcards typed are taken literally.
describe("findNumbers", () => {
  it("finds a dealer's own records by part of a number, never another company's", async () => {
    const ours = await createStaffAndDealer();
    const theirs = await createStaffAndDealer();
    const line = await createDeliveredLine(ours.customer.id, 2);
    await db.deliveredLine.update({
      where: { id: line.id },
      data: {
        salesOrderNumber: "MVO7700001",
        customerPoNumber: "PO-GARAGE-77",
        externalArticleNumbers: "X-77123",
      },
    });
    const rma = await createOpenRma(ours.customer.id, ours.dealerUser.id, [{ delivered: 2, expected: 1 }]);
    const rmaNumber = rma.rma.number;
    for (const [customerId, number] of [
      [ours.customer.id, "MVF7712345"],
      [theirs.customer.id, "MVF7712346"],
    ] as const) {
      await db.invoice.create({
        data: { customerId, number, invoiceDate: new Date(), dueDate: new Date(), amount: "10.00" },
      });
    }
    const theirLine = await createDeliveredLine(theirs.customer.id, 1);
    await db.deliveredLine.update({ where: { id: theirLine.id }, data: { salesOrderNumber: "MVO7700002" } });

    const scope = { customerId: ours.customer.id };
    const invoices = await findNumbers(scope, " mvf77123 ");
    expect(invoices.status === "done" && invoices.sections.invoices.map((h) => h.number)).toEqual([
      "MVF7712345",
    ]);
    const orders = await findNumbers(scope, "MVO77000");
    expect(orders.status === "done" && orders.sections.salesOrders.map((h) => [h.number, h.source])).toEqual([
      ["MVO7700001", "history"],
    ]);
    const po = await findNumbers(scope, "garage-77");
    expect(po.status === "done" && po.sections.purchaseOrders.map((h) => h.number)).toEqual(["PO-GARAGE-77"]);
    const external = await findNumbers(scope, "X-771");
    expect(external.status === "done" && external.sections.articles.map((h) => h.number)).toEqual([
      "WG1803348",
    ]);
    const rmas = await findNumbers(scope, rmaNumber.slice(-6));
    const hit = rmas.status === "done" ? rmas.sections.rmas.find((h) => h.number === rmaNumber) : undefined;
    expect(hit && dealerHref(hit)).toBe(`/returns/${rmaNumber}`);

    const staff = await findNumbers({ customerId: null }, "MVF77123");
    expect(staff.status === "done" && staff.sections.invoices.map((h) => h.number).sort()).toEqual([
      "MVF7712345",
      "MVF7712346",
    ]);
  });

  it("wants three characters and takes % and _ literally", async () => {
    const { customer, dealerUser } = await createStaffAndDealer();
    expect(await findNumbers({ customerId: customer.id }, " W G ")).toEqual({ status: "tooShort" });
    await createOpenRma(customer.id, dealerUser.id, [{ delivered: 2, expected: 1 }]);
    const control = await findNumbers({ customerId: customer.id }, "IRM");
    expect(control.status === "done" && control.sections.rmas).toHaveLength(1);
    const wild = await findNumbers({ customerId: customer.id }, "%%%");
    expect(wild.status === "done" && wild.hits).toEqual([]);
    const under = await findNumbers({ customerId: customer.id }, "___");
    expect(under.status === "done" && under.hits).toEqual([]);
  });
});
