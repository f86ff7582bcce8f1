// Row selection helpers: across pages, and robust to damaged storage or bad answers.
import { describe, expect, it } from "vitest";
import { addIds, parseStoredIds, readIdsResponse, setPageSelection, toggleId } from "./selection";

describe("grid selection", () => {
  it("survives paging: selecting a page adds to, and clearing it keeps, other pages' lines", () => {
    const selected = ["1", "2"];
    expect(setPageSelection(selected, ["3", "2", "4"], true)).toEqual(["1", "2", "3", "4"]);
    expect(setPageSelection(["1", "2", "3"], ["2", "3"], false)).toEqual(["1"]);
    expect(toggleId(["1"], "2")).toEqual(["1", "2"]);
    expect(toggleId(["1", "2"], "1")).toEqual(["2"]);
    expect(addIds(["1"], ["1", "5", "5"])).toEqual(["1", "5"]);
  });
  it("treats a damaged stored selection or a bad server answer as nothing", () => {
    expect(parseStoredIds(null)).toEqual([]);
    expect(parseStoredIds("{oops")).toEqual([]);
    expect(parseStoredIds('{"a":1}')).toEqual([]);
    expect(parseStoredIds('["1",2,"3"]')).toEqual(["1", "3"]);
    expect(readIdsResponse({ ids: ["7", null] })).toEqual(["7"]);
    expect(readIdsResponse({ error: "x" })).toBeNull();
    expect(readIdsResponse(null)).toBeNull();
  });
});
