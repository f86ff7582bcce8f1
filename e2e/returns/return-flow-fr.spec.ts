import type { Page } from "@playwright/test";
import { pdfText } from "../../tests/pdf-text";
import { expect, formAlert, signInAs, test } from "../fixtures";

// A French dealer (other@demo.test, whose profile says French) returns a line: French labels,
// amounts and dates in the portal's French format (SPEC §0: 1.165,00 and dd-MM-yyyy, as the
// seed's screens show them in every language but English), a French validation error, the
// RMA confirmation and status in French, and the RMA form PDF in French.
const MONEY_FR = /^\d{1,3}(\.\d{3})*,\d{2}$/;
const DATE_FR = /^\d{2}-\d{2}-\d{4}$/;

function todayInAmsterdam(): string {
  const [day, month, year] = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Amsterdam",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  })
    .format(new Date())
    .split("/");
  return `${day}-${month}-${year}`;
}

async function cellOf(page: Page, rowIndex: number, header: string): Promise<string> {
  const headers = (await page.locator("table thead tr").first().locator("th").allInnerTexts()).map((h) =>
    h.trim(),
  );
  const column = headers.findIndex((h) => h.startsWith(header));
  expect(column, `column ${header}`).toBeGreaterThanOrEqual(0);
  return (await page.locator("table tbody tr").nth(rowIndex).locator("td").nth(column).innerText()).trim();
}

test("a French dealer returns a line in French, with French formats and a French RMA form", async ({
  page,
}) => {
  test.setTimeout(120_000);
  // Note: wide enough for every column of the history (narrower screens hide the lower-priority ones).
  await page.setViewportSize({ width: 1600, height: 900 });
  await signInAs(page, "other@demo.test");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");

  // The order history, in French.
  await page.goto("/returns/new");
  await page.evaluate(() => window.sessionStorage.clear());
  await expect(page.getByRole("heading", { level: 1, name: "Demande de retour" })).toBeVisible();
  for (const header of [
    "N° de commande client",
    "N° d'article",
    "Prix net unitaire",
    "Quantité encore retournable",
    "Date de livraison",
  ]) {
    await expect(page.locator("table thead th").filter({ hasText: header }).first()).toBeVisible();
  }
  const row = page
    .locator("table tbody tr")
    .filter({ has: page.locator('input[type="checkbox"]:not([disabled])') })
    .first();
  await expect(row).toBeVisible();
  const rowIndex = await row.evaluate((tr) => Array.from(tr.parentElement!.children).indexOf(tr));
  expect(await cellOf(page, rowIndex, "Prix net unitaire")).toMatch(MONEY_FR);
  expect(await cellOf(page, rowIndex, "Date de livraison")).toMatch(DATE_FR);
  const article = await cellOf(page, rowIndex, "N° d'article");

  const search = page.getByRole("searchbox", { name: "Rechercher dans N° d'article", exact: true });
  await expect(async () => {
    await search.fill(article);
    await search.press("Enter");
    await expect(page).toHaveURL(new RegExp(`f\\.articleNumber=${article}`), { timeout: 3_000 });
  }).toPass({ timeout: 60_000 });
  await page
    .locator("table tbody tr")
    .filter({ hasText: article })
    .first()
    .locator('input[type="checkbox"]')
    .check();
  await expect(page.getByText("1 ligne sélectionnée").first()).toBeVisible();
  await page.getByRole("button", { name: "Créer un RMA" }).click();

  // The confirmation, in French; a French validation error first.
  await expect(
    page.getByRole("heading", { level: 1, name: "Confirmation de la demande de retour" }),
  ).toBeVisible();
  await expect(page.getByText("Supplément par envoi de retour")).toBeVisible();
  await expect(page.getByText("€ 2,50")).toBeVisible();
  await expect(page.getByTestId(`confirm-line-${article}`).locator("td").nth(4)).toHaveText(MONEY_FR);
  await page.getByRole("button", { name: "Envoyer le retour" }).click();
  await expect(
    formAlert(page).filter({ hasText: "Vous devez accepter les conditions générales." }),
  ).toBeVisible();
  await expect(formAlert(page).filter({ hasText: "Ce champ est obligatoire." }).first()).toBeVisible();
  await page
    .getByLabel("Motif du retour (pour toutes les lignes)")
    .selectOption({ label: "Erreur de livraison" });
  await page.getByLabel("Votre n° d'achat / référence").fill("REF-FR-1");
  await page.getByLabel("J'accepte les").check();
  await page.getByRole("button", { name: "Envoyer le retour" }).click();

  // Created: the confirmation and the status, in French.
  await expect(page).toHaveURL(/\/returns\?created=IRM\d{7}/, { timeout: 60_000 });
  const rmaNumber = new URL(page.url()).searchParams.get("created")!;
  await expect(page.getByTestId("rma-created")).toHaveText(
    `Le RMA ${rmaNumber} a été créé. La confirmation a été envoyée par e-mail.`,
  );
  await expect(page.getByRole("link", { name: "Formulaire RMA (PDF)" })).toBeVisible();
  await page.goto(`/returns?f.rmaNumber=${rmaNumber}`);
  await expect(page.getByRole("heading", { level: 1, name: "Statut des demandes de retour" })).toBeVisible();
  await expect(page.locator("table tbody tr")).toHaveCount(1);
  expect(await cellOf(page, 0, "Statut")).toBe("Attendu");
  expect(await cellOf(page, 0, "Date RMA")).toBe(todayInAmsterdam());

  // The RMA form PDF, in French.
  const response = await page.request.get(`/returns/${rmaNumber}/form.pdf`);
  expect(response.status()).toBe(200);
  const text = await pdfText(await response.body());
  for (const expected of [
    "Formulaire RMA",
    `N° RMA: ${rmaNumber}`,
    `Date: ${todayInAmsterdam()}`,
    "N° client: 10002",
    "REF-FR-1",
    "€ 2,50",
    "N° d'article",
    "Désignation",
    "Quantité",
    "Motif du retour",
    "Erreur de livraison",
    "Instructions d'emballage",
    "Page 1 sur 1",
    article,
  ])
    expect(text).toContain(expected);
  // Box labels are printed in capitals.
  for (const label of ["CLIENT", "ADRESSE DE RETOUR", "RÉFÉRENCE", "SUPPLÉMENT ENVOI DE RETOUR"])
    expect(text).toContain(label);
  expect(text).not.toContain("RMA formulier");
  expect(text).not.toContain("Verkeerd geleverd");
});
