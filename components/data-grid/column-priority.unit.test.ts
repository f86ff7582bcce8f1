import { describe, expect, it } from "vitest";
import { columnDisplayClass, columnPriority, keyColumns, parseColumnChoices } from "./column-priority";
import { makeCellClass } from "./grid-layout";

const columns = [
  { id: "rma", label: "RMA-nummer", type: "text" as const },
  { id: "article", label: "Artikelnummer", type: "text" as const },
  { id: "status", label: "Status", type: "text" as const },
];

describe("column priorities", () => {
  it("always shows key columns and shows the others by width unless the dealer chose", () => {
    expect(columnDisplayClass(1, false)).toBe("");
    expect(columnDisplayClass(3, undefined)).toBe("grid-from-xl");
    expect(columnDisplayClass(4, true)).toBe("table-cell");
    expect(columnDisplayClass(2, false)).toBe("hidden");
  });

  it("treats every column as key when a grid lists no priorities (staff grids unchanged)", () => {
    expect(columnPriority(undefined, "anything")).toBe(1);
    expect(columnPriority({ rma: 1 }, "article")).toBe(3);
    expect(keyColumns(columns, { rma: 1, status: 1 }).map((c) => c.id)).toEqual(["rma", "status"]);
  });

  it("reads stored choices and ignores anything else", () => {
    expect(parseColumnChoices('{"article":true,"x":"yes"}')).toEqual({ article: true });
    expect(parseColumnChoices("not json")).toEqual({});
    expect(parseColumnChoices("[true]")).toEqual({});
    expect(parseColumnChoices(null)).toEqual({});
  });

  it("makes the first key column sticky, after the select box when there is one", () => {
    const cellClass = makeCellClass(columns, { rma: 1, status: 1 }, {}, true);
    expect(cellClass("rma", "body")).toContain("sticky left-10");
    expect(cellClass("article", "body")).toBe("grid-from-xl");
    expect(makeCellClass(columns, undefined, {}, false)("rma", "body")).not.toContain("sticky");
  });
});
