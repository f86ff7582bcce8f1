import { StyleSheet } from "@react-pdf/renderer";

// Shared look of the portal's PDF documents (A4, Helvetica, the brand's dark blue).
export const BRAND = "#1e3a5f";

export const documentStyles = StyleSheet.create({
  page: { padding: 36, fontSize: 9, fontFamily: "Helvetica", color: "#111827" },
  header: {
    flexDirection: "row",
    justifyContent: "space-between",
    alignItems: "flex-start",
    marginBottom: 16,
  },
  title: { fontSize: 16, fontFamily: "Helvetica-Bold", color: BRAND, marginBottom: 4 },
  subtitle: { fontSize: 11, fontFamily: "Helvetica-Bold" },
  label: { fontSize: 7, color: "#4b5563", textTransform: "uppercase", marginBottom: 1 },
  value: { fontSize: 9, marginBottom: 6 },
  barcode: { width: 200, height: 50 },
  barcodeText: { fontSize: 10, fontFamily: "Helvetica-Bold", textAlign: "center", marginTop: 2 },
  columns: { flexDirection: "row", gap: 16, marginBottom: 12 },
  box: { flex: 1, borderWidth: 1, borderColor: "#d1d5db", borderRadius: 2, padding: 8 },
  table: { borderTopWidth: 1, borderColor: "#9ca3af", marginTop: 4, marginBottom: 12 },
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderColor: "#d1d5db", paddingVertical: 3 },
  headRow: {
    flexDirection: "row",
    borderBottomWidth: 1,
    borderColor: "#9ca3af",
    paddingVertical: 3,
    fontFamily: "Helvetica-Bold",
  },
  section: { marginBottom: 10 },
  bullet: { flexDirection: "row", marginBottom: 2 },
  footer: {
    position: "absolute",
    bottom: 20,
    left: 36,
    right: 36,
    fontSize: 7,
    color: "#6b7280",
    textAlign: "right",
  },
});
