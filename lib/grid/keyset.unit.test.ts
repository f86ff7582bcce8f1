import { describe, expect, it } from "vitest";
import { keysetAfter } from "./keyset";

describe("keysetAfter", () => {
  it("is 'after this row' in the sort's directions, the tie-breaker last", () => {
    const last = { deliveryDate: "2026-01-02", id: 7, articleName: "x" };
    expect(keysetAfter([{ deliveryDate: "desc" }, { id: "asc" }], last)).toEqual({
      OR: [
        { AND: [{ deliveryDate: { lt: "2026-01-02" } }] },
        { AND: [{ deliveryDate: "2026-01-02" }, { id: { gt: 7 } }] },
      ],
    });
  });

  it("refuses a sort it cannot follow (a relation's field, a field the row lacks)", () => {
    expect(() => keysetAfter([{ customer: { name: "asc" } }, { id: "desc" }], { id: 1 })).toThrow(
      /unsupported/,
    );
    expect(() => keysetAfter([{ price: "asc" }], { id: 1 })).toThrow(/unsupported/);
  });
});
