import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Where code may reach: pages and route handlers read through lib/<section>/queries (only the
// health check asks the database itself), lib never depends on UI components, and translation
// keys are type-checked (no `as never` to silence next-intl).
const ROOT = path.resolve(import.meta.dirname, "..");

function sources(dir: string): Array<{ file: string; text: string }> {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .filter((entry) => !/node_modules|generated/.test(entry.parentPath))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)))
    .map((file) => ({ file, text: readFileSync(path.join(ROOT, file), "utf8") }));
}
const app = sources("app");
const lib = sources("lib");
const isTest = (file: string) => /\.test\.tsx?$/.test(file);

describe("layering", () => {
  it("only the health check under app/ imports the database", () => {
    const queried = app.filter(({ text }) => /from "@\/lib\/db/.test(text)).map((s) => s.file);
    expect(queried).toEqual(["app/api/health/route.ts"]);
  });

  it("lib never imports components", () => {
    expect(lib.filter(({ text }) => /from "@\/components/.test(text)).map((s) => s.file)).toEqual([]);
  });

  it("translation keys are typed, not cast away", () => {
    const code = [...app, ...lib].filter(({ file }) => !isTest(file));
    const casts = code.filter(({ text }) => /as never/.test(text));
    expect(casts.map((s) => s.file)).toEqual([]);
  });
});
