// Column search → SQL: the grid's parser decides, the values travel as parameters, never as SQL text.
import { describe, expect, it } from "vitest";
import { conditionToSql, containsPattern, toSqlWhere } from "./sql-filters";
import type { TGridColumn } from "./types";

const columns: TGridColumn[] = [
  { id: "name", label: "Naam", type: "text" },
  { id: "quantity", label: "Aantal", type: "number" },
  { id: "amount", label: "Bedrag", type: "money" },
  { id: "day", label: "Datum", type: "date" },
  { id: "open", label: "Open", type: "flag" },
  {
    id: "state",
    label: "Status",
    type: "text",
    options: [
      { value: "A", label: "Actief" },
      { value: "B", label: "Beëindigd" },
    ],
  },
  { id: "link", label: "Link", type: "text", filterable: false },
];
const SQL = {
  name: `t."name"`,
  quantity: `t."qty"`,
  amount: `t."amount"`,
  day: `t."day"`,
  open: `t."open"`,
  state: `t."state"`,
};

describe("grid filters as SQL", () => {
  it("escapes LIKE wildcards so a search is for the literal text", () => {
    expect(containsPattern(`50%_a\\b`)).toBe(`%50\\%\\_a\\\\b%`);
    expect(conditionToSql(`t."name"`, { kind: "contains", value: "50%" })).toMatchObject({
      text: `t."name" ILIKE $1`,
      values: ["%50\\%%"],
    });
  });

  it("turns every filter kind into a parameterised condition, joined with AND", () => {
    const where = toSqlWhere(
      columns,
      {
        name: "turbo",
        quantity: "2-5",
        amount: ">1.165,00",
        day: "03-2025",
        open: "ja",
        state: "act",
        link: "x",
      },
      SQL,
    );
    expect(where.text).toBe(
      `(t."name" ILIKE $1) AND (t."qty" >= $2::int AND t."qty" <= $3::int) AND (t."amount" > $4::numeric) AND (t."day" >= $5::date AND t."day" < $6::date) AND (t."open") AND (t."state"::text = ANY($7::text[]))`,
    );
    expect(where.values).toEqual(["%turbo%", 2, 5, "1165.00", "2025-03-01", "2025-04-01", ["A"]]);
  });

  it("matches nothing for a label no option has, and everything when no filter is valid", () => {
    expect(toSqlWhere(columns, { state: "xyz" }, SQL).text).toBe("(FALSE)");
    expect(toSqlWhere(columns, { quantity: "abc", open: "misschien" }, SQL).text).toBe("TRUE");
    expect(toSqlWhere(columns, { open: "nee" }, SQL).text).toBe(`(NOT t."open")`);
  });

  it("refuses a filterable column without SQL rather than ignoring its filter", () => {
    expect(() => toSqlWhere(columns, { name: "x" }, {})).toThrow(/name/);
  });
});
