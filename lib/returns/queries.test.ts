// The return pages' small reads: the "created" notice only for the dealer's own RMA, and the
// confirmation step's active reasons in their order.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { findCreatedRma, getReturnFormOptions } from "./queries";
import { seedCompany, seedReturnReasons } from "./test-fixtures";

describe("return page queries", () => {
  it("finds a just-created RMA only for its own dealer, with a label only for the night carrier", async () => {
    const night = await seedCompany({ carrier: "NIGHT_CARRIER" });
    const parcel = await seedCompany({ carrier: "PARCEL_SERVICE" });
    for (const [company, number] of [
      [night, "IRM8800001"],
      [parcel, "IRM8800002"],
    ] as const) {
      const { customer, user } = company;
      await db.rma.create({
        data: {
          number,
          customerId: customer.id,
          createdById: user.id,
          idempotencyKey: number,
          surcharge: "2.50",
        },
      });
    }
    expect(await findCreatedRma(night.customer.id, "IRM8800001")).toEqual({
      number: "IRM8800001",
      hasLabel: true,
    });
    expect(await findCreatedRma(parcel.customer.id, "IRM8800002")).toMatchObject({ hasLabel: false });
    expect(await findCreatedRma(night.customer.id, "IRM8800002")).toBeNull();
    expect(await findCreatedRma(night.customer.id, "IRM88' OR 1=1")).toBeNull();
  });

  it("offers the active reasons in their order, with the surcharge", async () => {
    const { defect, wrongOrdered, transportDamage } = await seedReturnReasons();
    const options = await getReturnFormOptions();
    expect(options.reasons.map((r) => [r.id, r.asksForEvidence])).toEqual([
      [defect.id, false],
      [wrongOrdered.id, false],
      [transportDamage.id, true],
    ]);
    expect(options.surcharge).toBe("2.50");
  });
});
