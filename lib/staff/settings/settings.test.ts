import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createOpenRma, createStaffAndDealer } from "../test-fixtures";
import { ZPortalSettingsSchema, ZReturnReasonSchema } from "./schema";
import { createReturnReason, updatePortalSettings, updateReturnReason } from "./settings";

const labels = { labelNl: "Beschadigd", labelFr: "Endommagé", labelEn: "Damaged", labelDe: "Beschädigt" };

describe("staff settings", () => {
  it("adds, renames and retires a reason without breaking RMAs that used it", async () => {
    const { customer, dealerUser, staff } = await createStaffAndDealer();
    const { reasonId } = await createReturnReason(
      staff,
      ZReturnReasonSchema.parse({ code: "damaged", ...labels, sortOrder: 5 }),
    );
    await expect(
      createReturnReason(staff, { code: "DAMAGED", ...labels, sortOrder: 6 }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const { lines } = await createOpenRma(customer.id, dealerUser.id, [{ delivered: 2, expected: 1 }]);
    await db.rmaLine.update({ where: { id: lines[0]!.line.id }, data: { reasonId } });
    await updateReturnReason(staff, {
      reasonId,
      ...labels,
      labelEn: "Damaged in transit",
      sortOrder: 1,
      active: false,
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
});
