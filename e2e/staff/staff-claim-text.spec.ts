import { expect, seedDealer, signInAs, test, withDb } from "../fixtures";
import { seedClaim } from "./helpers";

// Staff text is translated and formatted (issue 21): a claim's checks by name, its mileage in
// the locale's number format, not `oilPressure, airFilter` and `182500 → 191300`.
test("the staff claim page names the checks and formats the mileage", async ({ page }) => {
  const dealer = await seedDealer();
  const claim = await seedClaim(dealer.customerId, dealer.userId);
  await withDb((c) =>
    c.query(
      `UPDATE "WarrantyClaim" SET "checksDone" = '{oilPressure,airFilter}', "mileageAtFitting" = 182500, "mileageAtFailure" = 191300 WHERE id = $1`,
      [claim.claimId],
    ),
  );
  await signInAs(page, "staff@demo.test");
  await page.goto(`/staff/warranty/${claim.claimId}`);
  const main = page.locator("main");
  await expect(main).toContainText("Oliedruk, Luchtfilter");
  await expect(main).toContainText("182.500 km → 191.300 km");
  await expect(main).not.toContainText("oilPressure");
});
