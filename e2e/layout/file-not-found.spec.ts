import { expect, seedDealer, signInAs, test, withDb } from "../fixtures";

// Issue 19: a PDF or document that is missing, or another company's, answers 404 with the portal's
// styled page in the user's language for a browser; a script still gets the short text. Nothing
// of the other company's file is in the answer.
test("another company's PDFs answer 404 with the translated not-found page, revealing nothing", async ({
  browser,
}) => {
  const dupont = await withDb(async (client) => {
    const rma = await client.query(
      `SELECT r.number FROM "Rma" r JOIN "Customer" c ON c.id = r."customerId" WHERE c."erpNumber" = '10001' ORDER BY r.id LIMIT 1`,
    );
    const invoice = await client.query(
      `SELECT i.number FROM "Invoice" i JOIN "Customer" c ON c.id = i."customerId"
       WHERE c."erpNumber" = '10001' AND i."documentId" IS NOT NULL ORDER BY i.id LIMIT 1`,
    );
    const document = await client.query(
      `SELECT d.id FROM "Document" d JOIN "Customer" c ON c.id = d."customerId" WHERE c."erpNumber" = '10001' ORDER BY d.id LIMIT 1`,
    );
    return {
      rma: rma.rows[0].number as string,
      invoice: invoice.rows[0]?.number as string | undefined,
      document: document.rows[0]?.id as number | undefined,
    };
  });
  const paths = [
    `/returns/${dupont.rma}/form.pdf`,
    `/returns/${dupont.rma}/label.pdf`,
    ...(dupont.invoice ? [`/invoices/${dupont.invoice}/pdf`] : []),
    ...(dupont.document ? [`/documents/${dupont.document}`] : []),
  ];
  expect(paths.length).toBeGreaterThanOrEqual(3);

  for (const [language, title, text, back] of [
    ["fr", "Introuvable", "Cette page ou ce document n'existe pas", "Retour à l'accueil"],
    ["nl", "Niet gevonden", "Deze pagina of dit document bestaat niet", "Terug naar home"],
  ] as const) {
    const dealer = await seedDealer({ language });
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInAs(page, dealer.email, dealer.password);
    for (const path of paths) {
      const response = await page.goto(path);
      expect(response!.status(), path).toBe(404);
      expect(response!.headers()["content-type"], path).toContain("text/html");
      expect(response!.headers()["cache-control"], path).toContain("no-store");
      await expect(page.locator("html")).toHaveAttribute("lang", language);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
      await expect(page.locator("main")).toContainText(text);
      await expect(page.getByRole("link", { name: back })).toHaveAttribute("href", "/");
      const body = await response!.text();
      expect(body, path).not.toContain(dupont.rma);
      if (dupont.invoice) expect(body, path).not.toContain(dupont.invoice);
    }
    // A script asking for the file (no text/html) keeps the short text answer, with the same 404.
    const script = await page.request.get(paths[0]!, { headers: { accept: "application/pdf" } });
    expect(script.status()).toBe(404);
    expect(script.headers()["content-type"]).toContain("text/plain");
    await page.goto(paths[0]!);
    await page.getByRole("link", { name: back }).click();
    await expect(page).toHaveURL(/\/$/);
    await context.close();
  }
});
