import { expect, signInAs, test } from "../fixtures";

// Staff import a CSV of customers: a dry run first (nothing saved), then for real.
test("staff dry-run and import a CSV file, with refused lines named", async ({ page }) => {
  const erpNumber = `C${Date.now() % 10_000_000}`;
  const csv = `erpNumber;name;city;active\n${erpNumber};CSV Garage;Utrecht;ja\n;Zonder nummer;Gent;ja\n`;
  await signInAs(page, "staff@demo.test");
  await page.goto("/staff/erp/import");
  await page.locator("#csv-entity").selectOption("customers");
  await page
    .locator("#csv-file")
    .setInputFiles({ name: "klanten.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });

  await page.getByRole("button", { name: "Proefimport" }).click();
  const result = page.getByTestId("csv-import-result");
  await expect(result).toContainText("Proefimport: er is niets opgeslagen.");
  await expect(result).toContainText("2 regels ontvangen: 1 nieuw, 0 gewijzigd, 0 ongewijzigd, 1 geweigerd.");
  await expect(result).toContainText("Regel 3");

  await page.getByRole("button", { name: "Importeren" }).click();
  await expect(result).not.toContainText("Proefimport");
  await expect(result).toContainText("1 nieuw");
  await page.getByRole("button", { name: "Proefimport" }).click();
  await expect(result).toContainText("0 nieuw, 0 gewijzigd, 1 ongewijzigd, 1 geweigerd");
});
