import { describe, expect, it } from "vitest";
import errors from "./messages/nl/errors.json";
import warranty from "./messages/nl/warranty.json";
import { isMessageKey } from "./translate";

// Form errors carry either a translation key (zod) or text the server already translated.
describe("isMessageKey", () => {
  const messages = { errors, warranty };

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
});
