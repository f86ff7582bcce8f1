import { Document, Image, Page, Text, View } from "@react-pdf/renderer";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import type { TLocale } from "@/lib/i18n/locales";
import type { TRmaDocument } from "@/lib/returns/document-query";
import { reasonLabel } from "@/lib/returns/reason-label";
import { documentStyles as s } from "./styles";

// The RMA form the dealer prints and puts in the parcel (SPEC §2.3).
export type TTranslate = (key: string, values?: Record<string, string | number>) => string;

// Each line with the sales order and delivery date the warehouse matches it on.
const COLS = {
  order: "12%",
  delivered: "10%",
  article: "13%",
  external: "13%",
  name: "19%",
  quantity: "9%",
  reason: "24%",
} as const;

export function RmaFormDocument({
  rma,
  locale,
  t,
  tr,
  barcode,
}: {
  rma: TRmaDocument;
  locale: TLocale;
  t: TTranslate;
  tr: TTranslate;
  barcode: string;
}) {
  const c = rma.customer;
  return (
    <Document title={`${t("pdf.formTitle")} ${rma.number}`} language={locale}>
      <Page size="A4" style={s.page}>
        <View style={s.header}>
          <View>
            <Text style={s.title}>{t("pdf.formTitle")}</Text>
            <Text style={s.subtitle}>{`${t("pdf.rmaNumber")}: ${rma.number}`}</Text>
            <Text>{`${t("pdf.date")}: ${formatDate(rma.createdAt, locale, { calendarDate: false })}`}</Text>
          </View>
          <View>
            {/* eslint-disable-next-line jsx-a11y/alt-text -- react-pdf Image has no alt */}
            <Image src={barcode} style={s.barcode} />
            <Text style={s.barcodeText}>{rma.number}</Text>
          </View>
        </View>
        <View style={s.columns}>
          <View style={s.box}>
            <Text style={s.label}>{t("pdf.dealer")}</Text>
            <Text style={s.value}>{c.name}</Text>
            <Text>{`${t("pdf.customerNumber")}: ${c.erpNumber}`}</Text>
            <Text>{c.street}</Text>
            <Text>{`${c.postalCode} ${c.city}`.trim()}</Text>
            <Text>{c.country}</Text>
          </View>
          <View style={s.box}>
            <Text style={s.label}>{t("pdf.returnAddress")}</Text>
            {rma.returnAddress.split("·").map((part, i) => (
              <Text key={i}>{part.trim()}</Text>
            ))}
          </View>
        </View>
        <View style={s.columns}>
          <View style={{ flex: 1 }}>
            <Text style={s.label}>{t("pdf.reference")}</Text>
            <Text style={s.value}>{rma.reference || "—"}</Text>
          </View>
          <View style={{ flex: 1 }}>
            <Text style={s.label}>{t("pdf.surcharge")}</Text>
            <Text style={s.value}>{`€ ${formatMoney(rma.surcharge, locale)}`}</Text>
          </View>
        </View>
        <View style={s.table}>
          <View style={s.headRow} fixed>
            <Text style={{ width: COLS.order }}>{tr("pdf.salesOrder")}</Text>
            <Text style={{ width: COLS.delivered }}>{tr("pdf.deliveryDate")}</Text>
            <Text style={{ width: COLS.article }}>{t("columns.articleNumber")}</Text>
            <Text style={{ width: COLS.external }}>{t("columns.externalArticleNumbers")}</Text>
            <Text style={{ width: COLS.name }}>{t("columns.articleName")}</Text>
            <Text style={{ width: COLS.quantity, textAlign: "right", paddingRight: 6 }}>
              {t("columns.quantity")}
            </Text>
            <Text style={{ width: COLS.reason }}>{t("columns.reason")}</Text>
          </View>
          {rma.lines.map((line, i) => (
            <View key={i} style={s.row} wrap={false}>
              <Text style={{ width: COLS.order }}>{line.salesOrderNumber}</Text>
              <Text style={{ width: COLS.delivered }}>{formatDate(line.deliveryDate, locale)}</Text>
              <Text style={{ width: COLS.article }}>{line.articleNumber}</Text>
              <Text style={{ width: COLS.external }}>{line.externalArticleNumbers}</Text>
              <Text style={{ width: COLS.name }}>{line.articleName}</Text>
              <Text style={{ width: COLS.quantity, textAlign: "right", paddingRight: 6 }}>
                {String(line.quantity)}
              </Text>
              <Text style={{ width: COLS.reason }}>{reasonLabel(line.reason, locale)}</Text>
            </View>
          ))}
        </View>
        {rma.remarks ? (
          <View style={s.section}>
            <Text style={s.label}>{t("pdf.remarks")}</Text>
            <Text>{rma.remarks}</Text>
          </View>
        ) : null}
        <View style={s.section} wrap={false}>
          <Text style={s.subtitle}>{t("pdf.packingTitle")}</Text>
          {(["packing1", "packing2", "packing3", "packing4"] as const).map((key) => (
            <View key={key} style={s.bullet}>
              <Text>{`•  ${t(`pdf.${key}`)}`}</Text>
            </View>
          ))}
        </View>
        <Text
          style={s.footer}
          fixed
          render={({ pageNumber, totalPages }) =>
            `${rma.number} · ${t("pdf.page", { page: pageNumber, pages: totalPages })}`
          }
        />
      </Page>
    </Document>
  );
}
