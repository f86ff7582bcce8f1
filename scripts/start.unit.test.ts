import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// A production start (DATABASE_URL set) without APP_URL would mail links to localhost: it refuses
// to start, before touching the database.
describe("npm start", () => {
  it("refuses to start on PostgreSQL without APP_URL", () => {
    const env = {
      ...process.env,
      DATABASE_URL: "postgres://nobody@127.0.0.1:1/none",
      APP_URL: "",
      SKIP_BUILD: "1",
    };
    const result = spawnSync(process.execPath, ["scripts/start.mjs"], {
      env,
      encoding: "utf8",
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("APP_URL must be set");
  });
});
