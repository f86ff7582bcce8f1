import { Document, Image, Page, Text, View } from "@react-pdf/renderer";
import type { TLocale } from "@/lib/i18n/locales";
import type { TRmaDocument } from "@/lib/returns/document-query";
import type { TTranslate } from "./rma-form";
import { documentStyles as s } from "./styles";

// The night carrier's return label: an A6 sticker with sender, receiver and the RMA barcode.
export function ReturnLabelDocument({
  rma,
  locale,
  t,
  barcode,
}: {
  rma: TRmaDocument;
  locale: TLocale;
  t: TTranslate;
  barcode: string;
}) {
  const c = rma.customer;
  return (
    <Document title={`${t("pdf.labelTitle")} ${rma.number}`} language={locale}>
      <Page size="A6" style={{ ...s.page, padding: 18 }}>
        <Text style={s.title}>{t("pdf.labelTitle")}</Text>
        <View style={s.section}>
          <Text style={s.label}>{t("pdf.sender")}</Text>
          <Text>{c.name}</Text>
          <Text>{`${t("pdf.customerNumber")}: ${c.erpNumber}`}</Text>
          <Text>{c.street}</Text>
          <Text>{`${c.postalCode} ${c.city} ${c.country}`.trim()}</Text>
        </View>
        <View style={s.section}>
          <Text style={s.label}>{t("pdf.receiver")}</Text>
          {rma.returnAddress.split("·").map((part, i) => (
            <Text key={i} style={{ fontSize: 11, fontFamily: "Helvetica-Bold" }}>
              {part.trim()}
            </Text>
          ))}
        </View>
        <View style={s.columns}>
          <View style={{ flex: 1 }}>
            <Text style={s.label}>{t("pdf.rmaNumber")}</Text>
            <Text style={s.subtitle}>{rma.number}</Text>
          </View>
          <View style={{ flex: 1 }}>
            <Text style={s.label}>{t("pdf.parcels")}</Text>
            <Text style={s.subtitle}>{String(rma.parcelCount)}</Text>
          </View>
        </View>
        {/* eslint-disable-next-line jsx-a11y/alt-text -- react-pdf Image has no alt */}
        <Image src={barcode} style={{ width: 220, height: 60, alignSelf: "center" }} />
        <Text style={s.barcodeText}>{rma.number}</Text>
      </Page>
    </Document>
  );
}
