import { NextIntlClientProvider } from "next-intl";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
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
  it("shows a credit note marked, without a due date and never overdue", () => {
    const html = renderToString(
      <NextIntlClientProvider locale="nl" messages={{ grid, invoices }} timeZone="Europe/Amsterdam">
        <UnpaidGrid
          columns={unpaidColumns((id) => invoices.columns[id])}
          rows={[
            { id: "1", cells: cells("MVF2600001", "INVOICE", "100.00") },
            { id: "2", cells: cells("MVF2600002", "CREDIT_NOTE", "-50.00") },
          ]}
          total={2}
          state={{ page: 1, pageSize: 20, sort: null, filters: {} }}
          caption="Openstaande facturen"
          exportHref="/invoices/unpaid/export.csv"
        />
      </NextIntlClientProvider>,
    ).replaceAll("<!-- -->", "");
    const [invoiceRow, creditRow] = html.split("<tr").filter((part) => part.includes("MVF26"));
    expect(invoiceRow).toContain("04-02-2026");
    expect(invoiceRow).toContain('data-testid="overdue-flag"');
    expect(creditRow).toContain("creditnota");
    expect(creditRow).toContain("geen vervaldatum (creditnota)");
    expect(creditRow).not.toContain("04-02-2026");
    expect(creditRow).not.toContain('data-testid="overdue-flag"');
  });
});
