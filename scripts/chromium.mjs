// Which Chromium the e2e tests drive: CHROMIUM_PATH when set; else Playwright's own Chromium
// when `npm install` could download it (scripts/install-chromium.mjs); else the system's
// /usr/bin/chromium (Debian's `chromium` package: our machines and CI can't download browsers).
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const SYSTEM_CHROMIUM = "/usr/bin/chromium";

/** `{ executablePath }` for Playwright's launch options (undefined: Playwright's own), or `{ error }`. */
export function findChromium() {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen && existsSync(chosen)) return { executablePath: chosen };
  if (!chosen && existsSync(chromium.executablePath())) return { executablePath: undefined };
  if (!chosen && existsSync(SYSTEM_CHROMIUM)) return { executablePath: SYSTEM_CHROMIUM };
  return {
    error:
      `${chosen ? `No Chromium at CHROMIUM_PATH=${chosen}` : "No Chromium for the e2e tests"}. ` +
      "Either download " +
      "Playwright's: `npx playwright install chromium`, or install a system Chromium and set CHROMIUM_PATH " +
      `to it (Debian: \`apt-get install chromium\`, found at ${SYSTEM_CHROMIUM} without CHROMIUM_PATH).`,
  };
}
