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

  it("refuses a sort it cannot follow (a field the row lacks, a deeper relation)", () => {
    expect(() => keysetAfter([{ price: "asc" }], { id: 1 })).toThrow(/unsupported/);
    expect(() =>
      keysetAfter([{ customer: { owner: { name: "asc" } } }, { id: "desc" }], { id: 1, customer: {} }),
    ).toThrow(/unsupported/);
  });

  it("refuses a null in a sort key not declared nullable (it cannot tell where the nulls stand)", () => {
    expect(() => keysetAfter([{ handledAt: "asc" }, { id: "asc" }], { handledAt: null, id: 1 })).toThrow(
      /null/,
    );
  });

  describe("a nullable key with its nulls last (the open order lines' expected date)", () => {
    const orderBy = [{ expectedDate: { sort: "asc", nulls: "last" } }, { id: "asc" }];

    it("after a date: the later dates, then every unknown date", () => {
      expect(keysetAfter(orderBy, { expectedDate: "2026-12-01", id: 4 })).toEqual({
        OR: [
          { AND: [{ expectedDate: { gt: "2026-12-01" } }] },
          { AND: [{ expectedDate: null }] },
          { AND: [{ expectedDate: "2026-12-01" }, { id: { gt: 4 } }] },
        ],
      });
    });

    it("after an unknown date: only the unknown dates further on", () => {
      expect(keysetAfter(orderBy, { expectedDate: null, id: 4 })).toEqual({
        OR: [{ AND: [{ expectedDate: null }, { id: { gt: 4 } }] }],
      });
    });

    it("descending with nulls last: the earlier dates, then every unknown date", () => {
      const desc = [{ expectedDate: { sort: "desc", nulls: "last" } }, { id: "asc" }];
      expect(keysetAfter(desc, { expectedDate: "2026-12-01", id: 4 })).toEqual({
        OR: [
          { AND: [{ expectedDate: { lt: "2026-12-01" } }] },
          { AND: [{ expectedDate: null }] },
          { AND: [{ expectedDate: "2026-12-01" }, { id: { gt: 4 } }] },
        ],
      });
    });
  });

  describe("a nullable key with its nulls first", () => {
    const orderBy = [{ expectedDate: { sort: "asc", nulls: "first" } }, { id: "asc" }];

    it("after an unknown date: the other unknown dates further on, then every known date", () => {
      expect(keysetAfter(orderBy, { expectedDate: null, id: 4 })).toEqual({
        OR: [
          { AND: [{ expectedDate: { not: null } }] },
          { AND: [{ expectedDate: null }, { id: { gt: 4 } }] },
        ],
      });
    });

    it("after a date: only later dates (the unknown ones came before)", () => {
      expect(keysetAfter(orderBy, { expectedDate: "2026-12-01", id: 4 })).toEqual({
        OR: [
          { AND: [{ expectedDate: { gt: "2026-12-01" } }] },
          { AND: [{ expectedDate: "2026-12-01" }, { id: { gt: 4 } }] },
        ],
      });
    });
  });

  it("puts a declared nullable plain key's nulls where PostgreSQL does (last ascending, first descending)", () => {
    const nullable = ["handledAt"];
    expect(keysetAfter([{ handledAt: "asc" }, { id: "asc" }], { handledAt: 5, id: 1 }, { nullable })).toEqual(
      keysetAfter([{ handledAt: { sort: "asc", nulls: "last" } }, { id: "asc" }], { handledAt: 5, id: 1 }),
    );
    expect(
      keysetAfter([{ handledAt: "desc" }, { id: "asc" }], { handledAt: null, id: 1 }, { nullable }),
    ).toEqual(
      keysetAfter([{ handledAt: { sort: "desc", nulls: "first" } }, { id: "asc" }], {
        handledAt: null,
        id: 1,
      }),
    );
  });

  it("follows a to-one relation's field, an absent (nullable) relation as null", () => {
    const orderBy = [{ customer: { name: "asc" } }, { id: "asc" }];
    expect(keysetAfter(orderBy, { customer: { name: "Garage" }, id: 3 })).toEqual({
      OR: [
        { AND: [{ customer: { is: { name: { gt: "Garage" } } } }] },
        { AND: [{ customer: { is: { name: "Garage" } } }, { id: { gt: 3 } }] },
      ],
    });
    const nullable = ["actor.email"];
    expect(
      keysetAfter([{ actor: { email: "desc" } }, { id: "desc" }], { actor: null, id: 3 }, { nullable }),
    ).toEqual({
      OR: [{ AND: [{ actor: { isNot: null } }] }, { AND: [{ actor: { is: null } }, { id: { lt: 3 } }] }],
    });
  });

  it("compares an enum by its declared order (Prisma has no gt/lt on enums; PostgreSQL sorts them so)", () => {
    const enums = { status: ["RECEIVED", "IN_TREATMENT", "AWARDED", "REFUSED"] };
    const last = { status: "IN_TREATMENT", id: 9 };
    expect(keysetAfter([{ status: "asc" }, { id: "asc" }], last, { enums })).toEqual({
      OR: [
        { AND: [{ status: { in: ["AWARDED", "REFUSED"] } }] },
        { AND: [{ status: "IN_TREATMENT" }, { id: { gt: 9 } }] },
      ],
    });
    expect(
      keysetAfter<{ OR: unknown[] }>([{ status: "desc" }, { id: "asc" }], last, { enums }).OR[0],
    ).toEqual({
      AND: [{ status: { in: ["RECEIVED"] } }],
    });
    expect(() => keysetAfter([{ status: "asc" }], { status: "LOST" }, { enums })).toThrow(/LOST/);
  });

  it("compares a flag as false before true (Prisma has no gt/lt on booleans)", () => {
    expect(keysetAfter([{ active: "asc" }, { id: "asc" }], { active: false, id: 2 })).toEqual({
      OR: [{ AND: [{ active: true }] }, { AND: [{ active: false }, { id: { gt: 2 } }] }],
    });
    expect(keysetAfter([{ active: "asc" }, { id: "asc" }], { active: true, id: 2 })).toEqual({
      OR: [{ AND: [{ active: true }, { id: { gt: 2 } }] }],
    });
    expect(keysetAfter([{ active: "desc" }, { id: "asc" }], { active: true, id: 2 })).toEqual({
      OR: [{ AND: [{ active: false }] }, { AND: [{ active: true }, { id: { gt: 2 } }] }],
    });
  });
});
