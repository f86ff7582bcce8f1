import { tinyFiles } from "../../lib/storage/test-files";

// Tiny valid files for the warranty specs (the same builders the integration tests use), the
// text of a downloaded PDF, and a date as a date input wants it.
export { pdfText } from "../../tests/pdf-text";

export const tinyJpeg = tinyFiles.jpeg;
export const tinyPng = tinyFiles.png;
export const tinyPdf = tinyFiles.pdf;

/** A calendar date n days before today, as a date input wants it (yyyy-MM-dd). */
export function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}
