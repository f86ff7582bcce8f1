import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { pdfText } from "../../tests/pdf-text";
import { expect, seedDealer, signInAs, test, withDb } from "../fixtures";
import { callAction } from "./server-action";

// Script-shaped text that the portal accepts (remarks, references, complaints, reactions, names)
// is stored as typed and shown as text everywhere: pages (a text node, no element, no dialog),
// PDFs (their text shows the literal characters) and e-mails (the outbox HTML escapes it).
const SCRIPT = "<script>alert(1)</script>";
const IMG = `<img src=x onerror="alert(2)">`;

/** The messages of the dialogs the page opens (any one means an injected script ran). */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return dialogs;
}

async function expectInertText(page: Page, texts: string[]): Promise<void> {
  for (const text of texts)
    await expect(page.locator("main").getByText(text, { exact: false }).first()).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(
    await page.evaluate(
      () => [...document.scripts].filter((s) => /^\s*alert\(\d\)\s*$/.test(s.textContent ?? "")).length,
    ),
  ).toBe(0);
}

async function seedLines(customerId: number): Promise<number> {
  return withDb(async (client) => {
    const article = `WG7${String(Date.now()).slice(-6)}`;
    const line = await client.query(
      `INSERT INTO "DeliveredLine" ("customerId", "erpKey", "salesOrderNumber", "articleNumber", "articleName", "netUnitPrice", "quantityOrdered", "quantityDelivered", "deliveryDate", "updatedAt")
       VALUES ($1, 'render-' || $2, 'MVO7000001', $2, 'Render turbo', 100, 5, 5, current_date - 5, now()) RETURNING id`,
      [customerId, article],
    );
    return line.rows[0].id as number;
  });
}

test("script in a return request's reference and remarks stays text on the staff page and in the RMA form PDF", async ({
  page,
  browser,
}) => {
  const dealer = await seedDealer();
  const lineId = await seedLines(dealer.customerId);
  const reasonId = await withDb(
    async (c) =>
      (await c.query(`SELECT id FROM "ReturnReason" WHERE active ORDER BY "sortOrder" LIMIT 1`)).rows[0]
        .id as number,
  );
  await signInAs(page, dealer.email, dealer.password);
  const remarks = `${SCRIPT} javascript:alert(1) 👨‍👩‍👧`;
  const call = await callAction(
    page.request,
    { file: "lib/returns/actions.ts", name: "submitReturnRequestAction" },
    [
      {
        idempotencyKey: randomUUID(),
        lines: [{ deliveredLineId: lineId, quantity: 1, reasonId }],
        reference: IMG,
        remarks,
        copyEmail: "",
        acceptTerms: true,
      },
    ],
  );
  const { rmaNumber } = (call.result as { ok: true; data: { rmaNumber: string } }).data;
  const stored = await withDb(
    async (c) =>
      (await c.query(`SELECT id, reference, remarks FROM "Rma" WHERE number = $1`, [rmaNumber])).rows[0],
  );
  expect([stored.reference, stored.remarks]).toEqual([IMG, remarks]);

  const pdf = await pdfText(await (await page.request.get(`/returns/${rmaNumber}/form.pdf`)).body());
  expect(pdf).toContain(IMG);
  expect(pdf).toContain(SCRIPT);

  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  const dialogs = watchDialogs(staff);
  await signInAs(staff, "staff@demo.test");
  await staff.goto(`/staff/returns/${stored.id}`);
  await expectInertText(staff, [IMG, SCRIPT]);
  expect(dialogs).toEqual([]);
  await staffContext.close();
});

test("script in a warranty complaint and a staff reaction stays text on the claim page and in the claim PDF", async ({
  page,
  browser,
}) => {
  const dealer = await seedDealer();
  const dialogs = watchDialogs(page);
  await signInAs(page, dealer.email, dealer.password);
  const form = new FormData();
  form.set(
    "claim",
    JSON.stringify({
      idempotencyKey: randomUUID(),
      articleNumber: "WG1803348",
      serialNumber: IMG.slice(0, 60),
      salesOrderNumber: "",
      quantity: "1",
      vehicleMake: "Volkswagen",
      vehicleModel: "Golf",
      vehicleYear: "",
      vin: "",
      engineCode: "",
      mileageAtFitting: "",
      mileageAtFailure: "",
      fittingDate: "",
      failureDate: "",
      fittedBy: "",
      complaint: `${SCRIPT}\n${IMG}`,
      checksDone: [],
    }),
  );
  const filed = await callAction(
    page.request,
    { file: "lib/warranty/actions.ts", name: "submitWarrantyClaimAction" },
    [form],
  );
  const { number } = (filed.result as { ok: true; data: { number: string } }).data;
  const claimId = await withDb(
    async (c) =>
      (await c.query(`SELECT id FROM "WarrantyClaim" WHERE number = $1`, [number])).rows[0].id as number,
  );

  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signInAs(staff, "staff@demo.test");
  const reaction = `Reactie ${IMG.replace("alert(2)", "alert(3)")} <a href="javascript:alert(4)">klik</a>`;
  const reacted = await callAction(
    staff.request,
    { file: "lib/staff/warranty/actions.ts", name: "addReactionAction" },
    [{ claimId, reaction }],
  );
  expect(reacted.result).toMatchObject({ ok: true });
  await staffContext.close();

  await page.goto(`/warranty/${number}`);
  await expectInertText(page, [SCRIPT, reaction]);
  await expect(page.locator('main a[href^="javascript:"]')).toHaveCount(0);
  expect(dialogs).toEqual([]);

  const pdf = await pdfText(await (await page.request.get(`/warranty/${number}/claim.pdf`)).body());
  expect(pdf).toContain(SCRIPT);
  expect(pdf).toContain(IMG);
});

test("script in customer and user names is escaped in the invitation e-mail and shown as text in the staff outbox", async ({
  page,
}) => {
  const dialogs = watchDialogs(page);
  await signInAs(page, "staff@demo.test");
  const customerName = `${IMG} BV`;
  const userName = `${SCRIPT} Jansen`;
  const email = `render-${randomUUID().slice(0, 8)}@hostile.test`;
  const created = await callAction(
    page.request,
    { file: "lib/staff/customers/actions.ts", name: "createCustomerAction" },
    [
      {
        erpNumber: `R${randomUUID().slice(0, 8)}`,
        name: customerName,
        language: "nl",
        street: "",
        postalCode: "",
        city: "",
        country: "NL",
      },
    ],
  );
  expect(created.result).toMatchObject({ ok: true });
  const customerId = await withDb(
    async (c) =>
      (await c.query(`SELECT id FROM "Customer" WHERE name = $1`, [customerName])).rows[0].id as number,
  );
  const invited = await callAction(
    page.request,
    { file: "lib/staff/customers/actions.ts", name: "createUserAction" },
    [{ customerId, email, name: userName, language: "nl" }],
  );
  expect(invited.result).toMatchObject({ ok: true });

  const mail = await withDb(
    async (c) =>
      (
        await c.query(
          `SELECT id, html, text FROM "OutboxMessage" WHERE $1 = ANY("to") ORDER BY id DESC LIMIT 1`,
          [email],
        )
      ).rows[0],
  );
  expect(mail.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  expect(mail.html).not.toContain(SCRIPT);
  expect(mail.html).not.toMatch(/<img[^>]*onerror/i);
  expect(mail.text).toContain(userName);

  await page.goto(`/staff/outbox/${mail.id}`);
  await expectInertText(page, [userName]);
  await expect(page.locator("main iframe")).toHaveAttribute("sandbox", "");
  await page.goto(`/staff/customers?f.name=${encodeURIComponent("onerror")}`);
  await expectInertText(page, [customerName]);
  expect(dialogs).toEqual([]);
});
