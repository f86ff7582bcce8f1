import { tinyFiles } from "../../lib/storage/test-files";
import { pdfPages } from "../../tests/pdf-text";
import { expect, seedDealer, signInAs, signInThroughForm, test, withDb } from "../fixtures";
import { pageAs } from "../staff/helpers";

// Issue 20: a return for transport damage carries photos (the reason asks for evidence), prints
// one label per parcel with carrier and tracking number, and has its own page, opened from the
// status grid and from the confirmation mail's link; staff see the photos when receiving.
async function seedLines(customerId: number, count: number) {
  return withDb(async (client) => {
    await client.query(`UPDATE "Customer" SET carrier = 'NIGHT_CARRIER' WHERE id = $1`, [customerId]);
    const lines: Array<{ id: number; article: string; order: string }> = [];
    for (let i = 0; i < count; i++) {
      const article = `WG8${String(Date.now() + i).slice(-6)}`;
      const order = `MVO8${String(Date.now() + i).slice(-6)}`;
      const { rows } = await client.query(
        `INSERT INTO "DeliveredLine" ("customerId", "erpKey", "salesOrderNumber", "articleNumber", "articleName", "netUnitPrice", "quantityOrdered", "quantityDelivered", "deliveryDate", "updatedAt")
         VALUES ($1, $2, $3, $4, 'E2E turbo', 250.00, 3, 3, current_date - 10, now()) RETURNING id`,
        [customerId, `e2e-${article}`, order, article],
      );
      lines.push({ id: rows[0].id, article, order });
    }
    return lines;
  });
}

test("photos on a transport-damage line, labels per parcel, the RMA page from the grid and the mail, photos for staff", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const dealer = await seedDealer();
  const [damaged, plain] = await seedLines(dealer.customerId, 2);
  await signInAs(page, dealer.email, dealer.password);
  await page.goto(`/returns/new/confirm?lines=${damaged!.id},${plain!.id}`);
  await page
    .getByRole("combobox", { name: `Reden retour ${damaged!.article}` })
    .selectOption({ label: "Transportschade" });
  await page
    .getByRole("combobox", { name: `Reden retour ${plain!.article}` })
    .selectOption({ label: "Verkeerd besteld" });
  await page.locator("#parcelCount").fill("2");
  await page.locator("#weightKg").fill("7,5");
  await page.locator("#acceptTerms").check();
  // Without a photo the transport-damage line is refused, in Dutch, and nothing is sent.
  await page.getByTestId("submit-rma").click();
  await expect(page.getByTestId(`photos-${damaged!.article}`)).toContainText("Voeg minstens één foto toe");
  await expect(page).toHaveURL(/\/returns\/new\/confirm/);
  await page
    .getByLabel(`Foto's bij ${damaged!.article}`)
    .setInputFiles({ name: "doos-kapot.jpg", mimeType: "image/jpeg", buffer: tinyFiles.jpeg() });
  await expect(page.getByTestId(`photos-${damaged!.article}`)).toContainText("doos-kapot.jpg");
  await page.getByTestId("submit-rma").click();
  await expect(page).toHaveURL(/\/returns\?created=IRM\d{7}/, { timeout: 60_000 });
  const rmaNumber = new URL(page.url()).searchParams.get("created")!;

  // From the status grid: the RMA number in each row links to the RMA page.
  await page.goto(`/returns?f.rmaNumber=${rmaNumber}`);
  await page.locator("table tbody tr").first().getByRole("link", { name: rmaNumber }).click();
  await expect(page).toHaveURL(new RegExp(`/returns/${rmaNumber}$`));
  await expect(page.getByRole("heading", { level: 1, name: `RMA ${rmaNumber}` })).toBeVisible();
  for (const line of [damaged!, plain!]) {
    const row = page.getByTestId(`rma-line-${line.article}`);
    await expect(row).toContainText(line.order);
    await expect(row.getByTestId("line-status")).toHaveText("Verwacht");
  }
  await expect(
    page.getByTestId(`rma-line-${damaged!.article}`).getByRole("link", { name: "doos-kapot.jpg" }),
  ).toBeVisible();
  await expect(page.getByTestId("rma-timeline")).toContainText("Aangevraagd door");
  const trackingText = await page.getByText(/^HWL\d{9}$/).innerText();

  // The label: one page per parcel with the carrier, the tracking number and "1 van 2".
  const label = await page.request.get(`/returns/${rmaNumber}/label.pdf`);
  const pages = await pdfPages(await label.body());
  expect(pages).toHaveLength(2);
  expect(pages[0]).toContain("Hellmann");
  expect(pages[0]).toContain(trackingText);
  expect(pages[0]).toContain("1 van 2");
  expect(pages[1]).toContain("2 van 2");
  expect(pages[1]).toContain("7,50 kg");

  // Staff see the photo when receiving, then receive one line and reject the other.
  const rma = await withDb(
    async (c) => (await c.query(`SELECT id FROM "Rma" WHERE number = $1`, [rmaNumber])).rows[0],
  );
  const staff = await pageAs(browser, "staff@demo.test");
  await staff.goto(`/staff/returns/${rma.id}`);
  const photos = staff.getByTestId("line-photos");
  await expect(photos).toContainText("doos-kapot.jpg");
  await expect
    .poll(() => photos.locator("img").evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
  const receive = staff.getByRole("form", { name: `Ontvangen ${damaged!.article}` });
  await receive.getByLabel("Ontvangen aantal").fill("2");
  await receive.getByRole("button", { name: "Ontvangen" }).click();
  await expect(receive).toHaveCount(0);
  await staff
    .getByRole("form", { name: `Ontvangen ${plain!.article}` })
    .getByRole("button", { name: "Afwijzen…" })
    .click();
  const reject = staff.getByRole("form", { name: `Afwijzen ${plain!.article}` });
  await reject.getByLabel("Reden van afwijzing").fill("Verpakking geopend");
  await reject.getByRole("button", { name: "Afwijzen" }).click();
  await expect(reject).toHaveCount(0);

  // From the confirmation mail: its button opens the RMA page, after signing in when needed.
  const mail = await withDb(
    async (c) =>
      (
        await c.query(
          `SELECT html FROM "OutboxMessage" WHERE template = 'rma-confirmation' AND $1 = ANY("to") AND subject LIKE '%' || $2 || '%'`,
          [dealer.email, rmaNumber],
        )
      ).rows[0],
  );
  const href = /href="([^"]*\/returns\/IRM\d{7})"/.exec(mail.html)?.[1];
  expect(href).toBeDefined();
  const fresh = await browser.newPage();
  await fresh.goto(new URL(href!).pathname);
  await expect(fresh).toHaveURL(/\/login/);
  await signInThroughForm(fresh, dealer.email, dealer.password, fresh.url().replace(/^https?:\/\/[^/]+/, ""));
  await expect(fresh).toHaveURL(new RegExp(`/returns/${rmaNumber}$`));
  await expect(fresh.getByTestId(`rma-line-${damaged!.article}`).getByTestId("line-status")).toHaveText(
    "Ontvangen",
  );
  await expect(fresh.getByTestId(`rma-line-${plain!.article}`)).toContainText(
    "Afgewezen: Verpakking geopend",
  );
  const timeline = fresh.getByTestId("rma-timeline");
  await expect(timeline).toContainText(`${damaged!.article}: 2 van 3 ontvangen`);
  await expect(timeline).toContainText(`${plain!.article} afgewezen: Verpakking geopend`);

  // Another company's dealer gets a 404, as for an RMA that does not exist.
  const other = await pageAs(browser, "other@demo.test");
  expect((await other.goto(`/returns/${rmaNumber}`))?.status()).toBe(404);
});
