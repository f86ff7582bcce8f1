import { describe, expect, it } from "vitest";
import { detectContentType, sanitizeFileName } from "./content-type";
import { tinyFiles } from "./test-files";

describe("detectContentType", () => {
  it("accepts real JPEG, PNG, WebP, HEIC and PDF files by their bytes", () => {
    expect(detectContentType(tinyFiles.jpeg())).toBe("image/jpeg");
    expect(detectContentType(tinyFiles.png())).toBe("image/png");
    expect(detectContentType(tinyFiles.pdf())).toBe("application/pdf");
    expect(detectContentType(Buffer.from("RIFF\x10\x00\x00\x00WEBPVP8 ", "latin1"))).toBe("image/webp");
    expect(detectContentType(Buffer.from("\x00\x00\x00\x18ftypheic\x00\x00\x00\x00", "latin1"))).toBe(
      "image/heic",
    );
    expect(detectContentType(Buffer.from("\x00\x00\x00\x18ftypmif1\x00\x00\x00\x00", "latin1"))).toBe(
      "image/heic",
    );
  });

  it("refuses an ELF executable, HTML, SVG and empty files whatever they are called", () => {
    expect(detectContentType(Buffer.from("\x7fELF\x02\x01\x01\x00", "latin1"))).toBeNull();
    expect(detectContentType(Buffer.from("<!doctype html><script>alert(1)</script>"))).toBeNull();
    expect(detectContentType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(detectContentType(Buffer.alloc(0))).toBeNull();
    expect(detectContentType(Buffer.from("RIFF\x10\x00\x00\x00WAVEfmt ", "latin1"))).toBeNull();
  });
});

describe("sanitizeFileName", () => {
  it("strips folders, control characters and keeps at most 120 characters", () => {
    expect(sanitizeFileName("../../etc/passwd.png")).toBe("passwd.png");
    expect(sanitizeFileName("C:\\Users\\me\\foto 1.jpg")).toBe("foto 1.jpg");
    expect(sanitizeFileName("turbo\u0000\u001b[31m.jpg")).toBe("turbo[31m.jpg");
    const long = sanitizeFileName(`${"a".repeat(300)}.pdf`);
    expect(long).toHaveLength(120);
    expect(long.endsWith(".pdf")).toBe(true);
    expect(sanitizeFileName("../..", "image/png")).toBe("attachment.png");
  });
});

describe("stored attachment names", () => {
  it("take the extension of the detected type, whatever the name says", () => {
    expect(sanitizeFileName("poly.html", "image/jpeg")).toBe("poly.jpg");
    expect(sanitizeFileName("x.svg", "image/png")).toBe("x.png");
    expect(sanitizeFileName("rapport.pdf.exe", "application/pdf")).toBe("rapport.pdf.pdf");
    expect(sanitizeFileName("foto.JPEG", "image/jpeg")).toBe("foto.jpg");
    expect(sanitizeFileName(".html", "image/jpeg")).toBe("html.jpg");
    expect(sanitizeFileName("...", "image/jpeg")).toBe("attachment.jpg");
  });

  it("drop bidi overrides, zero-width and other format characters, NFC-normalised", () => {
    expect(sanitizeFileName("photo\u202egpj.exe", "image/jpeg")).toBe("photogpj.jpg");
    expect(sanitizeFileName("a\u200bb\u2066c\u2069d\ufeff.png", "image/png")).toBe("abcd.png");
    expect(sanitizeFileName("cafe\u0301.pdf", "application/pdf")).toBe("caf\u00e9.pdf");
    expect(sanitizeFileName("line\u2028break.pdf", "application/pdf")).toBe("linebreak.pdf");
  });

  it("never come out longer than 120 characters, the extension kept", () => {
    const long = sanitizeFileName(`${"ü".repeat(300)}.html`, "image/webp");
    expect(long).toHaveLength(120);
    expect(long.endsWith(".webp")).toBe(true);
  });
});
