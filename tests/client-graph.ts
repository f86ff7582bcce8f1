import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { NAMESPACES } from "../lib/i18n/messages";
import { ROOT } from "./source-files";

// Which message namespaces the browser needs for a page or layout, read from the source: follow
// the file's imports (the project's own: "@/…" and "./…"); from the first "use client" module on,
// every module reached runs in the browser, and each namespace it names counts —
// useTranslations("ns…"), or any string literal "ns.key" (a key for t(), a zod message that
// useMessageText translates).
// Used by lib/i18n/client-namespaces.unit.test.ts; plain file reads, no build.

const EXTENSIONS = [".tsx", ".ts", "/index.tsx", "/index.ts"];

function resolveImport(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(ROOT, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier);
  else return null;
  if (existsSync(base) && statSync(base).isFile()) return base;
  for (const ext of EXTENSIONS) if (existsSync(base + ext)) return base + ext;
  return null;
}

const sources = new Map<string, string>();
function source(file: string): string {
  let text = sources.get(file);
  if (text === undefined) {
    text = readFileSync(file, "utf8");
    sources.set(file, text);
  }
  return text;
}

function imports(file: string): string[] {
  const found: string[] = [];
  for (const match of source(file).matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"/g)) {
    if (/(?:^|\n)\s*(?:import|export)\s+type\s/.test(match[0])) continue; // types only: nothing runs
    const resolved = resolveImport(file, match[1]!);
    if (resolved && /\.tsx?$/.test(resolved)) found.push(resolved);
  }
  return found;
}

export function isClientModule(file: string): boolean {
  return /^\s*["']use client["']/.test(source(file));
}

/** Server actions and server-only modules: the browser gets a reference (or nothing), never their code. */
function staysOnServer(file: string): boolean {
  return /^\s*["']use server["']/.test(source(file)) || /^import "server-only";/m.test(source(file));
}

const KEY = new RegExp(`["'\`](${NAMESPACES.join("|")})\\.[A-Za-z]`, "g");

export function namespacesNamed(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(/useTranslations\(\s*"([A-Za-z]+)/g)) found.add(match[1]!);
  for (const match of text.matchAll(KEY)) found.add(match[1]!);
  return [...found];
}

/** The namespaces the browser needs for what this file (a path from the root) renders, sorted. */
export function clientNamespaces(entry: string): string[] {
  const needed = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string, inClient: boolean) => {
    const client = inClient || isClientModule(file);
    if (client && staysOnServer(file)) return;
    const key = `${client}:${file}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (client) for (const ns of namespacesNamed(source(file))) needed.add(ns);
    for (const next of imports(file)) visit(next, client);
  };
  visit(path.join(ROOT, entry), false);
  return [...needed].sort();
}
