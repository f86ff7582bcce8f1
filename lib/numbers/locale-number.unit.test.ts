import { describe, expect, it } from "vitest";
import { normalizeIntegerText, parseLocaleDecimal, parseLocaleInteger } from "./locale-number";

describe("whole numbers typed in the user's locale", () => {
  it.each([
    ["nl", "182.500", 182500],
    ["nl", "182500", 182500],
    ["nl", "182 500", 182500],
    ["nl", "182\u00a0500", 182500],
    ["nl", "1.234.567", 1234567],
    ["nl", " 15 ", 15],
    ["nl", "0", 0],
    ["de", "182.500", 182500],
    ["de", "182 500", 182500],
    ["fr", "182 500", 182500],
    ["fr", "182\u202f500", 182500],
    ["fr", "182.500", 182500],
    ["en", "182,500", 182500],
    ["en", "182 500", 182500],
    ["en", "182500", 182500],
    ["en", "1,234,567", 1234567],
  ] as const)("%s reads %j as %d", (locale, text, value) => {
    expect(parseLocaleInteger(text, locale)).toBe(value);
  });

  it.each([
    ["nl", "182,500"],
    ["nl", "1.5"],
    ["nl", "18.25"],
    ["nl", "1.2345"],
    ["nl", "12a"],
    ["nl", ""],
    ["nl", "1..000"],
    ["de", "182,5"],
    ["fr", "182,500"],
    ["en", "182.500"],
    ["en", "1,50"],
    ["en", "1,000.000"],
    ["nl", "1.000 000"],
    ["nl", "1234567890123456"],
  ] as const)("%s refuses %j", (locale, text) => {
    expect(parseLocaleInteger(text, locale)).toBeNull();
  });

  it("groups with any separator when no locale is known (a grid search box)", () => {
    expect(["182.500", "182,500", "182 500", "182500"].map((text) => parseLocaleInteger(text))).toEqual([
      182500, 182500, 182500, 182500,
    ]);
    expect(parseLocaleInteger("1.5")).toBeNull();
    expect(parseLocaleInteger("-5")).toBe(-5);
  });

  it("hands a form's schema the plain digits, or the text as typed so the schema refuses it", () => {
    expect(normalizeIntegerText("182.500", "nl")).toBe("182500");
    expect(normalizeIntegerText("182,500", "en")).toBe("182500");
    expect(normalizeIntegerText("182,5", "nl")).toBe("182,5");
    expect(normalizeIntegerText("", "nl")).toBe("");
    expect(normalizeIntegerText(undefined, "nl")).toBe("");
  });
});

describe("decimals typed in the user's locale", () => {
  it.each([
    ["nl", "1.165,50", "1165.50"],
    ["nl", "1165,5", "1165.5"],
    ["nl", "1165", "1165"],
    ["nl", "-12,50", "-12.50"],
    ["de", "1.165,00", "1165.00"],
    ["fr", "1 165,00", "1165.00"],
    ["fr", "1.165,00", "1165.00"],
    ["en", "1,165.50", "1165.50"],
    ["en", "1165.5", "1165.5"],
    ["nl", "-0,00", "0.00"],
  ] as const)("%s reads %j as %s", (locale, text, value) => {
    expect(parseLocaleDecimal(text, locale)).toBe(value);
  });

  it.each([
    ["nl", "1,165.50"],
    ["en", "1.165,50"],
    ["nl", "12,"],
    ["nl", "1,2,3"],
    ["de", "abc"],
  ] as const)("%s refuses %j", (locale, text) => {
    expect(parseLocaleDecimal(text, locale)).toBeNull();
  });
});
