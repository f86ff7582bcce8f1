import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createOpenRma, createStaffAndDealer } from "../test-fixtures";
import { listCarrierRanges } from "./queries";
import { ZCarrierRangeSchema, ZPortalSettingsSchema, ZReturnReasonSchema } from "./schema";
import { createReturnReason, updateCarrierRange, updatePortalSettings, updateReturnReason } from "./settings";

const labels = { labelNl: "Beschadigd", labelFr: "Endommagé", labelEn: "Damaged", labelDe: "Beschädigt" };

describe("staff settings", () => {
  it("adds, renames and retires a reason without breaking RMAs that used it", async () => {
    const { customer, dealerUser, staff } = await createStaffAndDealer();
    const { reasonId } = await createReturnReason(
      staff,
      ZReturnReasonSchema.parse({ code: "damaged", ...labels, sortOrder: 5 }),
    );
    await expect(
      createReturnReason(staff, { code: "DAMAGED", ...labels, sortOrder: 6, asksForEvidence: false }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const { lines } = await createOpenRma(customer.id, dealerUser.id, [{ delivered: 2, expected: 1 }]);
    await db.rmaLine.update({ where: { id: lines[0]!.line.id }, data: { reasonId } });
    await updateReturnReason(staff, {
      reasonId,
      ...labels,
      labelEn: "Damaged in transit",
      sortOrder: 1,
      active: false,
      asksForEvidence: true,
    });
    const reason = await db.returnReason.findUniqueOrThrow({
      where: { id: reasonId },
      include: { rmaLines: true },
    });
    expect(reason).toMatchObject({
      code: "DAMAGED",
      labelEn: "Damaged in transit",
      active: false,
      sortOrder: 1,
      asksForEvidence: true,
    });
    expect(reason.rmaLines).toHaveLength(1);
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { action: "returnReason.update", objectId: String(reasonId) },
    });
    expect(audit.before).toMatchObject({ labelEn: "Damaged", active: true });
    expect(audit.after).toMatchObject({ labelEn: "Damaged in transit", active: false });
  });

  it("saves the surcharge as a 2-decimal amount ≥ 0 and the links", async () => {
    const { staff, dealer } = await createStaffAndDealer();
    const form = {
      returnSurcharge: "3,75",
      termsUrl: "https://example.com/terms",
      warrantyManualUrl: "/warranty-manual",
      returnAddress: "Turboweg 1\n1234 AB Utrecht",
    };
    await updatePortalSettings(staff, ZPortalSettingsSchema.parse(form));
    const settings = await db.portalSettings.findUniqueOrThrow({ where: { id: 1 } });
    expect(settings.returnSurcharge.toFixed(2)).toBe("3.75");
    expect(settings.termsUrl).toBe("https://example.com/terms");
    // The action parses with the schema; these never reach the domain function.
    for (const bad of ["-1", "1.234", "abc"]) {
      expect(
        ZPortalSettingsSchema.safeParse({
          returnSurcharge: bad,
          termsUrl: "/t",
          warrantyManualUrl: "/w",
          returnAddress: "",
        }).success,
      ).toBe(false);
    }
    expect(
      ZPortalSettingsSchema.safeParse({
        returnSurcharge: "1",
        termsUrl: "javascript:alert(1)",
        warrantyManualUrl: "/w",
        returnAddress: "",
      }).success,
    ).toBe(false);
    await expect(
      updatePortalSettings(dealer, {
        returnSurcharge: "0",
        termsUrl: "/t",
        warrantyManualUrl: "/w",
        returnAddress: "",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.portalSettings.findUniqueOrThrow({ where: { id: 1 } })).returnSurcharge.toFixed(2)).toBe(
      "3.75",
    );
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "settings.update" } });
    expect(audit.after).toMatchObject({ returnSurcharge: "3.75" });
  });

  it("sets a carrier's label name and tracking number range, audited; refuses a range that ends before it starts", async () => {
    const { staff } = await createStaffAndDealer();
    const night = (await listCarrierRanges()).find((c) => c.carrier === "NIGHT_CARRIER");
    expect(night?.range).toMatchObject({ name: "Hellmann", prefix: "HWL" });
    await updateCarrierRange(
      staff,
      ZCarrierRangeSchema.parse({
        carrier: "PARCEL_SERVICE",
        name: "DPD",
        prefix: "dpd",
        nextValue: "500",
        lastValue: "999",
      }),
    );
    const parcel = (await listCarrierRanges()).find((c) => c.carrier === "PARCEL_SERVICE");
    expect(parcel?.range).toEqual({
      carrier: "PARCEL_SERVICE",
      name: "DPD",
      prefix: "DPD",
      nextValue: 500,
      lastValue: 999,
    });
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { action: "carrierRange.update", objectId: "PARCEL_SERVICE" },
    });
    expect(audit.after).toMatchObject({ name: "DPD", nextValue: 500 });
    const bad = ZCarrierRangeSchema.safeParse({
      carrier: "PARCEL_SERVICE",
      name: "DPD",
      prefix: "D-1",
      nextValue: 9,
      lastValue: 5,
    });
    expect(bad.error?.issues.map((i) => i.message).sort()).toEqual([
      "rma.staff.prefixFormat",
      "rma.staff.rangeOrder",
    ]);
  });
});
