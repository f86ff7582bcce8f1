import compile from "icu-minify/compile";
import { describe, expect, it } from "vitest";
import { LOCALES, type TLocale } from "./locales";
import { loadMessages } from "./messages";

// Every message exists in nl, fr, en and de, is not empty, has the same placeholders, and is
// translated: a value equal to another language's is left untranslated unless every word of
// it is one that languages share (below, each one checked by hand).
const SHARED_WORDS = new Set([
  // nl/fr/en/de alike, or loanwords the trade uses as they are
  "status",
  "pdf",
  "erp",
  "code",
  "tokens",
  "intercooler",
  "max",
  "label",
  "barcode",
  "dealer",
  "portal",
  "home",
  "open",
  "model",
  "document",
  "documents",
  "date",
  "total",
  "pagination",
  "actions",
  "action",
  "article",
  "message",
  "name",
  "optional",
  "rma",
  "kg",
  "webhook",
  "http",
  "ms",
  // French = English
  "photos",
  // Dutch = German
  "ja",
  "datum",
  "artikelnummer",
  "artikel",
  "retouren",
  "alle",
  "gewicht",
  "nummer",
  // French = German, and Dutch = French = German
  "adresse",
  "garantie",
]);

/** Messages of `locale` that read exactly as another language's, other than shared words. */
function untranslated(all: Record<TLocale, Record<string, string>>, locale: TLocale): string[] {
  const problems: string[] = [];
  for (const [key, message] of Object.entries(all[locale])) {
    const words =
      message
        .replace(/\{[^}]*\}/g, " ")
        .toLowerCase()
        .match(/\p{L}+/gu) ?? [];
    if (words.every((word) => SHARED_WORDS.has(word))) continue;
    const same = LOCALES.filter((other) => other !== locale && all[other][key] === message);
    if (same.length) problems.push(`${key} is the ${same.join("/")} text: ${JSON.stringify(message)}`);
  }
  return problems;
}

/** Messages that code reads as text: components/layout/info-document.tsx, lib/staff/audit/words.ts. */
const RAW_READ_PREFIXES = [
  "info.terms.sections.",
  "info.manual.sections.",
  "auditTrail.",
  "warranty.checks.",
];

function flatten(value: unknown, prefix = ""): Record<string, string> {
  if (typeof value === "string") return { [prefix]: value };
  return Object.assign(
    {},
    ...Object.entries(value as Record<string, unknown>).map(([k, v]) =>
      flatten(v, prefix ? `${prefix}.${k}` : k),
    ),
  );
}

function placeholders(message: string): string[] {
  const names = new Set<string>();
  for (const match of message.matchAll(/\{\s*([a-zA-Z0-9_]+)\s*[,}]/g)) names.add(match[1]!);
  return [...names].sort();
}

describe("translations", async () => {
  const all = Object.fromEntries(
    await Promise.all(LOCALES.map(async (l) => [l, flatten(await loadMessages(l))] as const)),
  ) as Record<TLocale, Record<string, string>>;
  const reference = all.nl;

  it("have keys", () => expect(Object.keys(reference).length).toBeGreaterThan(100));

  for (const locale of LOCALES) {
    it(`${locale} has every key of the others, none empty, same placeholders`, () => {
      const problems: string[] = [];
      const keys = new Set(LOCALES.flatMap((l) => Object.keys(all[l])));
      for (const key of keys) {
        const message = all[locale][key];
        if (message === undefined) problems.push(`missing ${key}`);
        else if (!message.trim()) problems.push(`empty ${key}`);
        else if (
          reference[key] !== undefined &&
          placeholders(message).join() !== placeholders(reference[key]!).join()
        )
          problems.push(`placeholders differ in ${key}`);
      }
      expect(problems).toEqual([]);
    });

    it(`${locale} is translated: no value copied from another language`, () => {
      expect(untranslated(all, locale)).toEqual([]);
    });

    // Note: the build precompiles every message (next.config.mjs, next-intl's precompile, with
    // icu-minify), so a message that is not valid ICU fails the build, e.g. literal braces
    // that are not quoted as '{' and '}'.
    it(`${locale}: every message is ICU the build can precompile`, () => {
      const problems: string[] = [];
      for (const [key, message] of Object.entries(all[locale])) {
        try {
          compile(message);
        } catch (error) {
          problems.push(`${key}: ${(error as Error).message} in ${JSON.stringify(message)}`);
        }
      }
      expect(problems).toEqual([]);
    });

    // Note: these are read as text, not through t() (the information pages' sections, the audit
    // trail's words, the warranty checks), so precompiling must leave them exactly as they are.
    it(`${locale}: the messages read as plain text stay that text when precompiled`, () => {
      const readAsText = Object.entries(all[locale]).filter(([key]) =>
        RAW_READ_PREFIXES.some((prefix) => key.startsWith(prefix)),
      );
      expect(readAsText.length).toBeGreaterThan(20);
      const changed = readAsText.filter(([, message]) => compile(message) !== message).map(([key]) => key);
      expect(changed).toEqual([]);
    });
  }

  it("finds a value copied from another language, and passes shared words", () => {
    const copied = {
      ...all.nl,
      "returns.confirm.submit": all.en["returns.confirm.submit"]!,
      "returns.columns.status": "Status",
    };
    expect(untranslated({ ...all, nl: copied }, "nl")).toEqual([
      `returns.confirm.submit is the en text: ${JSON.stringify(all.en["returns.confirm.submit"])}`,
    ]);
  });
});
