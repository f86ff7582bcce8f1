import { availableParallelism } from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

// Unit and integration tests. Integration tests (`*.test.ts`) get a fresh, migrated database per
// file (tests/setup-db.ts): PGlite in memory, and PostgreSQL too when TEST_DATABASE_URL is set.
// Tests that need no database are named `*.unit.test.ts(x)` and run once, without one: their
// DATABASE_URL points at a closed port, so a unit test that touches the database fails loudly.
const alias = {
  "@": path.resolve(import.meta.dirname),
  "server-only": path.resolve(import.meta.dirname, "tests/empty-module.ts"),
};
const testFiles = (suffix: string) =>
  ["lib/**/*", "app/**/*", "components/**/*", "scripts/**/*", "bench/**/*"].flatMap((dir) => [
    `${dir}${suffix}.ts`,
    `${dir}${suffix}.tsx`,
  ]);
const UNIT_TESTS = testFiles(".unit.test");
const shared = {
  include: testFiles(".test"),
  exclude: UNIT_TESTS,
  setupFiles: ["tests/setup-db.ts"],
  testTimeout: 30_000,
  hookTimeout: 60_000,
};

const projects = [
  {
    resolve: { alias },
    test: {
      name: "unit",
      include: UNIT_TESTS,
      env: { DATABASE_URL: "postgres://unit-test@127.0.0.1:1/no-database" },
      testTimeout: 30_000,
    },
  },
  {
    resolve: { alias },
    test: {
      ...shared,
      name: "pglite",
      env: { TEST_DB_KIND: "pglite" },
      globalSetup: ["tests/global-setup-pglite.ts", "tests/invariants-summary.ts"],
    },
  },
];
if (process.env.TEST_DATABASE_URL) {
  projects.push({
    resolve: { alias },
    test: {
      ...shared,
      name: "postgres",
      env: { TEST_DB_KIND: "postgres" },
      globalSetup: ["tests/global-setup-postgres.ts", "tests/invariants-summary.ts"],
    } as never,
  });
}

// Note: Vitest's default is one worker per core minus one, so one on a 2-core machine; test files
// spend much of their time waiting on PostgreSQL, so they run two at a time per core.
export default defineConfig({
  test: { projects, pool: "forks", maxWorkers: Math.max(2, 2 * availableParallelism()) },
});
