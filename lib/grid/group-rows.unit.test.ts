import { describe, expect, it } from "vitest";
import { groupRows } from "./group-rows";
import type { TDataGridRow } from "./types";

const row = (id: string, cells: Record<string, unknown>): TDataGridRow => ({ id, cells });

describe("groupRows", () => {
  it("groups by the column's value in the order of each group's first row, rows in page order", () => {
    const rows = [
      row("1", { rma: "IRM2" }),
      row("2", { rma: "IRM1" }),
      row("3", { rma: "IRM2" }),
      row("4", { rma: "IRM1" }),
    ];
    const groups = groupRows(rows, "rma");
    expect(groups.map((g) => [g.value, g.rows.map((r) => r.id)])).toEqual([
      ["IRM2", ["1", "3"]],
      ["IRM1", ["2", "4"]],
    ]);
  });

  it("puts equal dates together and keeps an empty cell apart from an empty text and from 0", () => {
    const rows = [
      row("1", { d: new Date("2026-01-02T00:00:00Z"), n: 0 }),
      row("2", { d: new Date("2026-01-02T00:00:00Z"), n: null }),
      row("3", { d: null, n: "0" }),
      row("4", { d: "", n: undefined }),
    ];
    expect(groupRows(rows, "d").map((g) => g.rows.map((r) => r.id))).toEqual([["1", "2"], ["3"], ["4"]]);
    expect(groupRows(rows, "n").map((g) => g.rows.map((r) => r.id))).toEqual([["1"], ["2", "4"], ["3"]]);
  });

  it("gives each group a key that stays the same when the page is rendered again", () => {
    const rows = [row("1", { s: "open" }), row("2", { s: "closed" })];
    expect(groupRows(rows, "s").map((g) => g.key)).toEqual(groupRows([...rows], "s").map((g) => g.key));
    expect(new Set(groupRows(rows, "s").map((g) => g.key)).size).toBe(2);
  });
});
