// Every PDF the tests read is checked for active content (tests/pdf-text.ts); this proves the
// check itself finds a PDF that runs JavaScript when opened, and passes one of ours.
import { describe, expect, it } from "vitest";
import { pdfText } from "../../tests/pdf-text";

function pdf(catalogExtra: string): Uint8Array {
  const objects = [
    `<< /Type /Catalog /Pages 2 0 R ${catalogExtra} >>`,
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
    catalogExtra ? "<< /S /JavaScript /JS (app.alert\\('x'\\)) >>" : "<< >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

describe("the active-content check on PDFs", () => {
  it("refuses a PDF that runs JavaScript when opened", async () => {
    await expect(pdfText(pdf("/OpenAction 4 0 R"))).rejects.toThrow(/active content/);
  });

  it("passes a PDF without actions", async () => {
    await expect(pdfText(pdf(""))).resolves.toBeTypeOf("string");
  });
});
