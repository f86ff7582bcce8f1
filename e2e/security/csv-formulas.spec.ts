import { request as playwrightRequest } from "@playwright/test";
import { isFormulaCell, spreadsheetCells } from "../../tests/spreadsheet-cells";
import { expect, seedDealer, signInAs, test, withDb } from "../fixtures";

// Formula injection through the exports: text a dealer, the ERP or staff typed lands in every
// dealer CSV. Whichever separator the spreadsheet opens a file with (",", ";" or tab) and
// whatever the language, no cell may start a formula; numbers (also negative ones) stay numbers.
const HOSTILE = ["=2+3", "a,=2+3", "a;=2+3", "a\t=2+3", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", 'x",=1'];
const EXPORTS = [
  "/returns/new/export.csv",
  "/returns/export.csv",
  "/orders/open/export.csv",
  "/invoices/unpaid/export.csv",
  "/warranty/export.csv",
];

test("no dealer CSV export starts a formula cell under any separator or language", async ({
  browser,
  baseURL,
}) => {
  const dealer = await seedDealer();
  await withDb(async (db) => {
    const reason = (await db.query(`SELECT id FROM "ReturnReason" WHERE active ORDER BY "sortOrder" LIMIT 1`))
      .rows[0].id;
    const rma = await db.query(
      `INSERT INTO "Rma" (number, "customerId", "createdById", "idempotencyKey", surcharge, reference, remarks, "updatedAt")
       VALUES ($1, $2, $3, $1, 2.50, $4, $5, now()) RETURNING id`,
      [
        `IRM${String(dealer.customerId).padStart(7, "0").slice(-7)}`,
        dealer.customerId,
        dealer.userId,
        HOSTILE[1],
        HOSTILE[0],
      ],
    );
    for (const [i, text] of HOSTILE.entries()) {
      const line = await db.query(
        `INSERT INTO "DeliveredLine" ("customerId", "erpKey", "salesOrderNumber", "customerPoNumber", "articleNumber", "articleName",
           "netUnitPrice", "quantityOrdered", "quantityDelivered", "deliveryDate", "updatedAt")
         VALUES ($1, $2, $3, $4, $5, $4, 100, 3, 3, current_date - 5, now()) RETURNING id`,
        [
          dealer.customerId,
          `CSV-${dealer.customerId}-${i}`,
          `MVO27${String(i).padStart(5, "0")}`,
          text,
          `WG70000${i}`,
        ],
      );
      if (i === 0) {
        await db.query(
          `INSERT INTO "RmaLine" ("rmaId", "deliveredLineId", "reasonId", "quantityExpected", "updatedAt") VALUES ($1, $2, $3, 1, now())`,
          [rma.rows[0].id, line.rows[0].id, reason],
        );
      }
      await db.query(
        `INSERT INTO "OpenOrderLine" ("customerId", "erpKey", "salesOrderNumber", "orderDate", "customerPoNumber", "articleNumber",
           "deliverArticleNumber", "articleName", "quantityOrdered", "updatedAt")
         VALUES ($1, $2, $3, current_date - 3, $4, $5, $5, $4, 2, now())`,
        [
          dealer.customerId,
          `CSV-OPEN-${dealer.customerId}-${i}`,
          `MVO28${String(i).padStart(5, "0")}`,
          text,
          `WG80000${i}`,
        ],
      );
      await db.query(
        `INSERT INTO "Invoice" ("customerId", number, kind, "invoiceDate", "dueDate", amount, "updatedAt")
         VALUES ($1, $2, $3, current_date - 40, current_date - 10, $4, now())`,
        [
          dealer.customerId,
          `${text}-${dealer.customerId}`,
          i % 2 ? "CREDIT_NOTE" : "INVOICE",
          i % 2 ? "-1165.50" : "1165.50",
        ],
      );
      await db.query(
        `INSERT INTO "WarrantyClaim" (number, "customerId", "createdById", "idempotencyKey", "articleNumber", "serialNumber",
           "vehicleMake", "vehicleModel", complaint, "checksDone", "updatedAt")
         VALUES ($1, $2, $3, $1, 'WG1803348', $4, $4, $4, $4, '{}', now())`,
        [
          `MAS7${String(dealer.customerId).padStart(4, "0").slice(-4)}${String(i).padStart(3, "0")}`,
          dealer.customerId,
          dealer.userId,
          text,
        ],
      );
    }
  });
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, dealer.email, dealer.password);
  const state = await page.context().storageState();
  const offenders: string[] = [];
  for (const locale of ["nl", "en"] as const) {
    const host = new URL(baseURL!).hostname;
    const language = {
      name: "NEXT_LOCALE",
      value: locale,
      domain: host,
      path: "/",
      expires: -1,
      httpOnly: false,
      secure: false,
      sameSite: "Lax" as const,
    };
    const cookies = [...state.cookies.filter((c) => c.name !== "NEXT_LOCALE"), language];
    const context = await playwrightRequest.newContext({ baseURL, storageState: { ...state, cookies } });
    for (const path of EXPORTS) {
      const answer = await context.get(path);
      expect(answer.status(), path).toBe(200);
      const csv = (await answer.text()).replace(/^\uFEFF/, "");
      expect(csv.length, `${path} has rows`).toBeGreaterThan(100);
      for (const separator of [",", ";", "\t"]) {
        for (const cell of spreadsheetCells(csv, separator).filter(isFormulaCell)) {
          offenders.push(
            `${locale} ${path} opened with ${JSON.stringify(separator)}: ${JSON.stringify(cell)}`,
          );
        }
      }
    }
    await context.dispose();
  }
  expect(offenders).toEqual([]);
});
