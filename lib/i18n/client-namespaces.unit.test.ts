import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES, NAMESPACES, STAFF_CLIENT_NAMESPACES } from "./messages";

// The browser gets only some namespaces (lib/i18n/messages.ts): a client component that asks for
// another one shows the raw key and logs MISSING_MESSAGE. Every namespace a client component
// names – useTranslations("ns…") or a literal key t("ns.…") – must be one its layout sends:
// the staff layout's set under app/staff, the root layout's set everywhere else.
const ROOT = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function namespacesUsed(source: string): string[] {
  const found = new Set<string>();
  for (const match of source.matchAll(/useTranslations\(\s*"([A-Za-z]+)/g)) found.add(match[1]!);
  if (/useTranslations\(\s*\)/.test(source)) {
    for (const match of source.matchAll(/\bt[A-Z]?\w*\(\s*"([A-Za-z]+)\.[A-Za-z]/g)) found.add(match[1]!);
  }
  return [...found];
}

const clientFiles = ["app", "components"]
  .flatMap((dir) => sourceFiles(path.join(ROOT, dir)))
  .filter((file) => /^["']use client["']/m.test(readFileSync(file, "utf8")));

describe("client components ask only for the wording their layout sends", () => {
  it("finds namespaces in a source the way the check reads them", () => {
    expect(namespacesUsed('const t = useTranslations("email.staffOutbox");').sort()).toEqual(["email"]);
    expect(
      namespacesUsed('const t = useTranslations(); t("errors.required"); tAll("returns.reason")').sort(),
    ).toEqual(["errors", "returns"]);
  });

  it.each(clientFiles.map((file) => [path.relative(ROOT, file)]))("%s", (file) => {
    const allowed: readonly string[] = file.startsWith(`app${path.sep}staff${path.sep}`)
      ? STAFF_CLIENT_NAMESPACES
      : CLIENT_NAMESPACES;
    const used = namespacesUsed(readFileSync(path.join(ROOT, file), "utf8")).filter((ns) =>
      (NAMESPACES as readonly string[]).includes(ns),
    );
    expect(used.filter((ns) => !allowed.includes(ns))).toEqual([]);
  });
});
