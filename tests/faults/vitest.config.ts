import path from "node:path";
import { defineConfig } from "vitest/config";

// The fault suite (npm run test:faults, scripts/test-faults.mjs): PostgreSQL only, one file at a
// time (they share the private cluster, and one restarts it), with long timeouts for servers.
const root = path.resolve(import.meta.dirname, "../..");

export default defineConfig({
  root,
  resolve: { alias: { "@": root, "server-only": path.resolve(root, "tests/empty-module.ts") } },
  test: {
    name: "faults",
    include: ["tests/faults/**/*.fault.ts"],
    setupFiles: ["tests/setup-db.ts"],
    globalSetup: ["tests/global-setup-postgres.ts", "tests/invariants-summary.ts"],
    env: { TEST_DB_KIND: "postgres" },
    pool: "forks",
    fileParallelism: false,
    testTimeout: 150_000,
    hookTimeout: 120_000,
  },
});
