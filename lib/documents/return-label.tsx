import { Document, Image, Page, Text, View } from "@react-pdf/renderer";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import type { TLocale } from "@/lib/i18n/locales";
import type { TRmaDocument } from "@/lib/returns/document-query";
import type { TTranslate } from "./rma-form";
import { documentStyles as s } from "./styles";

// The night carrier's return label: one A6 sticker per parcel ("1 van N") with the carrier, the
// tracking/routing number as a barcode, ship date, sender, receiver, RMA number and weight.
type TLabelProps = {
  rma: TRmaDocument;
  locale: TLocale;
  t: TTranslate;
  tr: TTranslate;
  barcode: string;
  trackingBarcode: string | null;
};

export function ReturnLabelDocument({ rma, locale, t, tr, barcode, trackingBarcode }: TLabelProps) {
  const parcels = Array.from({ length: Math.max(1, rma.parcelCount) }, (_, i) => i + 1);
  return (
    <Document title={`${t("pdf.labelTitle")} ${rma.number}`} language={locale}>
      {parcels.map((index) => (
        <LabelPage key={index} {...{ rma, locale, t, tr, barcode, trackingBarcode }} index={index} />
      ))}
    </Document>
  );
}

const big = { fontSize: 11, fontFamily: "Helvetica-Bold" } as const;

function LabelPage({ rma, locale, t, tr, barcode, trackingBarcode, index }: TLabelProps & { index: number }) {
  const c = rma.customer;
  return (
    <Page size="A6" style={{ ...s.page, padding: 16, fontSize: 8 }}>
      <Text style={{ fontSize: 8, color: "#4b5563", marginBottom: 4 }}>
        {`${t("pdf.labelTitle")} · ${rma.number}`}
      </Text>
      <View style={{ flexDirection: "row", justifyContent: "space-between", marginBottom: 6 }}>
        <View>
          <Text style={s.label}>{tr("pdf.carrier")}</Text>
          <Text style={{ ...s.title, marginBottom: 0 }}>{rma.carrierName ?? t("pdf.labelTitle")}</Text>
        </View>
        <View style={{ alignItems: "flex-end" }}>
          <Text style={s.label}>{tr("pdf.parcel")}</Text>
          <Text style={{ fontSize: 16, fontFamily: "Helvetica-Bold" }}>
            {tr("pdf.parcelOf", { index, count: rma.parcelCount })}
          </Text>
        </View>
      </View>
      {rma.trackingNumber && trackingBarcode ? (
        <View style={{ marginBottom: 6 }}>
          <Text style={s.label}>{tr("pdf.tracking")}</Text>
          {/* eslint-disable-next-line jsx-a11y/alt-text -- react-pdf Image has no alt */}
          <Image src={trackingBarcode} style={{ width: 230, height: 46, alignSelf: "center" }} />
          <Text style={s.barcodeText}>{rma.trackingNumber}</Text>
        </View>
      ) : null}
      <View style={{ ...s.columns, marginBottom: 6 }}>
        <View style={{ flex: 1 }}>
          <Text style={s.label}>{tr("pdf.shipDate")}</Text>
          <Text style={big}>{formatDate(rma.createdAt, locale, { calendarDate: false })}</Text>
        </View>
        <View style={{ flex: 1 }}>
          <Text style={s.label}>{tr("pdf.weight")}</Text>
          <Text style={big}>
            {rma.weightKg ? tr("pdf.weightValue", { weight: formatMoney(rma.weightKg, locale) }) : "—"}
          </Text>
        </View>
      </View>
      <View style={{ marginBottom: 6 }}>
        <Text style={s.label}>{t("pdf.sender")}</Text>
        <Text>{`${c.name} · ${t("pdf.customerNumber")}: ${c.erpNumber}`}</Text>
        <Text>{`${c.street}, ${`${c.postalCode} ${c.city} ${c.country}`.trim()}`}</Text>
      </View>
      <View style={{ marginBottom: 6 }}>
        <Text style={s.label}>{t("pdf.receiver")}</Text>
        {rma.returnAddress.split("·").map((part, i) => (
          <Text key={i} style={big}>
            {part.trim()}
          </Text>
        ))}
      </View>
      <Text style={s.label}>{t("pdf.rmaNumber")}</Text>
      {/* eslint-disable-next-line jsx-a11y/alt-text -- react-pdf Image has no alt */}
      <Image src={barcode} style={{ width: 180, height: 36, alignSelf: "center" }} />
      <Text style={s.barcodeText}>{rma.number}</Text>
    </Page>
  );
}
