import { describe, expect, it } from "vitest";
import { todayIso } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { remainingToReturn } from "@/lib/returns/remaining";
import { createOpenRma, createStaffAndDealer } from "../test-fixtures";
import { closeRma } from "./close-rma";
import { attachCreditNote, markRmaInvoiced } from "./credit-note";
import { receiveRmaLine, rejectRmaLine } from "./receive-line";

const today = todayIso();

describe("staff returns queue", () => {
  it("receives one line fully and one partly, closes: the rest is returnable again, then invoices", async () => {
    const { customer, dealerUser, staff } = await createStaffAndDealer();
    const { rma, lines } = await createOpenRma(customer.id, dealerUser.id, [
      { delivered: 5, expected: 2 },
      { delivered: 6, expected: 4 },
      { delivered: 3, expected: 1 },
    ]);
    const [full, part, never] = lines as [(typeof lines)[0], (typeof lines)[0], (typeof lines)[0]];

    await receiveRmaLine(staff, { rmaLineId: full.line.id, quantityReceived: 2, receivedAt: today });
    await receiveRmaLine(staff, { rmaLineId: part.line.id, quantityReceived: 1, receivedAt: today });
    await expect(
      receiveRmaLine(staff, { rmaLineId: part.line.id, quantityReceived: 1, receivedAt: today }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await closeRma(staff, { rmaId: rma.id });

    const counters = async (id: number) =>
      db.deliveredLine.findUniqueOrThrow({
        where: { id },
        select: { quantityDelivered: true, quantityReturned: true, quantityInRequest: true },
      });
    expect(await counters(full.delivered.id)).toEqual({
      quantityDelivered: 5,
      quantityReturned: 2,
      quantityInRequest: 0,
    });
    expect(remainingToReturn(await counters(part.delivered.id))).toBe(5);
    expect(remainingToReturn(await counters(never.delivered.id))).toBe(3);
    const closed = await db.rma.findUniqueOrThrow({
      where: { id: rma.id },
      include: { lines: { orderBy: { id: "asc" } } },
    });
    expect(closed.status).toBe("CLOSED");
    expect(closed.closedAt).not.toBeNull();
    expect(closed.lines.map((l) => [l.status, l.quantityReceived])).toEqual([
      ["RECEIVED", 2],
      ["RECEIVED", 1],
      ["REJECTED", 0],
    ]);

    await expect(markRmaInvoiced(staff, { rmaId: rma.id })).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "staff.returns.creditNoteMissing",
    });
    const pdf = new TextEncoder().encode("%PDF-1.4\n%test credit note\n");
    await attachCreditNote(
      staff,
      { rmaId: rma.id, number: "MVF2612345", amount: "300,00", invoiceDate: today },
      { fileName: "credit.pdf", bytes: pdf },
    );
    await markRmaInvoiced(staff, { rmaId: rma.id });

    const invoiced = await db.rma.findUniqueOrThrow({
      where: { id: rma.id },
      include: { lines: { orderBy: { id: "asc" } }, creditNotes: { include: { document: true } } },
    });
    expect(invoiced.status).toBe("INVOICED");
    expect(invoiced.lines.map((l) => l.status)).toEqual(["INVOICED", "INVOICED", "REJECTED"]);
    expect(invoiced.creditNotes[0]).toMatchObject({ number: "MVF2612345", kind: "CREDIT_NOTE" });
    expect(invoiced.creditNotes[0]!.amount.toFixed(2)).toBe("-300.00");
    expect(invoiced.creditNotes[0]!.document).toMatchObject({
      kind: "CREDIT_NOTE",
      source: "STAFF",
      contentType: "application/pdf",
    });

    const audit = await db.auditEntry.findMany({
      where: { customerId: customer.id, actorUserId: staff.userId },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "rmaLine.receive",
      "rmaLine.receive",
      "rma.close",
      "rma.creditNote",
      "rma.invoice",
    ]);
    expect(audit.every((a) => a.before !== null && a.after !== null)).toBe(true);
    const mails = await db.outboxMessage.findMany({
      where: { to: { has: dealerUser.email }, template: "rma-status" },
    });
    expect(mails).toHaveLength(4);
  });

  it("rejects a line with a reason; received quantity above expected is refused", async () => {
    const { customer, dealerUser, staff } = await createStaffAndDealer();
    const { lines } = await createOpenRma(customer.id, dealerUser.id, [{ delivered: 4, expected: 2 }]);
    const { line, delivered } = lines[0]!;
    await expect(
      receiveRmaLine(staff, { rmaLineId: line.id, quantityReceived: 3, receivedAt: today }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    await rejectRmaLine(staff, { rmaLineId: line.id, reason: "Inbouwsporen", receivedAt: today });
    expect(await db.rmaLine.findUniqueOrThrow({ where: { id: line.id } })).toMatchObject({
      status: "REJECTED",
      rejectionReason: "Inbouwsporen",
    });
    expect(await db.deliveredLine.findUniqueOrThrow({ where: { id: delivered.id } })).toMatchObject({
      quantityReturned: 0,
      quantityInRequest: 0,
    });
  });

  it("refuses a non-PDF credit note and a dealer caller, changing nothing", async () => {
    const { customer, dealerUser, staff, dealer } = await createStaffAndDealer();
    const { rma, lines } = await createOpenRma(customer.id, dealerUser.id, [{ delivered: 4, expected: 2 }]);
    await expect(
      receiveRmaLine(dealer, { rmaLineId: lines[0]!.line.id, quantityReceived: 2, receivedAt: today }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(closeRma(dealer, { rmaId: rma.id })).rejects.toBeInstanceOf(AppError);
    expect(await db.rmaLine.findUniqueOrThrow({ where: { id: lines[0]!.line.id } })).toMatchObject({
      status: "EXPECTED",
    });
    await closeRma(staff, { rmaId: rma.id });
    const fake = { fileName: "x.pdf", bytes: new TextEncoder().encode("<html>") };
    await expect(
      attachCreditNote(
        staff,
        { rmaId: rma.id, number: "MVF2600001", amount: "10", invoiceDate: today },
        fake,
      ),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await db.invoice.count({ where: { rmaId: rma.id } })).toBe(0);
    expect(await db.auditEntry.count({ where: { actorUserId: dealer.userId } })).toBe(0);
  });

  it("two staff members receiving the same line at once count it only once", async () => {
    const { customer, dealerUser, staff } = await createStaffAndDealer();
    const { lines } = await createOpenRma(customer.id, dealerUser.id, [{ delivered: 5, expected: 3 }]);
    const { line, delivered } = lines[0]!;
    const results = await Promise.allSettled(
      [2, 3].map((quantityReceived) =>
        receiveRmaLine(staff, { rmaLineId: line.id, quantityReceived, receivedAt: today }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    const after = await db.deliveredLine.findUniqueOrThrow({ where: { id: delivered.id } });
    const received = (await db.rmaLine.findUniqueOrThrow({ where: { id: line.id } })).quantityReceived;
    expect(after).toMatchObject({ quantityInRequest: 0, quantityReturned: received });
  });
});
