import { parse } from "content-disposition";
import { expect, signInAs, test } from "../fixtures";
import { daysAgo, pdfText, tinyJpeg, tinyPdf, tinyPng } from "./files";

test("a dealer files a warranty claim with two photos and a PDF, and finds it back with its documents", async ({
  page,
}) => {
  const complaint = `Turbo fluit en verliest olie (${Date.now()})`;
  const files = [
    { name: "turbo-voorkant.jpg", mimeType: "image/jpeg", buffer: tinyJpeg() },
    { name: "turbo-as.png", mimeType: "image/png", buffer: tinyPng() },
    { name: "werkorder.pdf", mimeType: "application/pdf", buffer: tinyPdf() },
  ];
  await signInAs(page, "dealer@demo.test");
  await page.goto("/warranty/new");

  await page.locator("#articleNumber").fill("WG");
  const option = page.getByRole("listbox", { name: "Geleverde artikelen" }).getByRole("option").first();
  await expect(option).toBeVisible();
  await option.click();
  const articleNumber = await page.locator("#articleNumber").inputValue();
  expect(articleNumber).toMatch(/^WG\d{7}$/);
  await expect(page.locator("#salesOrderNumber")).toHaveValue(/^MVO\d{7}$/);

  await page.locator("#serialNumber").fill("SN-E2E-4711");
  await page.locator("#vehicleMake").fill("Volkswagen");
  await page.locator("#vehicleModel").fill("Golf 1.6 TDI");
  await page.locator("#vehicleYear").fill("2017");
  await page.locator("#vin").fill("WVWZZZ1KZHW000123");
  await page.locator("#engineCode").fill("CXXB");
  await page.locator("#mileageAtFitting").fill("120000");
  await page.locator("#mileageAtFailure").fill("131500");
  await page.locator("#fittingDate").fill(daysAgo(200));
  await page.locator("#failureDate").fill(daysAgo(3));
  await page.locator("#fittedBy").fill("Garage Dupont");
  await page.locator("#complaint").fill(complaint);
  await page.getByLabel("Oliedruk").check();
  await page.getByLabel("Luchtfilter").check();
  await page.locator("#files").setInputFiles(files);
  await expect(page.getByTestId("chosen-files").locator("img")).toHaveCount(2);

  await page.getByRole("button", { name: "Garantieaanvraag versturen" }).click();
  await page.waitForURL(/\/warranty\/MAS\d{8}\?filed=1$/);
  const number = /MAS\d{8}/.exec(page.url())![0];
  await expect(page.getByTestId("claim-status")).toHaveText("Ontvangen");

  const links = page.getByTestId("claim-attachments").getByRole("link");
  await expect(links).toHaveCount(3);
  for (const file of files) {
    const href = await links.filter({ hasText: file.name }).getAttribute("href");
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe(file.mimeType);
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    expect(parse(response.headers()["content-disposition"]!).parameters.filename).toBe(file.name);
    expect(Buffer.from(await response.body()).equals(file.buffer)).toBe(true);
  }

  const pdf = await page.request.get(`/warranty/${number}/claim.pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const text = await pdfText(Buffer.from(await pdf.body()));
  for (const expected of [number, articleNumber, "Volkswagen", "Golf 1.6 TDI", complaint, "werkorder.pdf"])
    expect(text).toContain(expected);

  await page.goto(`/warranty?f.number=${number}`);
  const row = page.getByRole("row").filter({ hasText: number });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Ontvangen");
  await expect(row).toContainText(articleNumber);
  await expect(row).toContainText("3");

  await page.goto(`/warranty/${number}`);
  await page.getByLabel("Bericht", { exact: true }).fill("Extra foto van de compressorzijde.");
  await page
    .locator("#claim-files")
    .setInputFiles([{ name: "compressor.png", mimeType: "image/png", buffer: tinyPng() }]);
  await page.getByRole("button", { name: "Versturen" }).click();
  await expect(page.locator("main").getByText("Toegevoegd aan uw aanvraag.")).toBeVisible();
  await expect(page.getByText("Extra foto van de compressorzijde.")).toBeVisible();
  await expect(page.getByTestId("claim-attachments").getByRole("link")).toHaveCount(4);
});

test("the claim form refuses a file that only pretends to be a photo and leaves it out of the list", async ({
  page,
}) => {
  await signInAs(page, "dealer@demo.test");
  await page.goto("/warranty/new");
  await page.locator("#articleNumber").fill("WG1234567");
  await page.locator("#serialNumber").fill("SN1");
  await page.locator("#vehicleMake").fill("Ford");
  await page.locator("#vehicleModel").fill("Transit");
  await page.locator("#complaint").fill("Geen druk");
  await page.locator("#files").setInputFiles([
    {
      name: "foto.jpg",
      mimeType: "image/jpeg",
      buffer: Buffer.from("<html><script>alert(1)</script></html>"),
    },
  ]);
  // Issue 19: refused as it is chosen, named, and not left in the list to block sending.
  await expect(
    page.locator("main").getByText("Alleen foto's (JPEG, PNG, WebP, HEIC) en PDF's."),
  ).toBeVisible();
  await expect(page.locator("main").getByText("foto.jpg is geen foto of PDF.")).toBeVisible();
  await expect(page.getByTestId("chosen-files")).toHaveCount(0);
  await expect(page).toHaveURL(/\/warranty\/new$/);
});
