import { readdirSync } from "node:fs";
import path from "node:path";

/** The project's root, for the tests that read its sources. */
export const ROOT = path.resolve(import.meta.dirname, "..");

/** The files under a folder of the project whose name matches, as paths from the root (node_modules and generated code left out). */
export function sourceFiles(dir: string, match: (name: string) => boolean): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && match(entry.name))
    .filter((entry) => !/node_modules|generated/.test(entry.parentPath))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)));
}
