import { zodResolver } from "@hookform/resolvers/zod";
import { describe, expect, it } from "vitest";
import { type TReturnRequest, ZReturnRequestSchema } from "@/lib/returns/schema";
import type { TConfirmLine } from "./confirm-lines";
import { withQuantityLimits } from "./quantity-limits";

const line: TConfirmLine = {
  id: 7,
  articleNumber: "WG1803348",
  externalArticleNumbers: "",
  articleName: "Turbo",
  salesOrderNumber: "MVO9203201",
  netUnitPrice: "1,00",
  remaining: 15,
};
const resolver = withQuantityLimits(
  zodResolver(ZReturnRequestSchema),
  new Map([[7, line]]),
  (l) => `only ${l.remaining}`,
);
const values = (quantity: number, acceptTerms: boolean) =>
  ({
    idempotencyKey: "key-12345678",
    lines: [{ deliveredLineId: 7, quantity, reasonId: 1 }],
    reference: "",
    remarks: "",
    copyEmail: "",
    acceptTerms,
    parcelCount: 1,
    weightKg: null,
  }) as unknown as TReturnRequest;
const run = (v: TReturnRequest) => resolver(v, undefined, { fields: {}, shouldUseNativeValidation: false });

describe("the confirmation's check", () => {
  it("reports the over-maximum quantity and the unticked terms together", async () => {
    const { errors } = await run(values(16, false));
    expect(
      (errors.lines as unknown as Array<{ quantity?: { message?: string } }>)[0]?.quantity?.message,
    ).toBe("only 15");
    expect(errors.acceptTerms?.message).toBe("returns.acceptTermsRequired");
  });

  it("passes what is left, and reports the over-maximum alone when nothing else is wrong", async () => {
    expect((await run(values(15, true))).errors).toEqual({});
    expect(Object.keys((await run(values(16, true))).errors)).toEqual(["lines"]);
  });
});
