import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { actionIds } from "./server-action";

// Everything a request can reach, discovered rather than listed: every page (page.tsx) and
// route handler (route.ts) under app/, and every server action (the exports of "use server"
// files, plus whatever the build's manifest registers). The isolation suite must have a case
// for each key, so a page or action added later fails the suite until someone decides its case.

/** "page /warranty/[claim]", "route /returns/[rma]/form.pdf", "action lib/returns/actions.ts#submitReturnRequestAction". */
export type TInventoryKey = string;

const ROOT = process.cwd();
const SKIP_DIRS = new Set(["node_modules", "generated"]);

/** Pages and route handlers under app/, as URL patterns (route groups like "(portal)" dropped). */
export function appRoutes(appDir = path.join(ROOT, "app")): TInventoryKey[] {
  const keys: TInventoryKey[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        // Note: "_folders" are private (never routed); "(groups)" add no URL segment.
        if (entry.name.startsWith("_")) continue;
        const isGroup = entry.name.startsWith("(") && entry.name.endsWith(")");
        walk(path.join(dir, entry.name), isGroup ? segments : [...segments, entry.name]);
      } else if (/^page\.(tsx|ts|jsx|js|mdx)$/.test(entry.name)) {
        keys.push(`page /${segments.join("/")}`);
      } else if (/^route\.(ts|js)$/.test(entry.name)) {
        keys.push(`route /${segments.join("/")}`);
      }
    }
  };
  walk(appDir, []);
  return keys.sort();
}

/** Files starting with "use server" under app/, lib/ and components/, with their exported names. */
export function sourceActions(): TInventoryKey[] {
  const keys: TInventoryKey[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith(".")) walk(full);
        continue;
      }
      if (!/\.(ts|tsx)$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) continue;
      const text = readFileSync(full, "utf8");
      if (!/^\s*(?:\/\/[^\n]*\n\s*)*["']use server["']/.test(text)) continue;
      const file = path.relative(ROOT, full).split(path.sep).join("/");
      for (const match of text.matchAll(/^export\s+(?:async\s+)?(?:const|let|function)\s+(\w+)/gm))
        keys.push(`action ${file}#${match[1]}`);
      for (const match of text.matchAll(/^export\s*\{([^}]+)\}/gm)) {
        for (const name of match[1]!.split(","))
          keys.push(
            `action ${file}#${name
              .trim()
              .split(/\s+as\s+/)
              .pop()}`,
          );
      }
    }
  };
  for (const dir of ["app", "lib", "components"]) walk(path.join(ROOT, dir));
  return keys.sort();
}

/** The actions the production build registers (server-reference-manifest.json). */
export function builtActions(distDir?: string): TInventoryKey[] {
  return actionIds(distDir)
    .map((a) => `action ${a.file}#${a.name}`)
    .sort();
}

/** Every page, route handler and server action: the union of the source walk and the build. */
export function inventory(distDir?: string): TInventoryKey[] {
  return [...new Set([...appRoutes(), ...sourceActions(), ...builtActions(distDir)])].sort();
}
