import { readdirSync } from "node:fs";
import path from "node:path";

// Every page route of the app, read from the file system: app/**/page.tsx with route groups
// like "(portal)" left out, so a page added later shows up here without anyone listing it.
export function appPageRoutes(appDir = path.join(process.cwd(), "app")): string[] {
  const routes: string[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        const isGroup = entry.name.startsWith("(") && entry.name.endsWith(")");
        walk(path.join(dir, entry.name), isGroup ? segments : [...segments, entry.name]);
      } else if (entry.name === "page.tsx") {
        routes.push(`/${segments.join("/")}`);
      }
    }
  };
  walk(appDir, []);
  return routes.sort();
}
