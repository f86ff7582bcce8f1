import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clientNamespaces, namespacesNamed } from "@/tests/client-graph";
import { ROOT, sourceFiles } from "@/tests/source-files";
import { SHELL_NAMESPACES, STAFF_CLIENT_NAMESPACES } from "./messages";

// The browser gets only the wording its client components use (issue 22: a dealer page carried
// every dealer namespace, ≈ 33 KB, in its RSC payload). The root layout sends the shell's
// (SHELL_NAMESPACES: the language switch, the error and not-found pages); a dealer or login page
// adds exactly what its own client components name with <ClientMessages namespaces={[…]}>
// (components/layout/client-messages.tsx); the staff dashboard's layout sends its own set. A client
// component that asks for a namespace not sent would show the raw key: these checks read each
// route file's imports (tests/client-graph.ts) and fail first.
const ROUTE_FILES = /^(page|layout|error|not-found|loading|global-error)\.tsx$/;
const routes = sourceFiles("app", (name) => ROUTE_FILES.test(name));
const isStaff = (file: string) => file.startsWith(`app${path.sep}staff${path.sep}`);

/** The namespaces a page sends with <ClientMessages namespaces={[…]}>, or null without one. */
function declared(file: string): string[] | null {
  const match = /<ClientMessages\s+namespaces=\{\[([^\]]*)\]\}/.exec(
    readFileSync(path.join(ROOT, file), "utf8"),
  );
  return match ? [...match[1]!.matchAll(/"([A-Za-z]+)"/g)].map((m) => m[1]!).sort() : null;
}

const needed = clientNamespaces;

describe("each page sends the browser exactly the wording its client components use", () => {
  it("reads the namespaces a source names the way the check counts them", () => {
    expect(namespacesNamed('const t = useTranslations("email.staffOutbox");')).toEqual(["email"]);
    expect(
      namespacesNamed(
        'const t = useTranslations(); t("errors.required"); z.string({ message: "returns.reason" })',
      ).sort(),
    ).toEqual(["errors", "returns"]);
  });

  it("follows imports into client modules, and not into server actions", () => {
    // The open lines page: the grid ("grid"), its own cells ("orders", "desk"); the acknowledge
    // button's server action (lib/orders, "use server") names error keys that stay on the server.
    expect(needed("app/(portal)/orders/open/page.tsx")).toEqual(["desk", "grid", "orders"]);
  });

  it.each(routes.filter((f) => !isStaff(f) && /page\.tsx$/.test(f)).map((f) => [f]))("%s", (file) => {
    const beyondShell = needed(file).filter((ns) => !SHELL_NAMESPACES.includes(ns));
    expect(declared(file) ?? [], "<ClientMessages namespaces={[…]}> in the page").toEqual(beyondShell);
  });

  it.each(routes.filter((f) => !isStaff(f) && !/page\.tsx$/.test(f)).map((f) => [f]))("%s", (file) => {
    expect(needed(file).filter((ns) => !SHELL_NAMESPACES.includes(ns))).toEqual([]);
  });

  it.each(routes.filter(isStaff).map((f) => [f]))("%s", (file) => {
    expect(needed(file).filter((ns) => !STAFF_CLIENT_NAMESPACES.includes(ns))).toEqual([]);
  });
});
