import { expect, seedDealer, signInAs, test, withDb } from "../fixtures";

// The "Regels te retourneren" tile counts exactly the lines "select all" ticks on the return page,
// for a dealer with special-order lines it may not return (lib/returns/selectable-line.ts).
test("the home tile equals what 'select all' picks for a dealer with special-order lines", async ({
  page,
}) => {
  const dealer = await seedDealer();
  await withDb(async (db) => {
    const lines: Array<[number, number, boolean, number]> = [
      // [days ago, delivered, special order, in an open return request]
      [2, 3, false, 0],
      [5, 1, false, 0],
      [9, 2, false, 1], // selectable
      [3, 2, true, 0],
      [4, 1, true, 0], // special orders
      [6, 2, false, 2], // nothing left
      [400, 2, false, 0], // outside the 12-month window
    ];
    // Note: units leave "remaining" only through RMA lines (the database keeps the counters).
    const reason = (await db.query(`SELECT id FROM "ReturnReason" WHERE active ORDER BY "sortOrder" LIMIT 1`))
      .rows[0].id;
    const rma = await db.query(
      `INSERT INTO "Rma" (number, "customerId", "createdById", "idempotencyKey", surcharge, "updatedAt")
       VALUES ($1, $2, $3, $1, 2.50, now()) RETURNING id`,
      [`IRM${String(dealer.customerId).padStart(7, "0").slice(-7)}`, dealer.customerId, dealer.userId],
    );
    for (const [i, [daysAgo, delivered, special, inRequest]] of lines.entries()) {
      const line = await db.query(
        `INSERT INTO "DeliveredLine" ("customerId", "erpKey", "salesOrderNumber", "specialOrder", "articleNumber", "articleName", "netUnitPrice",
           "quantityOrdered", "quantityDelivered", "deliveryDate", "updatedAt")
         VALUES ($1, $2, $3, $4, $5, 'Turbolader', 100, $6, $6, current_date - $7::int, now()) RETURNING id`,
        [
          dealer.customerId,
          `E2E-TILE-${dealer.customerId}-${i}`,
          `MVO26${String(i).padStart(5, "0")}`,
          special,
          `WG900000${i}`,
          delivered,
          daysAgo,
        ],
      );
      if (inRequest > 0) {
        await db.query(
          `INSERT INTO "RmaLine" ("rmaId", "deliveredLineId", "reasonId", "quantityExpected", "updatedAt") VALUES ($1, $2, $3, $4, now())`,
          [rma.rows[0].id, line.rows[0].id, reason, inRequest],
        );
      }
    }
  });
  await signInAs(page, dealer.email, dealer.password);
  await page.goto("/");
  await expect(page.getByTestId("tile-returns-new")).toContainText("3 regels te retourneren");

  await page.goto("/returns/new");
  await page.getByRole("button", { name: "Alle regels van dit filter selecteren" }).click();
  await expect(page.getByText("3 regels geselecteerd").first()).toBeVisible();
});
