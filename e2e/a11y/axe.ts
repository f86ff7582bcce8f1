import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { BrowserContext, Page } from "@playwright/test";
import type { AxeResults, RunOptions } from "axe-core";

// axe-core over the whole page: every rule axe ships enabled (WCAG 2.x A/AA and best
// practices); only serious and critical findings count, one line per rule and element.
// Note: the axe-core that @axe-core/playwright brings is installed once per browser context
// as an init script. AxeBuilder would send its 1.3 MB source into every page twice and open a
// second page per scan to merge frame results: three times slower over 30 pages × 4 languages.
// The one frame (the outbox's e-mail preview) is a sandbox without scripts, so frames are left out.
const fromAxePlaywright = createRequire(createRequire(import.meta.url).resolve("@axe-core/playwright"));
const AXE_SOURCE = readFileSync(fromAxePlaywright.resolve("axe-core/axe.min.js"), "utf8");

export async function installAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: AXE_SOURCE });
}

export async function seriousViolations(page: Page, label: string): Promise<string[]> {
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> };
    };
    const result = await axe.run(document, { resultTypes: ["violations"], iframes: false });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target.join(" "), summary: n.failureSummary ?? "" })),
      }));
  });
  return violations.flatMap((v) =>
    v.nodes.map(
      (n) => `${label}: ${v.id} (${v.impact}) at ${n.target} — ${n.summary.split("\n")[1]?.trim() ?? v.help}`,
    ),
  );
}
