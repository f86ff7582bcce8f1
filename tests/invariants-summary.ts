import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import type { TestProject } from "vitest/node";

// Collects the invariant checks that tests/setup-db.ts runs after each database test file and
// prints one line for the project at the end of the run (violations fail their own file).
declare module "vitest" {
  export interface ProvidedContext {
    invariantLog: string;
  }
}

export type TInvariantRun = { file: string; checks: number; violations: number };

export default function setup(project: TestProject) {
  const log = `.data/test/invariants-${project.name}.jsonl`;
  mkdirSync(".data/test", { recursive: true });
  rmSync(log, { force: true });
  project.provide("invariantLog", log);
  return () => {
    if (!existsSync(log)) return;
    const runs = readFileSync(log, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as TInvariantRun);
    const checks = Math.max(0, ...runs.map((r) => r.checks));
    const violations = runs.reduce((sum, r) => sum + r.violations, 0);
    const failed = runs.filter((r) => r.violations > 0).map((r) => r.file);
    console.log(
      `Invariants: ${checks} checks, ${violations} violations (after each of ${runs.length} ${project.name} test files)` +
        (failed.length ? `; broken after ${failed.join(", ")}` : ""),
    );
  };
}
