import type { Browser, Page } from "@playwright/test";
import { signInAs, withDb } from "../fixtures";

// Helpers of the staff specs: a second signed-in user in its own browser context, seeded
// RMAs and claims (straight into the e2e database), and the text of a PDF.
export async function pageAs(browser: Browser, email: string, password?: string): Promise<Page> {
  const context = await browser.newContext({ locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
  const page = await context.newPage();
  await signInAs(page, email, password);
  return page;
}

export { pdfText } from "../../tests/pdf-text";

export const tinyPdf = (text: string) =>
  Buffer.from(
    `%PDF-1.4\n% ${text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
    "latin1",
  );

const digits = (n: number) => String(Math.floor(Math.random() * 10 ** n)).padStart(n, "0");

/** An OPEN RMA of the customer with one line per spec, its delivered lines' counters kept exact. */
export async function seedOpenRma(
  customerId: number,
  userId: number,
  specs: Array<{ delivered: number; expected: number }>,
) {
  return withDb(async (client) => {
    const reason = await client.query(
      `SELECT id FROM "ReturnReason" WHERE active ORDER BY "sortOrder" LIMIT 1`,
    );
    // A random number of the e2e range (IRMyy9nnnn); when another spec already drew it, draw again.
    let number = "";
    let rmaId: number | undefined;
    while (rmaId === undefined) {
      number = `IRM${String(new Date().getUTCFullYear() % 100)}9${digits(4)}`;
      const inserted = await client.query<{ id: number }>(
        `INSERT INTO "Rma" (number, "customerId", "createdById", "idempotencyKey", surcharge, "updatedAt") VALUES ($1, $2, $3, $4, 2.50, now()) ON CONFLICT (number) DO NOTHING RETURNING id`,
        [number, customerId, userId, `e2e-${number}`],
      );
      rmaId = inserted.rows[0]?.id;
    }
    const lines: Array<{ article: string; deliveredLineId: number }> = [];
    for (const spec of specs) {
      const article = `WG9${digits(6)}`;
      const delivered = await client.query(
        `INSERT INTO "DeliveredLine" ("customerId", "erpKey", "salesOrderNumber", "articleNumber", "articleName", "netUnitPrice", "quantityOrdered", "quantityDelivered", "deliveryDate", "updatedAt")
         VALUES ($1, $2, $3, $4, 'E2E turbo', 250.00, $5, $5, current_date - 10, now()) RETURNING id`,
        [customerId, `e2e-${article}`, `MVO9${digits(6)}`, article, spec.delivered],
      );
      await client.query(
        `INSERT INTO "RmaLine" ("rmaId", "deliveredLineId", "reasonId", "quantityExpected", "updatedAt") VALUES ($1, $2, $3, $4, now())`,
        [rmaId, delivered.rows[0].id, reason.rows[0].id, spec.expected],
      );
      lines.push({ article, deliveredLineId: delivered.rows[0].id });
    }
    return { rmaId, number, lines };
  });
}

/** A warranty claim in status RECEIVED. */
export async function seedClaim(customerId: number, userId: number) {
  return withDb(async (client) => {
    const number = `MAS9${digits(7)}`;
    const claim = await client.query(
      `INSERT INTO "WarrantyClaim" (number, "customerId", "createdById", "idempotencyKey", "articleNumber", "serialNumber", "vehicleMake", "vehicleModel", complaint, "checksDone", "updatedAt")
       VALUES ($1, $2, $3, $4, 'WG1803348', 'SN-E2E', 'Volkswagen', 'Golf', 'Turbo lekt olie', '{}', now()) RETURNING id`,
      [number, customerId, userId, `e2e-${number}`],
    );
    return { claimId: claim.rows[0].id as number, number };
  });
}
