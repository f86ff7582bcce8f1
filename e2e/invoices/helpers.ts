import type { Page } from "@playwright/test";

// Reading the unpaid invoices grid of the page (column order of lib/invoices/columns.ts).
export type TUnpaidRow = {
  number: string;
  amount: string;
  paid: string;
  open: string;
  dueDate: string;
  overdueFlag: boolean;
  hasPdfLink: boolean;
};

export function amsterdamToday(): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Amsterdam",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date());
}

/** "dd-MM-yyyy" → "yyyy-MM-dd". */
export function isoFromDutch(text: string): string {
  const [d, m, y] = text.trim().split("-");
  return `${y}-${m}-${d}`;
}

/** "1.165,50" / "-20,00" → cents. */
export function centsFromDutch(text: string): number {
  const clean = text.trim().replace(/\./g, "").replace(",", ".");
  return Math.round(Number(clean) * 100);
}

export async function readUnpaidRows(page: Page): Promise<TUnpaidRow[]> {
  const table = page.getByRole("table", {
    name: /^(Openstaande facturen|Factures impayées|Unpaid invoices|Offene Rechnungen)$/,
  });
  await table.waitFor();
  const rows = table.locator("tbody tr");
  const result: TUnpaidRow[] = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const cells = rows.nth(i).locator("td");
    const text = async (index: number) => (await cells.nth(index).innerText()).trim();
    result.push({
      number: (/MVF\d{7}/.exec(await text(1)) ?? [""])[0],
      amount: await text(2),
      paid: await text(3),
      open: await text(4),
      dueDate: await text(5),
      overdueFlag: (await cells.nth(6).getByTestId("overdue-flag").count()) > 0,
      hasPdfLink: (await cells.nth(7).locator("a").count()) > 0,
    });
  }
  return result;
}
