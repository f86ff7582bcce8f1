import { Document, Page, Text, View } from "@react-pdf/renderer";
import { documentStyles as s } from "@/lib/documents/styles";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import type { TLocale } from "@/lib/i18n/locales";
import { AGE_BUCKETS } from "./open-amount";
import type { TUnpaidInvoice, TUnpaidList } from "./queries";

// The printable list of all unpaid invoices: dealer, date, totals and age, then the table.
// Rows are one line high, so the pages are cut here: every page gets the heading and the
// table header, and "Pagina x van y" is plain text. That avoids react-pdf's `fixed` elements
// and `render` callbacks (a second layout pass), which made 2,000 rows several times slower.
export type TTranslate = (key: string, values?: Record<string, string | number>) => string;
export type TUnpaidPdfData = { dealer: { name: string; erpNumber: string }; today: string; list: TUnpaidList };

const WIDTHS = { invoiceDate: 60, number: 118, amount: 72, paidAmount: 72, openAmount: 72, dueDate: 60, overdue: 69 } as const;
const COLUMNS = Object.keys(WIDTHS) as (keyof typeof WIDTHS)[];
const RIGHT = new Set(["amount", "paidAmount", "openAmount"]);
const ROW_HEIGHT = 14;
export const ROWS_FIRST_PAGE = 34;
export const ROWS_PER_PAGE = 44;

/** Rows cut into pages: fewer on the first page, which carries the totals. */
export function paginate<T>(rows: readonly T[]): T[][] {
  const pages: T[][] = [rows.slice(0, ROWS_FIRST_PAGE)];
  for (let i = ROWS_FIRST_PAGE; i < rows.length; i += ROWS_PER_PAGE) pages.push(rows.slice(i, i + ROWS_PER_PAGE));
  return pages;
}

export function UnpaidInvoicesDocument({ data, locale, t }: { data: TUnpaidPdfData; locale: TLocale; t: TTranslate }) {
  const money = (value: string) => formatMoney(value, locale);
  const cell = (id: keyof typeof WIDTHS, bold = false) => ({
    width: WIDTHS[id],
    paddingHorizontal: 2,
    textAlign: RIGHT.has(id) ? ("right" as const) : ("left" as const),
    ...(bold ? { fontFamily: "Helvetica-Bold" } : {}),
  });
  const { list } = data;
  const pages = paginate(list.rows);
  const heading = (
    <View style={{ flexDirection: "row", justifyContent: "space-between", marginBottom: 8 }}>
      <View>
        <Text style={s.title}>{t("pdf.title")}</Text>
        <Text style={s.subtitle}>{data.dealer.name}</Text>
        <Text>{`${t("pdf.customer")}: ${data.dealer.erpNumber}`}</Text>
      </View>
      <Text>{`${t("pdf.date")}: ${formatDate(data.today, locale)}`}</Text>
    </View>
  );
  const tableHead = (
    <View style={s.headRow}>
      {COLUMNS.map((id) => (
        <Text key={id} style={cell(id)}>{t(`columns.${id}`)}</Text>
      ))}
    </View>
  );
  const row = (invoice: TUnpaidInvoice) => (
    <View key={invoice.id} style={{ ...s.row, paddingVertical: 0, height: ROW_HEIGHT, alignItems: "center" }}>
      <Text style={cell("invoiceDate")}>{formatDate(invoice.invoiceDate, locale)}</Text>
      <Text style={cell("number")}>{invoice.kind === "CREDIT_NOTE" ? `${invoice.number} (${t("creditNote")})` : invoice.number}</Text>
      <Text style={cell("amount")}>{money(invoice.amount)}</Text>
      <Text style={cell("paidAmount")}>{money(invoice.paidAmount)}</Text>
      <Text style={cell("openAmount", true)}>{money(invoice.openAmount)}</Text>
      <Text style={cell("dueDate")}>{formatDate(invoice.dueDate, locale)}</Text>
      <Text style={cell("overdue", invoice.overdue)}>{invoice.overdue ? t("overdueYes") : ""}</Text>
    </View>
  );
  return (
    <Document title={t("pdf.title")} language={locale}>
      {pages.map((rows, index) => (
        <Page key={index} size="A4" style={s.page}>
          {heading}
          {index === 0 ? (
            <View style={{ flexDirection: "row", gap: 16, marginBottom: 10 }}>
              <View style={s.box}>
                <Text style={s.label}>{t("totalOpen")}</Text>
                <Text style={s.subtitle}>{money(list.totals.open)}</Text>
                <Text style={{ ...s.label, marginTop: 4 }}>{t("totalOverdue")}</Text>
                <Text style={s.subtitle}>{money(list.totals.overdue)}</Text>
                <Text style={{ marginTop: 4 }}>{t("pdf.count", { count: list.totals.count })}</Text>
              </View>
              <View style={s.box}>
                <Text style={s.label}>{t("byAge")}</Text>
                {AGE_BUCKETS.map((bucket) => (
                  <View key={bucket} style={{ flexDirection: "row", justifyContent: "space-between" }}>
                    <Text>{t(`buckets.${bucket}`)}</Text>
                    <Text>{money(list.totals.buckets[bucket])}</Text>
                  </View>
                ))}
              </View>
            </View>
          ) : null}
          {tableHead}
          {rows.map(row)}
          {index === pages.length - 1 ? (
            <View style={{ ...s.headRow, borderBottomWidth: 0, borderTopWidth: 1 }}>
              <Text style={{ width: WIDTHS.invoiceDate + WIDTHS.number + WIDTHS.amount + WIDTHS.paidAmount, paddingHorizontal: 2 }}>{t("totalOpen")}</Text>
              <Text style={cell("openAmount", true)}>{money(list.totals.open)}</Text>
            </View>
          ) : null}
          <Text style={s.footer}>{t("pdf.page", { page: index + 1, pages: pages.length })}</Text>
        </Page>
      ))}
    </Document>
  );
}
