import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getAttachmentStore } from "@/lib/storage/store";
import { pdfText } from "@/tests/pdf-text";
import { createClaim, createStaffAndDealer } from "../test-fixtures";
import { attachClaimDocument, setGoodsReceived } from "./claim-details";
import { setClaimStatus } from "./set-status";

describe("staff warranty queue", () => {
  it("refuses without a reaction with a clear error; with one: REFUSED, reaction PDF, event, mail, audit", async () => {
    const { customer, dealerUser, staff } = await createStaffAndDealer();
    const claim = await createClaim(customer.id, dealerUser.id);
    await expect(
      setClaimStatus(staff, { claimId: claim.id, status: "REFUSED", reaction: "" }),
    ).rejects.toMatchObject({ code: "VALIDATION", messageKey: "staff.warranty.reactionRequired" });
    expect(await db.warrantyClaim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
      status: "RECEIVED",
      handledAt: null,
    });

    await setClaimStatus(staff, { claimId: claim.id, status: "IN_TREATMENT", reaction: "" });
    await setClaimStatus(staff, {
      claimId: claim.id,
      status: "REFUSED",
      reaction: "Schade door olievervuiling, geen garantie.",
    });

    const refused = await db.warrantyClaim.findUniqueOrThrow({
      where: { id: claim.id },
      include: { documents: true, events: { orderBy: { id: "asc" } } },
    });
    expect(refused.status).toBe("REFUSED");
    expect(refused.handledAt).not.toBeNull();
    const reaction = refused.documents.find((d) => d.kind === "WARRANTY_REACTION");
    expect(reaction).toMatchObject({
      source: "STAFF",
      contentType: "application/pdf",
      customerId: customer.id,
    });
    const bytes = await getAttachmentStore().get(reaction!.storageKey);
    expect(await pdfText(bytes!)).toContain("Schade door olievervuiling");
    expect(refused.events.map((e) => [e.kind, e.status, e.byStaff])).toEqual([
      ["STATUS", "IN_TREATMENT", true],
      ["STATUS", "REFUSED", true],
    ]);
    expect(
      await db.outboxMessage.count({ where: { template: "warranty-status", to: { has: dealerUser.email } } }),
    ).toBe(2);
    const audit = await db.auditEntry.findMany({
      where: { objectType: "WarrantyClaim", objectId: String(claim.id) },
    });
    expect(audit).toHaveLength(2);
    expect(audit.every((a) => a.before && a.after && a.actorUserId === staff.userId)).toBe(true);

    await expect(
      setClaimStatus(staff, { claimId: claim.id, status: "AWARDED", reaction: "" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("awards with a credit document and ticks goods received", async () => {
    const { customer, dealerUser, staff } = await createStaffAndDealer();
    const claim = await createClaim(customer.id, dealerUser.id);
    await setGoodsReceived(staff, { claimId: claim.id, goodsReceived: true });
    await setClaimStatus(staff, { claimId: claim.id, status: "AWARDED", reaction: "" });
    await attachClaimDocument(
      staff,
      { claimId: claim.id, kind: "CREDIT_NOTE" },
      { fileName: "credit.pdf", bytes: new TextEncoder().encode("%PDF-1.4\n") },
    );
    const awarded = await db.warrantyClaim.findUniqueOrThrow({
      where: { id: claim.id },
      include: { documents: true, events: true },
    });
    expect(awarded).toMatchObject({ status: "AWARDED", goodsReceived: true });
    expect(awarded.documents).toHaveLength(1);
    expect(awarded.events.map((e) => e.kind).sort()).toEqual(["ATTACHMENT", "GOODS_RECEIVED", "STATUS"]);
  });

  it("a dealer calling a staff function is refused and nothing changes", async () => {
    const { customer, dealerUser, dealer } = await createStaffAndDealer();
    const claim = await createClaim(customer.id, dealerUser.id);
    await expect(
      setClaimStatus(dealer, { claimId: claim.id, status: "AWARDED", reaction: "" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setGoodsReceived(dealer, { claimId: claim.id, goodsReceived: true })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await db.warrantyClaim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
      status: "RECEIVED",
      goodsReceived: false,
    });
    expect(await db.warrantyEvent.count({ where: { claimId: claim.id } })).toBe(0);
  });
});
