import { describe, expect, it } from "vitest";
import { sqlKeysetAfter, sqlKeysetColumn, sqlOrderBy, type TSqlKey } from "./sql-keyset";

// The raw-SQL keyset: values travel as parameters cast to the key's type, nulls on their side.
const received: TSqlKey = { sql: `l."receivedAt"`, cast: "date", dir: "asc", nulls: "last" };
const id: TSqlKey = { sql: `l."id"`, cast: "int", dir: "desc" };
const text = (sql: { sql: string }) => sql.sql.replace(/\s+/g, " ");

describe("sql keyset", () => {
  it("orders by the keys, naming nulls only where PostgreSQL would put them elsewhere", () => {
    expect(sqlOrderBy([received, id]).sql).toBe(`l."receivedAt" ASC, l."id" DESC`);
    expect(sqlOrderBy([{ ...received, nulls: "first" }, id]).sql).toBe(
      `l."receivedAt" ASC NULLS FIRST, l."id" DESC`,
    );
    expect(text(sqlKeysetColumn([received, id]))).toBe(
      `ARRAY[(l."receivedAt")::text,(l."id")::text]::text[] AS "keyset"`,
    );
  });

  it("after a value with nulls last: larger values, every null, then the ties further on", () => {
    const after = sqlKeysetAfter([received, id], ["2026-12-01", "7"]);
    expect(text(after)).toBe(
      `((l."receivedAt" > ?::date) OR (l."receivedAt" IS NULL) OR (l."receivedAt" = ?::date AND l."id" < ?::int))`,
    );
    expect(after.values).toEqual(["2026-12-01", "2026-12-01", "7"]);
  });

  it("after a null: only the nulls further on (nulls last), or every value (nulls first)", () => {
    expect(text(sqlKeysetAfter([received, id], [null, "7"]))).toBe(
      `((l."receivedAt" IS NULL AND l."id" < ?::int))`,
    );
    expect(text(sqlKeysetAfter([{ ...received, nulls: "first" }, id], [null, "7"]))).toBe(
      `((l."receivedAt" IS NOT NULL) OR (l."receivedAt" IS NULL AND l."id" < ?::int))`,
    );
    expect(() => sqlKeysetAfter([id], [null])).toThrow(/never null/);
  });
});
