import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-callback";
import { HOSTILE_CALLBACKS, OWN_CALLBACKS } from "./safe-callback-cases";

/** Where a browser on the portal ends up when it follows `Location: <path>`. */
function browserTarget(path: string): URL {
  return new URL(path, "http://localhost:3000/login");
}

describe("safeCallbackPath", () => {
  it.each(HOSTILE_CALLBACKS.map((value) => [JSON.stringify(value), value]))(
    "sends %s to the role's home",
    (_label, value) => {
      expect(safeCallbackPath(value, "/")).toBe("/");
      expect(safeCallbackPath(value, "/staff")).toBe("/staff");
    },
  );

  it.each(OWN_CALLBACKS.map(([value, expected]) => [value, expected]))("keeps %s", (value, expected) => {
    expect(safeCallbackPath(value)).toBe(expected);
    expect(browserTarget(safeCallbackPath(value)).host).toBe("localhost:3000");
  });

  it("never answers a path that a browser reads as another host", () => {
    const pieces = [
      "/",
      "\\",
      "//",
      "/\\",
      ".",
      "..",
      "%2e",
      "%2f",
      "%5c",
      "\t",
      "\n",
      "evil.test",
      "@",
      ":",
      "?",
      "#",
    ];
    for (const a of pieces)
      for (const b of pieces)
        for (const c of pieces) {
          const answer = safeCallbackPath(`${a}${b}${c}evil.test`);
          expect(browserTarget(answer).host, JSON.stringify(`${a}${b}${c}`)).toBe("localhost:3000");
        }
  });

  it("refuses non-strings and very long values", () => {
    expect(safeCallbackPath(undefined)).toBe("/");
    expect(safeCallbackPath(["/returns"])).toBe("/");
    expect(safeCallbackPath(`/${"a".repeat(3000)}`)).toBe("/");
  });
});
