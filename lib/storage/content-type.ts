// What an uploaded file really is, decided by its first bytes (never by its name or the
// browser's declared type), and the limits every attachment must keep.
export const ATTACHMENT_LIMITS = {
  maxFileBytes: 10 * 1024 * 1024,
  maxTotalBytes: 50 * 1024 * 1024,
  maxFiles: 10,
} as const;

export const ACCEPTED_CONTENT_TYPES = [
  "image/jpeg",
  "image/png",
  "image/webp",
  "image/heic",
  "application/pdf",
] as const;
export type TAttachmentContentType = (typeof ACCEPTED_CONTENT_TYPES)[number];

const EXTENSIONS: Record<TAttachmentContentType, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  "image/heic": "heic",
  "application/pdf": "pdf",
};

function startsWith(bytes: Uint8Array, signature: number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((byte, i) => bytes[offset + i] === byte);
}

function ascii(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0));
}

/** The real type of a file by its magic bytes, or null when it is not one we accept. */
export function detectContentType(bytes: Uint8Array): TAttachmentContentType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "image/webp";
  if (["ftypheic", "ftypheix", "ftypmif1"].some((brand) => startsWith(bytes, ascii(brand), 4)))
    return "image/heic";
  if (startsWith(bytes, ascii("%PDF-"))) return "application/pdf";
  return null;
}

export function isImage(contentType: string): boolean {
  return contentType.startsWith("image/");
}

/** Images that react-pdf can print (it cannot decode HEIC or WebP). */
export function isPrintableImage(contentType: string): boolean {
  return contentType === "image/jpeg" || contentType === "image/png";
}

/**
 * A file name safe to store and show: no folders (`../../etc/passwd.png` → `passwd.png`), no
 * control or format characters (a right-to-left override turns `photo\u202egpj.exe` into what
 * looks like `photoexe.jpg`), NFC-normalised, at most 120 characters, never empty. Given the
 * detected content type, the extension is that type's: a JPEG named `poly.html` is `poly.jpg`.
 */
export function sanitizeFileName(name: string, contentType?: TAttachmentContentType): string {
  const base = name.normalize("NFC").split(/[\\/]/).pop() ?? "";
  let clean = base
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}"<>:|?*]/gu, "")
    .replace(/^[.\s]+/, "")
    .trim();
  if (contentType) clean = `${stem(clean) || "attachment"}.${EXTENSIONS[contentType]}`;
  if (!clean) clean = "attachment";
  if (clean.length > 120) {
    const dot = clean.lastIndexOf(".");
    const extension = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : "";
    clean = clean.slice(0, 120 - extension.length) + extension;
  }
  return clean;
}

function stem(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return (dot > 0 ? fileName.slice(0, dot) : fileName).replace(/[.\s]+$/, "");
}
