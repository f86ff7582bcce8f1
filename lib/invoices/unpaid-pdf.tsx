import { Canvas, Document, Page, Text, View } from "@react-pdf/renderer";
import { documentStyles as s } from "@/lib/documents/styles";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import type { TLocale } from "@/lib/i18n/locales";
import { AGE_BUCKETS } from "./open-amount";
import type { TTextWidth } from "./pdf-text-width";
import type { TUnpaidInvoice, TUnpaidList } from "./queries";
import {
  COLUMNS,
  FOOTER_HEIGHT,
  HEADING_HEIGHT,
  paginate,
  paintFooter,
  paintHeading,
  paintTable,
  TABLE_WIDTH,
  type TTableLine,
  tableHead,
  tableHeight,
} from "./unpaid-pdf-table";

// The printable list of all unpaid invoices: dealer, date, totals and age, then the table.
// Every page is cut here and carries the heading, the column headers and "Pagina x van y";
// those and the rows are painted (unpaid-pdf-table.ts), so only page 1's totals are laid out.
// Pages are `wrap={false}` (react-pdf would otherwise lay each page out again to split it); such
// a page is as high as its content, so its height is pinned to A4's.
export type TTranslate = (key: string, values?: Record<string, string | number>) => string;
export type TUnpaidPdfData = {
  dealer: { name: string; erpNumber: string };
  today: string;
  list: TUnpaidList;
};

const A4_HEIGHT = 841.89;

const styles = {
  page: { ...s.page, minHeight: A4_HEIGHT, maxHeight: A4_HEIGHT },
  heading: { width: TABLE_WIDTH, height: HEADING_HEIGHT, marginBottom: 8 },
  summary: { flexDirection: "row", gap: 16, marginBottom: 10 },
  bucket: { flexDirection: "row", justifyContent: "space-between" },
  spaced: { marginTop: 4 },
  spacedLabel: { ...s.label, marginTop: 4 },
  footer: { position: "absolute", bottom: 20, left: 36, right: 36, height: FOOTER_HEIGHT },
} as const;

function tableLine(
  invoice: TUnpaidInvoice,
  locale: TLocale,
  labels: { creditNote: string; overdueYes: string },
): TTableLine {
  return [
    formatDate(invoice.invoiceDate, locale),
    invoice.kind === "CREDIT_NOTE" ? `${invoice.number} (${labels.creditNote})` : invoice.number,
    formatMoney(invoice.amount, locale),
    formatMoney(invoice.paidAmount, locale),
    formatMoney(invoice.openAmount, locale),
    formatDate(invoice.dueDate, locale),
    invoice.overdue ? labels.overdueYes : "",
  ];
}

export function UnpaidInvoicesDocument({
  data,
  locale,
  t,
  widthOf,
}: {
  data: TUnpaidPdfData;
  locale: TLocale;
  t: TTranslate;
  widthOf: TTextWidth;
}) {
  const money = (value: string) => formatMoney(value, locale);
  const { list } = data;
  const labels = { creditNote: t("creditNote"), overdueYes: t("overdueYes") };
  const pages = paginate(list.rows.map((invoice) => tableLine(invoice, locale, labels)));
  const head = tableHead(
    COLUMNS.map((id) => t(`columns.${id}`)),
    widthOf,
  );
  const total = { label: t("totalOpen"), amount: money(list.totals.open) };
  const paintPageHeading = paintHeading(
    {
      title: t("pdf.title"),
      dealer: data.dealer.name,
      customer: `${t("pdf.customer")}: ${data.dealer.erpNumber}`,
      date: `${t("pdf.date")}: ${formatDate(data.today, locale)}`,
    },
    widthOf,
  );
  return (
    <Document title={t("pdf.title")} language={locale}>
      {pages.map((rows, index) => {
        const table = { head, rows, total: index === pages.length - 1 ? total : null };
        return (
          <Page key={index} size="A4" style={styles.page} wrap={false}>
            <Canvas style={styles.heading} paint={paintPageHeading} />
            {index === 0 ? (
              <View style={styles.summary}>
                <View style={s.box}>
                  <Text style={s.label}>{t("totalOpen")}</Text>
                  <Text style={s.subtitle}>{money(list.totals.open)}</Text>
                  <Text style={styles.spacedLabel}>{t("totalOverdue")}</Text>
                  <Text style={s.subtitle}>{money(list.totals.overdue)}</Text>
                  <Text style={styles.spaced}>{t("pdf.count", { count: list.totals.count })}</Text>
                </View>
                <View style={s.box}>
                  <Text style={s.label}>{t("byAge")}</Text>
                  {AGE_BUCKETS.map((bucket) => (
                    <View key={bucket} style={styles.bucket}>
                      <Text>{t(`buckets.${bucket}`)}</Text>
                      <Text>{money(list.totals.buckets[bucket])}</Text>
                    </View>
                  ))}
                </View>
              </View>
            ) : null}
            <Canvas
              style={{ width: TABLE_WIDTH, height: tableHeight(table) }}
              paint={paintTable(table, widthOf)}
            />
            <Canvas
              style={styles.footer}
              paint={paintFooter(t("pdf.page", { page: index + 1, pages: pages.length }), widthOf)}
            />
          </Page>
        );
      })}
    </Document>
  );
}
