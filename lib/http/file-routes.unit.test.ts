import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, sourceFiles } from "@/tests/source-files";

// Every file the portal hands a signed-in user goes through lib/http: a route that builds its own
// file answer would miss one of the headers (nosniff, no-store) or mangle a non-ASCII file name.
// JSON for the portal's own scripts, and the ERP API, auth and health routes.
const NOT_FILE_ROUTES = ["app/api/", "app/(portal)/returns/new/ids/", "app/(portal)/warranty/new/articles/"];

const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");

describe("file answers", () => {
  const fileRoutes = sourceFiles("app", (name) => name === "route.ts").filter(
    (file) => !NOT_FILE_ROUTES.some((prefix) => file.startsWith(prefix)),
  );

  it("finds the portal's PDF, CSV and document routes", () => {
    expect(fileRoutes.length).toBeGreaterThanOrEqual(12);
  });

  it("are all built by dealerFile or staffFile", () => {
    const own = fileRoutes.filter((file) => !/export const GET = (dealerFile|staffFile)\b/.test(read(file)));
    expect(own).toEqual([]);
  });

  it("set Content-Disposition and nosniff only in lib/http", () => {
    const isCode = (name: string) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name);
    const code = [...sourceFiles("app", isCode), ...sourceFiles("lib", isCode)].filter(
      (file) => !file.startsWith("lib/http/"),
    );
    const builders = code.filter((file) => /content-disposition|x-content-type-options/i.test(read(file)));
    expect(builders).toEqual([]);
  });
});
