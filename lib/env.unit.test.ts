import { describe, expect, it } from "vitest";
import { readEnv } from "./env";

// Mail links go to APP_URL: without it, to the port the portal serves on, not a fixed 3000.
describe("APP_URL", () => {
  it("defaults to the address npm start serves on", () => {
    expect(readEnv({ PORT: "3300" }).APP_URL).toBe("http://localhost:3300");
    expect(readEnv({}).APP_URL).toBe("http://localhost:3000");
  });

  it("keeps the address it is given", () => {
    expect(readEnv({ PORT: "3300", APP_URL: "https://portal.example.com" }).APP_URL).toBe(
      "https://portal.example.com",
    );
  });
});
