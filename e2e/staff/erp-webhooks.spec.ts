import { createHmac } from "node:crypto";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, signInAs, test, withDb } from "../fixtures";

// Staff register a webhook for an ERP token, copy the secret shown once, and see the delivery
// log: a change to an RMA reaches a real receiver signed with that secret (the periodic drain),
// a redelivery to a receiver that now answers 500 shows as a failed attempt.
test("staff set a webhook URL, the receiver verifies the signature, the delivery log shows each attempt", async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000); // the periodic drain runs every 30 s; a shared 2-core machine
  const received: { headers: IncomingHttpHeaders; body: string }[] = [];
  let answer = 200;
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => {
      body += chunk.toString("utf8");
    });
    request.on("end", () => {
      received.push({ headers: request.headers, body });
      response.statusCode = answer;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/erp-hook`;
  try {
    const name = `Webhook e2e ${Date.now()}`;
    const { tokenId, rma } = await withDb(async (client) => {
      const token = await client.query(
        `INSERT INTO "ErpToken" (name, "tokenHash") VALUES ($1, md5($1)) RETURNING id`,
        [name],
      );
      const r = await client.query(`SELECT id, number FROM "Rma" ORDER BY id DESC LIMIT 1`);
      return { tokenId: token.rows[0].id as number, rma: r.rows[0] as { id: number; number: string } };
    });

    await signInAs(page, "staff@demo.test");
    await page.goto("/staff/erp");
    const link = page.getByRole("link", { name: new RegExp(`Webhook van token ${name}`) });
    await expect(link).toHaveText(/Geen webhook/);
    await link.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Webhook van “${name}”`);
    await expect(page.getByText("Nog geen gebeurtenissen.")).toBeVisible();

    // Refused first (plain http to a non-loopback host), then saved.
    await page.getByLabel("Endpoint-URL").fill("http://example.com/hook");
    await page.getByRole("button", { name: "URL opslaan" }).click();
    await expect(
      page.getByText("Gebruik https:// (http:// alleen naar localhost, 127.0.0.1 of [::1])."),
    ).toBeVisible();
    await page.getByLabel("Endpoint-URL").fill(url);
    await page.getByRole("button", { name: "URL opslaan" }).click();
    const secret = (await page.getByTestId("webhook-secret").textContent())!.trim();
    expect(secret).toMatch(/^whsec_/);

    // A change to an RMA: the database writes the event, the server's drain posts it.
    await withDb((client) =>
      client.query(`UPDATE "Rma" SET remarks = remarks || ' ' WHERE id = $1`, [rma.id]),
    );
    await expect.poll(() => received.length, { timeout: 75_000 }).toBeGreaterThan(0);
    const post = received[0]!;
    const timestamp = post.headers["webhook-timestamp"] as string;
    const expected = `v1=${createHmac("sha256", secret).update(`${timestamp}.${post.body}`).digest("hex")}`;
    expect(post.headers["webhook-signature"]).toBe(expected);
    expect(JSON.parse(post.body)).toMatchObject({ type: "rma.updated", number: rma.number });

    await page.reload();
    const row = page.getByTestId("webhook-event").filter({ hasText: rma.number }).first();
    await expect(row).toContainText("rma.updated");
    await expect(row).toContainText("Afgeleverd");
    await expect(row).toContainText("HTTP 200");

    // Redeliver to a receiver that now fails: the log gets a second attempt, HTTP 500.
    answer = 500;
    await row.getByRole("button", { name: /Gebeurtenis \d+ opnieuw afleveren/ }).click();
    await expect(page.getByText("In de wachtrij gezet.")).toBeVisible();
    await expect.poll(() => received.length, { timeout: 30_000 }).toBe(2);
    expect(received[1]!.body).toBe(post.body);
    await expect
      .poll(
        async () => {
          await page.reload();
          return page.getByTestId("webhook-event").filter({ hasText: rma.number }).first().textContent();
        },
        { timeout: 30_000 },
      )
      .toContain("HTTP 500");

    for (const width of [1280, 820, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: testInfo.outputPath(`webhook-${width}.png`), fullPage: true });
    }
    await page.goto("/staff/erp");
    await page.setViewportSize({ width: 390, height: 900 });
    await page.screenshot({ path: testInfo.outputPath("erp-tokens-390.png"), fullPage: true });
    await withDb((client) =>
      client.query(`UPDATE "ErpToken" SET "revokedAt" = now() WHERE id = $1`, [tokenId]),
    );
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});
