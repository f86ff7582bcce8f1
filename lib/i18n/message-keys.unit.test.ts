import compile from "icu-minify/compile";
import { describe, expect, it } from "vitest";
import { isMessageKey, type TAppMessages } from "./message-keys";
import errors from "./messages/nl/errors.json";
import returns from "./messages/nl/returns.json";
import warranty from "./messages/nl/warranty.json";

/** A namespace as the build delivers it: each message precompiled (next.config.mjs). */
function precompiled(value: unknown): unknown {
  if (typeof value === "string") return compile(value);
  return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, precompiled(v)]));
}

// Form errors carry either a translation key (zod) or text the server already translated.
describe("isMessageKey", () => {
  const messages = { errors, warranty, returns } as unknown as TAppMessages;

  it("knows a key that names a message", () => {
    expect(isMessageKey(messages, "errors.required")).toBe(true);
    expect(isMessageKey(messages, "warranty.checks.oilPressure")).toBe(true);
  });

  it("refuses translated text, a namespace, a missing key and inherited properties", () => {
    expect(isMessageKey(messages, "Dit veld is verplicht.")).toBe(false);
    expect(isMessageKey(messages, "warranty.checks")).toBe(false);
    expect(isMessageKey(messages, "errors.nope")).toBe(false);
    expect(isMessageKey(messages, "errors.constructor")).toBe(false);
    expect(isMessageKey(messages, "")).toBe(false);
  });

  // Note: the build precompiles the messages; one with arguments then is an array, not a string,
  // and must still count as a message, or the error "Only {remaining} left of {article}" would
  // reach the dealer as its key.
  it("knows a message the build precompiled, with arguments or without", () => {
    const built = precompiled({ errors, warranty, returns }) as TAppMessages;
    expect(Array.isArray(built.returns.onlyNLeft)).toBe(true);
    expect(isMessageKey(built, "returns.onlyNLeft")).toBe(true);
    expect(isMessageKey(built, "returns.onlyNLeft.0")).toBe(false); // a part of a compiled message
    expect(isMessageKey(built, "errors.required")).toBe(true);
    expect(isMessageKey(built, "warranty.checks")).toBe(false);
    expect(isMessageKey(built, "returns.nope")).toBe(false);
  });
});
