import "server-only";
import { Document, Image, Page, renderToBuffer, StyleSheet, Text, View } from "@react-pdf/renderer";
import { createTranslator } from "next-intl";
import { formatDate } from "@/lib/i18n/format";
import type { TLocale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import { isPrintableImage } from "@/lib/storage/content-type";
import type { TAttachmentStore } from "@/lib/storage/store";
import type { TClaimForPdf } from "./queries";

// The warranty claim as filed (SPEC §3.1), in the user's language: every field, the checks,
// the attachments listed, and the JPEG/PNG photos printed small (react-pdf cannot decode
// HEIC or WebP, so those are listed by name only).
const styles = StyleSheet.create({
  page: { padding: 40, fontSize: 9.5, fontFamily: "Helvetica", lineHeight: 1.35 },
  title: { fontSize: 16, fontFamily: "Helvetica-Bold", marginBottom: 4 },
  subtitle: { color: "#475569", marginBottom: 14 },
  heading: {
    fontSize: 11,
    fontFamily: "Helvetica-Bold",
    marginTop: 12,
    marginBottom: 4,
    paddingBottom: 2,
    borderBottom: "1pt solid #cbd5e1",
  },
  row: { flexDirection: "row", marginBottom: 1.5 },
  label: { width: 150, color: "#475569" },
  value: { flex: 1 },
  photos: { flexDirection: "row", flexWrap: "wrap", gap: 8, marginTop: 6 },
  photo: { width: 150, height: 112, objectFit: "contain", border: "0.5pt solid #cbd5e1" },
  caption: { width: 150, fontSize: 7.5, color: "#475569" },
});

const MAX_PRINTED_PHOTOS = 10;
type TTranslate = {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
};

export async function renderClaimPdf(
  claim: TClaimForPdf,
  locale: TLocale,
  store: TAttachmentStore,
): Promise<Buffer> {
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: "warranty" }) as unknown as TTranslate;
  const date = (value: Date | null) => formatDate(value, locale);
  const number = (value: number | null) =>
    value === null ? "" : new Intl.NumberFormat(locale === "en" ? "en-GB" : `${locale}-NL`).format(value);
  const address = [
    claim.customer.street,
    `${claim.customer.postalCode} ${claim.customer.city}`.trim(),
    claim.customer.country,
  ]
    .filter(Boolean)
    .join(", ");

  const sections: Array<[string, Array<[string, string]>]> = [
    [
      t("pdf.dealer"),
      [
        [t("pdf.customer"), `${claim.customer.name} (${claim.customer.erpNumber})`],
        [t("pdf.address"), address],
        [t("pdf.filedBy"), `${claim.createdBy.name} <${claim.createdBy.email}>`],
      ],
    ],
    [
      t("pdf.part"),
      [
        [t("fields.articleNumber"), claim.articleNumber],
        [t("fields.serialNumber"), claim.serialNumber],
        [t("fields.salesOrderNumber"), claim.salesOrderNumber],
        [t("fields.quantity"), String(claim.quantity)],
      ],
    ],
    [
      t("pdf.vehicle"),
      [
        [t("fields.vehicleMake"), claim.vehicleMake],
        [t("fields.vehicleModel"), claim.vehicleModel],
        [t("fields.vehicleYear"), claim.vehicleYear?.toString() ?? ""],
        [t("fields.vin"), claim.vin],
        [t("fields.engineCode"), claim.engineCode],
        [t("fields.mileageAtFitting"), number(claim.mileageAtFitting)],
        [t("fields.mileageAtFailure"), number(claim.mileageAtFailure)],
        [t("fields.fittingDate"), date(claim.fittingDate)],
        [t("fields.failureDate"), date(claim.failureDate)],
        [t("fields.fittedBy"), claim.fittedBy],
      ],
    ],
  ];
  const checks = claim.checksDone.map((c) => (t.has(`checks.${c}`) ? t(`checks.${c}`) : c));
  const printable = claim.documents
    .filter((d) => isPrintableImage(d.contentType))
    .slice(0, MAX_PRINTED_PHOTOS);
  const photos = (
    await Promise.all(
      printable.map(async (d) => ({ doc: d, bytes: await store.get(d.storageKey).catch(() => null) })),
    )
  ).filter((p): p is { doc: (typeof printable)[number]; bytes: Buffer } => p.bytes !== null);

  // Note: a file can start like a JPEG and still not decode; then the PDF is made without the photos rather than failing.
  return renderToBuffer(claimDocument(photos)).catch(() => renderToBuffer(claimDocument([])));

  function claimDocument(printed: typeof photos) {
    return (
      <Document title={`${t("pdf.title")} ${claim.number}`} language={locale}>
        <Page size="A4" style={styles.page}>
          <Text style={styles.title}>
            {t("pdf.title")} {claim.number}
          </Text>
          <Text style={styles.subtitle}>
            {t("pdf.submittedOn", { date: formatDate(claim.createdAt, locale, { calendarDate: false }) })}
          </Text>
          {sections.map(([heading, rows]) => (
            <View key={heading} wrap={false}>
              <Text style={styles.heading}>{heading}</Text>
              {rows.map(([label, value]) => (
                <View key={label} style={styles.row}>
                  <Text style={styles.label}>{label}</Text>
                  <Text style={styles.value}>{value}</Text>
                </View>
              ))}
            </View>
          ))}
          <Text style={styles.heading}>{t("fields.complaint")}</Text>
          <Text>{claim.complaint}</Text>
          <Text style={styles.heading}>{t("fields.checksDone")}</Text>
          <Text>{checks.length ? checks.join(" · ") : t("pdf.none")}</Text>
          <Text style={styles.heading}>{t("pdf.attachments")}</Text>
          {claim.documents.length === 0 ? <Text>{t("pdf.none")}</Text> : null}
          {claim.documents.map((d) => (
            <Text key={d.id}>
              • {d.fileName} ({Math.max(1, Math.round(d.size / 1024))} kB)
            </Text>
          ))}
          {printed.length > 0 ? (
            <View style={styles.photos}>
              {printed.map(({ doc, bytes }) => (
                <View key={doc.id} wrap={false}>
                  {/* eslint-disable-next-line jsx-a11y/alt-text -- react-pdf Image has no alt */}
                  <Image
                    style={styles.photo}
                    src={{ data: bytes, format: doc.contentType === "image/png" ? "png" : "jpg" }}
                  />
                  <Text style={styles.caption}>{doc.fileName}</Text>
                </View>
              ))}
            </View>
          ) : null}
        </Page>
      </Document>
    );
  }
}
