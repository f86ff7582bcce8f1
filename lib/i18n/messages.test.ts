import { describe, expect, it } from "vitest";
import { LOCALES } from "./locales";
import { loadMessages } from "./messages";

// Every message exists in nl, fr, en and de, is not empty, and has the same placeholders.
function flatten(value: unknown, prefix = ""): Record<string, string> {
  if (typeof value === "string") return { [prefix]: value };
  return Object.assign({}, ...Object.entries(value as Record<string, unknown>).map(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k)));
}

function placeholders(message: string): string[] {
  const names = new Set<string>();
  for (const match of message.matchAll(/\{\s*([a-zA-Z0-9_]+)\s*[,}]/g)) names.add(match[1]!);
  return [...names].sort();
}

describe("translations", async () => {
  const all = Object.fromEntries(await Promise.all(LOCALES.map(async (l) => [l, flatten(await loadMessages(l))] as const)));
  const reference = all.nl!;

  it("have keys", () => expect(Object.keys(reference).length).toBeGreaterThan(100));

  for (const locale of LOCALES) {
    it(`${locale} has every key of the others, none empty, same placeholders`, () => {
      const problems: string[] = [];
      const keys = new Set(LOCALES.flatMap((l) => Object.keys(all[l]!)));
      for (const key of keys) {
        const message = all[locale]![key];
        if (message === undefined) problems.push(`missing ${key}`);
        else if (!message.trim()) problems.push(`empty ${key}`);
        else if (reference[key] !== undefined && placeholders(message).join() !== placeholders(reference[key]!).join()) problems.push(`placeholders differ in ${key}`);
      }
      expect(problems).toEqual([]);
    });
  }
});
