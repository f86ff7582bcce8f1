import { afterEach, describe, expect, it } from "vitest";
import { findChromium } from "./chromium.mjs";

// Which Chromium e2e drives; without one, a message that names both ways to get one.
const saved = process.env.CHROMIUM_PATH;
afterEach(() => {
  if (saved === undefined) delete process.env.CHROMIUM_PATH;
  else process.env.CHROMIUM_PATH = saved;
});

describe("findChromium", () => {
  it("takes CHROMIUM_PATH when it exists", () => {
    process.env.CHROMIUM_PATH = process.execPath;
    expect(findChromium()).toEqual({ executablePath: process.execPath });
  });

  it("without a Chromium, names both ways to get one", () => {
    process.env.CHROMIUM_PATH = "/nonexistent/chromium";
    const { error } = findChromium();
    expect(error).toContain("CHROMIUM_PATH=/nonexistent/chromium");
    expect(error).toContain("npx playwright install chromium");
    expect(error).toContain("apt-get install chromium");
  });
});
