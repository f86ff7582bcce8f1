import { NextIntlClientProvider } from "next-intl";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import desk from "@/lib/i18n/messages/nl/desk.json";
import grid from "@/lib/i18n/messages/nl/grid.json";
import invoices from "@/lib/i18n/messages/nl/invoices.json";
import { unpaidColumns } from "@/lib/invoices/columns";
import { UnpaidGrid } from "./unpaid-grid";

vi.mock("next/navigation", () => ({
  useRouter: () => ({ replace: () => {} }),
  usePathname: () => "/invoices/unpaid",
  useSearchParams: () => new URLSearchParams(),
}));

const cells = (number: string, kind: string, openAmount: string) => ({
  number,
  kind,
  invoiceDate: "2026-01-05",
  amount: openAmount,
  paidAmount: "0.00",
  openAmount,
  dueDate: "2026-02-04",
  overdue: true,
  documentHref: null,
});

describe("unpaid invoices grid", () => {
  it("shows a credit note and an overpaid invoice marked, the credit note without a due date, neither overdue", () => {
    const html = renderToString(
      <NextIntlClientProvider locale="nl" messages={{ grid, invoices, desk }} timeZone="Europe/Amsterdam">
        <UnpaidGrid
          columns={unpaidColumns((id) => invoices.columns[id])}
          rows={[
            { id: "1", cells: cells("MVF2600001", "INVOICE", "100.00") },
            { id: "2", cells: cells("MVF2600002", "CREDIT_NOTE", "-50.00") },
            { id: "3", cells: { ...cells("MVF2600003", "INVOICE", "-12.50"), overdue: false } },
          ]}
          total={3}
          state={{ page: 1, pageSize: 20, sort: null, filters: {} }}
          caption="Openstaande facturen"
          exportHref="/invoices/unpaid/export.csv"
        />
      </NextIntlClientProvider>,
    ).replaceAll("<!-- -->", "");
    const [invoiceRow, creditRow, overpaidRow] = html.split("<tr").filter((part) => part.includes("MVF26"));
    expect(invoiceRow).toContain("04-02-2026");
    expect(invoiceRow).toContain('data-testid="overdue-flag"');
    expect(creditRow).toContain("creditnota");
    expect(creditRow).toContain("geen vervaldatum (creditnota)");
    expect(creditRow).not.toContain("04-02-2026");
    expect(creditRow).not.toContain('data-testid="overdue-flag"');
    expect(invoiceRow).not.toContain("te veel betaald");
    expect(overpaidRow).toContain("te veel betaald");
    expect(overpaidRow).not.toContain('data-testid="overdue-flag"');
  });
});
