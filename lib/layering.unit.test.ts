import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, sourceFiles } from "@/tests/source-files";

// Where code may reach: pages and route handlers read through lib/<section>/queries (only the
// health check asks the database itself), lib never depends on UI components, and translation
// keys are type-checked (no `as never` to silence next-intl).
function sources(dir: string): Array<{ file: string; text: string }> {
  return sourceFiles(dir, (name) => /\.tsx?$/.test(name)).map((file) => ({
    file,
    text: readFileSync(path.join(ROOT, file), "utf8"),
  }));
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
