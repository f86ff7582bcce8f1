import type { Page } from "@playwright/test";
import { expect, signInAs, test, withDb } from "../fixtures";

// Every staff grid has a CSV link (issue 21): its rows are the grid's rows under the same filter
// and sort (all pages), in the user's language and number format, written by lib/grid/csv.ts.
const GRIDS = [
  { path: "/staff/customers", query: "f.erpNumber=100&size=100" },
  { path: "/staff/returns", query: "f.customerNumber=10001&size=100" },
  { path: "/staff/warranty", query: "f.customerNumber=10001&size=100" },
  { path: "/staff/orders", query: "f.customerNumber=10001&size=100" },
  { path: "/staff/audit", query: "f.action=rma&size=100" },
  { path: "/staff/audit", query: "f.record=IRM&f.actorRole=Medewerker&size=100" },
] as const;

/** RFC 4180 fields: quoted fields may hold the separator, quotes ("") and line breaks. */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const body = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) {
      row.push(field);
      field = "";
    } else if (ch === "\r" && body[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += ch;
  }
  return rows;
}

async function gridRows(page: Page): Promise<string[][]> {
  return page.locator("main table:not(table table) > tbody > tr").evaluateAll((trs) =>
    trs.map((tr) =>
      [...tr.children].map((cell) => {
        // The audit grid's changes are a small before/after table; the CSV writes them as "Field: before → after; …".
        const table = cell.querySelector("table");
        if (table)
          return [...table.querySelectorAll(":scope > tbody > tr")]
            .map((row) => {
              const [field, before, after] = [...row.children].map((c) => (c.textContent ?? "").trim());
              return `${field}: ${before} → ${after}`;
            })
            .join("; ");
        return (cell.textContent ?? "").replace("✓", "").trim();
      }),
    ),
  );
}

test("each staff grid's CSV has the grid's rows under the same filter", async ({ page }) => {
  test.setTimeout(120_000);
  // Audit entries of their own (the e2e database may have none yet when this spec runs first).
  await withDb(async (c) => {
    const staff = (await c.query(`SELECT id FROM "User" WHERE email = 'staff@demo.test'`)).rows[0].id;
    const customer = (await c.query(`SELECT id FROM "Customer" WHERE "erpNumber" = '10001'`)).rows[0].id;
    for (const [i, status] of ["CLOSED", "INVOICED"].entries()) {
      await c.query(
        `INSERT INTO "AuditEntry" ("actorUserId", "actorRole", "customerId", action, "objectType", "objectId", "recordNumber", before, after)
         VALUES ($1, 'STAFF', $2, 'rma.close', 'Rma', '0', $3, $4, $5)`,
        [
          staff,
          customer,
          `IRM299000${i}`,
          { status: "OPEN" },
          { status, closedAt: "2026-12-01T10:00:00.000Z" },
        ],
      );
    }
  });
  await signInAs(page, "staff@demo.test");
  for (const { path, query } of GRIDS) {
    await page.goto(`${path}?${query}`);
    const link = page.getByRole("link", { name: "Exporteren (CSV)" });
    const href = await link.getAttribute("href");
    expect(href, path).toMatch(new RegExp(`^${path}/export\\.csv\\?`));
    for (const [key, value] of new URLSearchParams(query)) {
      if (key !== "size")
        expect(new URL(href!, "http://x").searchParams.get(key), `${path} ${key}`).toBe(value);
    }
    const response = await page.request.get(href!);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/csv");
    const [header, ...csvRows] = parseCsv(await response.text(), ";");
    const shown = await gridRows(page);
    expect(shown.length, `${path} shows rows`).toBeGreaterThan(0);
    expect(csvRows.length, `${path}: the CSV has every row of the filter`).toBeGreaterThanOrEqual(
      shown.length,
    );
    if (shown.length < 100) expect(csvRows.length, path).toBe(shown.length);
    shown.forEach((cells, r) => {
      const csv = csvRows[r]!;
      header!.forEach((label, c) => {
        expect(cells[c], `${path} row ${r + 1} column "${label}"`).toBe(csv[c]);
      });
    });
  }
});

test("the outbox's CSV has the page's rows, then every other message", async ({ page }) => {
  const total = await withDb(
    async (c) => (await c.query(`SELECT count(*)::int AS n FROM "OutboxMessage"`)).rows[0].n as number,
  );
  await signInAs(page, "staff@demo.test");
  await page.goto("/staff/outbox");
  const href = await page.getByRole("link", { name: "Exporteren (CSV)" }).getAttribute("href");
  expect(href).toBe("/staff/outbox/export.csv");
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/csv");
  const [header, ...csvRows] = parseCsv(await response.text(), ";");
  const shown = await gridRows(page);
  expect(shown.length, "the outbox shows messages").toBeGreaterThan(0);
  expect(header).toEqual(
    (await page.locator("main table thead th").allInnerTexts()).slice(0, header!.length).map((h) => h.trim()),
  );
  expect(csvRows.length, "all pages").toBeGreaterThanOrEqual(total);
  shown.forEach((cells, r) => {
    header!.forEach((label, c) => {
      expect(cells[c], `outbox row ${r + 1} column "${label}"`).toBe(csvRows[r]![c]);
    });
  });
});
