import { parse } from "content-disposition";
import { expect, signInAs, test } from "../fixtures";
import { daysAgo, tinyJpeg, tinyPng } from "../warranty/files";

// An upload's name must not lie about what it is: a JPEG sent as "x.html", a PNG as "x.svg" and a
// name hiding its real extension behind a right-to-left override come back named by their real
// type, without control or format characters, on the claim page and in the download header.
test("uploaded files are offered under a name that matches their real type", async ({ page }) => {
  const files = [
    { name: "x.html", mimeType: "image/jpeg", buffer: tinyJpeg(), expected: "x.jpg" },
    { name: "x.svg", mimeType: "image/png", buffer: tinyPng(), expected: "x.png" },
    { name: "photo\u202egpj.exe", mimeType: "image/jpeg", buffer: tinyJpeg(), expected: "photogpj.jpg" },
  ];
  await signInAs(page, "dealer@demo.test");
  await page.goto("/warranty/new");
  await page.locator("#articleNumber").fill("WG");
  const option = page.getByRole("listbox", { name: "Geleverde artikelen" }).getByRole("option").first();
  await expect(option).toBeVisible();
  await option.click();
  await page.locator("#serialNumber").fill("SN-NAMES-1");
  await page.locator("#vehicleMake").fill("Ford");
  await page.locator("#vehicleModel").fill("Transit");
  await page.locator("#vehicleYear").fill("2019");
  await page.locator("#vin").fill("WF0XXXTTGXKA00001");
  await page.locator("#engineCode").fill("YMFS");
  await page.locator("#mileageAtFitting").fill("100000");
  await page.locator("#mileageAtFailure").fill("110000");
  await page.locator("#fittingDate").fill(daysAgo(100));
  await page.locator("#failureDate").fill(daysAgo(2));
  await page.locator("#fittedBy").fill("Garage Dupont");
  await page.locator("#complaint").fill(`Bestandsnamen (${Date.now()})`);
  await page
    .locator("#files")
    .setInputFiles(files.map(({ name, mimeType, buffer }) => ({ name, mimeType, buffer })));
  await page.getByRole("button", { name: "Garantieaanvraag versturen" }).click();
  await page.waitForURL(/\/warranty\/MAS\d{8}\?filed=1$/);

  const links = page.getByTestId("claim-attachments").getByRole("link");
  await expect(links).toHaveCount(files.length);
  const shown = (await links.allTextContents()).map((text) => text.trim());
  for (const file of files) {
    expect(
      shown.some((text) => text.includes(file.expected)),
      `${JSON.stringify(file.name)} shown as ${file.expected}`,
    ).toBe(true);
    const href = await links.filter({ hasText: file.expected }).first().getAttribute("href");
    const response = await page.request.get(href!);
    expect(response.headers()["content-type"]).toBe(file.mimeType);
    expect(parse(response.headers()["content-disposition"]!).parameters.filename).toBe(file.expected);
  }
  expect(shown.join(" ")).not.toMatch(/[\p{Cc}\p{Cf}]/u);
});
