// Files the dealer adds to a claim are screened as they are chosen: one that cannot be sent
// (not a photo or PDF, too large, one too many) is named in the message and left out of the
// list, so it never blocks sending. The server checks again, by content.
export const FILE_LIMITS = { maxFiles: 10, maxFileBytes: 10 * 1024 * 1024, maxTotalBytes: 50 * 1024 * 1024 };
const TYPES = new Set(["image/jpeg", "image/png", "image/webp", "image/heic", "application/pdf"]);
const EXTENSIONS = /\.(jpe?g|png|webp|heic|pdf)$/i;

export type TFileProblem = {
  key: "fileType" | "fileTooLarge" | "tooManyFiles" | "claimTooLarge";
  name: string;
};

function isPhotoOrPdf(file: File): boolean {
  return TYPES.has(file.type) || (file.type === "" && EXTENSIONS.test(file.name));
}

const startsWith = (bytes: Uint8Array, at: number, text: string) =>
  [...text].every((c, i) => bytes[at + i] === c.charCodeAt(0));

/** Whether the file's first bytes are those of a JPEG, PNG, WebP, HEIC or PDF (whatever its name says). */
export async function hasPhotoOrPdfContent(file: File): Promise<boolean> {
  const bytes = new Uint8Array(await file.slice(0, 16).arrayBuffer());
  return (
    (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) ||
    startsWith(bytes, 0, "\x89PNG") ||
    (startsWith(bytes, 0, "RIFF") && startsWith(bytes, 8, "WEBP")) ||
    startsWith(bytes, 0, "%PDF-") ||
    (startsWith(bytes, 4, "ftyp") &&
      ["heic", "heix", "hevc", "mif1", "msf1", "heif"].some((brand) => startsWith(bytes, 8, brand)))
  );
}

/** `notPhotoOrPdf`: the added files whose content is no photo or PDF (hasPhotoOrPdfContent). */
export function screenFiles(
  current: File[],
  added: File[],
  existingCount = 0,
  notPhotoOrPdf: ReadonlySet<File> = new Set(),
): { files: File[]; problems: TFileProblem[] } {
  const files = [...current];
  const problems: TFileProblem[] = [];
  let total = files.reduce((sum, f) => sum + f.size, 0);
  for (const file of added) {
    const problem: TFileProblem["key"] | null =
      !isPhotoOrPdf(file) || notPhotoOrPdf.has(file)
        ? "fileType"
        : file.size > FILE_LIMITS.maxFileBytes
          ? "fileTooLarge"
          : files.length + existingCount >= FILE_LIMITS.maxFiles
            ? "tooManyFiles"
            : total + file.size > FILE_LIMITS.maxTotalBytes
              ? "claimTooLarge"
              : null;
    if (problem) {
      problems.push({ key: problem, name: file.name });
      continue;
    }
    files.push(file);
    total += file.size;
  }
  return { files, problems };
}
