// Server render of the grid: formats, sort state, grouping and disabled rows (needs components/** in vitest include).
import { NextIntlClientProvider } from "next-intl";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import type { TGridColumn } from "@/lib/grid/types";
import en from "@/lib/i18n/messages/en/grid.json";
import nl from "@/lib/i18n/messages/nl/grid.json";
import { DataGrid, type TDataGridRow } from "./data-grid";

vi.mock("next/navigation", () => ({
  useRouter: () => ({ replace: () => {} }),
  usePathname: () => "/returns/status",
  useSearchParams: () => new URLSearchParams("group=rma&f.article=wg"),
}));

const columns: TGridColumn[] = [
  { id: "rma", label: "RMA-nummer", type: "text" },
  { id: "article", label: "Artikelnummer", type: "text" },
  { id: "price", label: "Netto prijs", type: "money" },
  { id: "date", label: "Leverdatum", type: "date" },
  { id: "special", label: "Speciaal besteld", type: "flag" },
];
const day = new Date("2020-10-01T00:00:00Z");
const rows: TDataGridRow[] = [
  {
    id: "1",
    cells: { rma: "IRM2000088", article: "WG1803348", price: "1165.00", date: day, special: true },
    href: { rma: "/rma/1.pdf" },
  },
  {
    id: "2",
    cells: { rma: "IRM2000088", article: "WG1803349", price: "5.5", date: day, special: false },
    disabled: true,
    disabledReason: "Niets meer te retourneren",
  },
  { id: "3", cells: { rma: "IRM2000089", article: "WG1803350", price: "1", date: null, special: false } },
];
const state = { page: 2, pageSize: 20, sort: { id: "rma", dir: "asc" as const }, filters: { article: "wg" } };

function render(locale: "nl" | "en", messages: Record<string, unknown>) {
  const html = renderToString(
    <NextIntlClientProvider locale={locale} messages={{ grid: messages }} timeZone="Europe/Amsterdam">
      <DataGrid
        columns={columns}
        rows={rows}
        total={43}
        state={state}
        caption="Retouren"
        selection={{ storageKey: "k" }}
        grouping
        exportHref="/export.csv"
      />
    </NextIntlClientProvider>,
  );
  return html.replaceAll("<!-- -->", "");
}

describe("DataGrid", () => {
  it("renders the page in the user's formats, with sort state, search boxes and pager", () => {
    const html = render("nl", nl);
    expect(html).toContain("<caption");
    expect(html).toContain('aria-sort="ascending"');
    expect(html).toContain('aria-label="Zoeken in Artikelnummer"');
    expect(html).toContain('value="wg"');
    expect(html).toContain("1.165,00");
    expect(html).toContain("01-10-2020");
    expect(html).toContain("Pagina 2 van 3");
    expect(html).toContain("43 regels");
    expect(render("en", en)).toContain("1,165.00");
  });
  it("groups the page's rows by the URL's column and keeps disabled rows unselectable with their reason", () => {
    const html = render("nl", nl);
    expect(html).toContain("RMA-nummer: IRM2000088");
    expect(html).toContain("(2 regels)");
    expect(html).toContain('<a href="/rma/1.pdf"');
    expect(html).toMatch(/title="Niets meer te retourneren" disabled=""/);
    expect(html).toContain('<span id="grid-row-reason-2" class="sr-only">Niets meer te retourneren</span>');
  });
});
