import "server-only";
import { Document, Page, renderToBuffer, StyleSheet, Text, View } from "@react-pdf/renderer";
import type { Messages } from "next-intl";
import { formatDate } from "@/lib/i18n/format";
import type { TLocale } from "@/lib/i18n/locales";
import { staffTranslator } from "../translate";

// The distributor's reaction to a warranty claim, as the PDF the dealer downloads.
export type TReactionPdf = {
  claimNumber: string;
  customerName: string;
  articleNumber: string;
  serialNumber: string;
  claimDate: Date;
  reaction: string;
  statusLabel: string;
  staffName: string;
};

const styles = StyleSheet.create({
  page: { padding: 48, fontSize: 10, fontFamily: "Helvetica", lineHeight: 1.4 },
  title: { fontSize: 16, fontFamily: "Helvetica-Bold", marginBottom: 16 },
  row: { flexDirection: "row", marginBottom: 2 },
  label: { width: 140, color: "#475569" },
  body: { marginTop: 20, paddingTop: 12, borderTop: "1pt solid #cbd5e1" },
  footer: { marginTop: 24, color: "#475569" },
});

export async function renderReactionPdf(data: TReactionPdf, locale: TLocale): Promise<Buffer> {
  const staffT = await staffTranslator(locale);
  const t = (key: keyof Messages["staff"]["warranty"]["pdf"], values?: Record<string, string>) =>
    staffT(`warranty.pdf.${key}`, values);
  const rows: Array<[string, string]> = [
    [t("claimNumber"), data.claimNumber],
    [t("customer"), data.customerName],
    [t("claimDate"), formatDate(data.claimDate, locale, { calendarDate: false })],
    [t("article"), data.articleNumber],
    [t("serialNumber"), data.serialNumber],
    [t("status"), data.statusLabel],
    [t("date"), formatDate(new Date(), locale, { calendarDate: false })],
  ];
  return renderToBuffer(
    <Document title={`${t("title")} ${data.claimNumber}`}>
      <Page size="A4" style={styles.page}>
        <Text style={styles.title}>
          {t("title")} {data.claimNumber}
        </Text>
        {rows.map(([label, value]) => (
          <View key={label} style={styles.row}>
            <Text style={styles.label}>{label}</Text>
            <Text>{value}</Text>
          </View>
        ))}
        <View style={styles.body}>
          <Text>{data.reaction}</Text>
        </View>
        <Text style={styles.footer}>{t("signedBy", { name: data.staffName })}</Text>
      </Page>
    </Document>,
  );
}
