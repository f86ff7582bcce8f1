import { expect, seedDealer, signInAs, test, withDb } from "../fixtures";
import { seedOpenRma } from "./helpers";

// Goods-in by scan (issue 21): a keyboard-wedge scanner types the code and Enter. The RMA is
// opened from its form's barcode, articles counted by repeat scans, one line accepted and one
// rejected by keyboard, the RMA closed: counters, status mails and audit as with the mouse.
// Wrong-RMA, unknown-article and too-many scans are answered loudly, with a sound.
test("an RMA received end to end by typing as a scanner does", async ({ page }) => {
  test.setTimeout(120_000);
  const dealer = await seedDealer();
  const rma = await seedOpenRma(dealer.customerId, dealer.userId, [
    { delivered: 4, expected: 3 },
    { delivered: 5, expected: 2 },
  ]);
  const other = await seedOpenRma(dealer.customerId, dealer.userId, [{ delivered: 1, expected: 1 }]);
  const [full, damaged] = rma.lines as [(typeof rma.lines)[0], (typeof rma.lines)[0]];

  await signInAs(page, "staff@demo.test");
  await page.goto("/staff/goods-in");
  const desk = page.getByTestId("goods-in");
  const alert = page.locator("main #goods-in-message");
  const scan = async (code: string) => {
    await page.keyboard.type(code, { delay: 5 });
    await page.keyboard.press("Enter");
  };
  const expectLoud = async (text: string) => {
    await expect(alert).toHaveAttribute("role", "alert");
    await expect(alert).toContainText(text);
    await expect(desk).toHaveAttribute("data-last-sound", "error");
  };
  await expect(page.getByLabel("Scan of opdracht")).toBeFocused();

  await scan("IRM0000001");
  await expect(page).toHaveURL(/rma=IRM0000001/);
  await expectLoud("Onbekende retouraanvraag: IRM0000001.");

  await scan(rma.number.toLowerCase());
  await expect(page.getByRole("heading", { name: new RegExp(rma.number) })).toBeVisible();
  await expect(page.getByLabel("Scan of opdracht")).toBeFocused();

  await scan(other.number);
  await expectLoud(
    `Verkeerde retouraanvraag: ${other.number} is een andere RMA. U ontvangt nu ${rma.number}`,
  );
  await scan("WG0000000");
  await expectLoud(`Onbekend artikel: WG0000000 staat niet op ${rma.number}.`);

  for (let i = 1; i <= 3; i++) {
    await scan(full.article);
    await expect(alert).toHaveText(`${full.article}: ${i} van 3 gescand.`);
  }
  await expect(desk).toHaveAttribute("data-last-sound", "ok");
  await scan(full.article);
  await expectLoud(`Meer dan verwacht: ${full.article} wordt 3 keer verwacht.`);
  await scan("");
  const fullRow = page.getByTestId(`scan-line-${full.article}`);
  await expect(fullRow).toContainText("Ontvangen");
  await expect(fullRow.locator("td").nth(3)).toHaveText("3");

  await scan(damaged.article);
  await expect(alert).toHaveText(`${damaged.article}: 1 van 2 gescand.`);
  await scan("-");
  await expectLoud("Typ een reden na het minteken");
  await scan("-Beschadigd in transport");
  await expect(page.getByTestId(`scan-line-${damaged.article}`)).toContainText(
    "Afgewezen – Beschadigd in transport",
  );
  await scan(damaged.article);
  await expectLoud(`Artikel ${damaged.article} is op ${rma.number} al behandeld.`);

  await scan("*");
  await expect(page).toHaveURL(/closed=/);
  await expect(alert).toHaveText(`${rma.number} afgesloten. Scan de volgende retouraanvraag.`);
  await expect(page.getByLabel("Scan of opdracht")).toBeFocused();

  const state = await withDb(async (c) => ({
    lines: (
      await c.query(
        `SELECT d."articleNumber", l.status, l."quantityReceived", l."rejectionReason", d."quantityReturned", d."quantityInRequest"
         FROM "RmaLine" l JOIN "DeliveredLine" d ON d.id = l."deliveredLineId" WHERE l."rmaId" = $1 ORDER BY l.id`,
        [rma.rmaId],
      )
    ).rows,
    status: (await c.query(`SELECT status FROM "Rma" WHERE id = $1`, [rma.rmaId])).rows[0].status,
    mails: (
      await c.query(
        `SELECT count(*)::int AS n FROM "OutboxMessage" WHERE template = 'rma-status' AND text LIKE '%' || $1 || '%'`,
        [rma.number],
      )
    ).rows[0].n,
    audit: (
      await c.query(
        `SELECT action FROM "AuditEntry" WHERE "customerId" = $1 AND action IN ('rmaLine.receive', 'rmaLine.reject', 'rma.close') ORDER BY id`,
        [dealer.customerId],
      )
    ).rows.map((r) => r.action),
  }));
  expect(state.status).toBe("CLOSED");
  expect(state.lines).toEqual([
    {
      articleNumber: full.article,
      status: "RECEIVED",
      quantityReceived: 3,
      rejectionReason: null,
      quantityReturned: 3,
      quantityInRequest: 0,
    },
    {
      articleNumber: damaged.article,
      status: "REJECTED",
      quantityReceived: 0,
      rejectionReason: "Beschadigd in transport",
      quantityReturned: 0,
      quantityInRequest: 0,
    },
  ]);
  expect(state.mails).toBe(3);
  expect(state.audit).toEqual(["rmaLine.receive", "rmaLine.reject", "rma.close"]);
});
