import { describe, expect, it } from "vitest";
import { HOSTILE_STRINGS } from "@/e2e/trust/hostile-inputs";
import { unstorablePaths } from "./unstorable";

// What every server action refuses before its schema runs: text PostgreSQL cannot store.
describe("unstorablePaths", () => {
  it("finds NUL characters and lone surrogates at any depth, and nothing else", () => {
    expect(unstorablePaths({ a: "ok", b: ["fine", { c: "x\u0000" }], d: "\uD800", e: 1, f: null })).toEqual([
      "b.1.c",
      "d",
    ]);
    expect(unstorablePaths("\uDC00")).toEqual(["_form"]);
    const flagged = HOSTILE_STRINGS.filter((h) => unstorablePaths({ v: h.value }).length).map((h) => h.name);
    expect(flagged).toEqual(["NUL", "lone high surrogate", "lone low surrogate"]);
  });

  it("leaves files and other objects alone", () => {
    expect(unstorablePaths({ file: new Blob(["\u0000"]), when: new Date() })).toEqual([]);
  });
});
