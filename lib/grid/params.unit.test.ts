// Grid state in the URL: parsing with fallbacks, prefixes, and applying one change.
import { describe, expect, it } from "vitest";
import { gridStateToSearchParams, parseGridState, parseGroup, toSkipTake } from "./params";
import type { TGridColumn } from "./types";
import { applyGridPatch, nextSort } from "./url";

const columns: TGridColumn[] = [
  { id: "articleNumber", label: "Artikelnummer", type: "text" },
  { id: "deliveryDate", label: "Leverdatum", type: "date" },
  { id: "pdf", label: "PDF", type: "text", sortable: false, filterable: false },
];
const defaults = { sort: { id: "deliveryDate", dir: "desc" as const } };

describe("parseGridState", () => {
  it("reads page, size, sort and filters from the URL", () => {
    const state = parseGridState(
      { page: "3", size: "50", sort: "articleNumber.asc", "f.articleNumber": "  wg18 " },
      columns,
      defaults,
    );
    expect(state).toEqual({
      page: 3,
      pageSize: 50,
      sort: { id: "articleNumber", dir: "asc" },
      filters: { articleNumber: "wg18" },
    });
    expect(toSkipTake(state)).toEqual({ skip: 100, take: 50 });
  });
  it("falls back to the defaults for anything unknown or malformed, without throwing", () => {
    const bad = {
      page: "-1",
      size: "1000",
      sort: "password.asc",
      "f.unknown": "x",
      "f.pdf": "x",
      "f.deliveryDate": "   ",
    };
    expect(parseGridState(bad, columns, defaults)).toEqual({
      page: 1,
      pageSize: 20,
      sort: defaults.sort,
      filters: {},
    });
    for (const params of [
      { page: "abc" },
      { page: "1e9" },
      { sort: "articleNumber.up" },
      { sort: "pdf.asc" },
      { sort: "." },
      { size: ["x", "50"] },
    ]) {
      expect(() => parseGridState(params, columns, defaults)).not.toThrow();
    }
    expect(parseGridState({ page: "999999" }, columns).page).toBe(100_000);
    expect(parseGridState({ page: ["2", "5"] }, columns).page).toBe(2);
  });
  it("cuts filter text at 100 characters", () => {
    const state = parseGridState({ "f.articleNumber": "x".repeat(500) }, columns);
    expect(state.filters.articleNumber).toHaveLength(100);
  });
  it("drops control characters (a pasted NUL would make PostgreSQL refuse the query)", () => {
    const state = parseGridState(
      { "f.articleNumber": "52\u00009\u001f ", "f.deliveryDate": "\u0000" },
      columns,
    );
    expect(state.filters).toEqual({ articleNumber: "529" });
  });
  it("keeps two grids on one page apart with a prefix", () => {
    const params = {
      page: "2",
      "g2.page": "4",
      "g2.f.articleNumber": "abc",
      "f.articleNumber": "def",
      "g2.group": "articleNumber",
    };
    expect(parseGridState(params, columns, { prefix: "g2." })).toMatchObject({
      page: 4,
      filters: { articleNumber: "abc" },
    });
    expect(parseGridState(params, columns)).toMatchObject({ page: 2, filters: { articleNumber: "def" } });
    expect(parseGroup(params, columns, "g2.")).toBe("articleNumber");
    expect(parseGroup({ group: "nope" }, columns)).toBeNull();
  });
  it("round-trips through the URL", () => {
    const state = {
      page: 2,
      pageSize: 100,
      sort: { id: "articleNumber", dir: "desc" as const },
      filters: { articleNumber: "a&b=c" },
    };
    const params = gridStateToSearchParams(state, "g2.");
    expect(parseGridState(Object.fromEntries(params), columns, { prefix: "g2." })).toEqual(state);
  });
});

describe("applyGridPatch", () => {
  it("keeps other params and goes back to page 1 on a new filter, sort or size", () => {
    const current = "tab=open&page=3&f.articleNumber=wg&g2.page=2";
    expect(applyGridPatch(current, { filter: { id: "deliveryDate", text: " 2020 " } }).toString()).toBe(
      "tab=open&f.articleNumber=wg&g2.page=2&f.deliveryDate=2020",
    );
    expect(applyGridPatch(current, { filter: { id: "articleNumber", text: "" } }).toString()).toBe(
      "tab=open&g2.page=2",
    );
    expect(applyGridPatch(current, { sort: { id: "articleNumber", dir: "asc" } }).get("page")).toBeNull();
    expect(applyGridPatch(current, { size: 50 }).toString()).toBe(
      "tab=open&f.articleNumber=wg&g2.page=2&size=50",
    );
    expect(applyGridPatch(current, { page: 4 }).get("page")).toBe("4");
    expect(applyGridPatch(current, { group: "articleNumber" }).get("page")).toBe("3");
    expect(applyGridPatch(current, { clearFilters: true }).toString()).toBe("tab=open&g2.page=2");
    expect(applyGridPatch(current, { page: 1 }, "g2.").toString()).toBe("tab=open&page=3&f.articleNumber=wg");
  });
  it("cycles a header's sort asc → desc → asc", () => {
    expect(nextSort(null, "a")).toEqual({ id: "a", dir: "asc" });
    expect(nextSort({ id: "a", dir: "asc" }, "a")).toEqual({ id: "a", dir: "desc" });
    expect(nextSort({ id: "a", dir: "desc" }, "a")).toEqual({ id: "a", dir: "asc" });
    expect(nextSort({ id: "b", dir: "asc" }, "a")).toEqual({ id: "a", dir: "asc" });
  });
});
