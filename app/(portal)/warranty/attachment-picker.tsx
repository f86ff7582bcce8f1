"use client";
import { useTranslations } from "next-intl";
import { useEffect, useMemo } from "react";
import { FILE_LIMITS, hasPhotoOrPdfContent, screenFiles, type TFileProblem } from "./screen-files";

const MB = 1024 * 1024;
/** The {max} of each problem's message: megabytes, or a number of files. */
const LIMIT_MB_OR_COUNT: Record<TFileProblem["key"], number> = {
  fileType: 0,
  fileTooLarge: FILE_LIMITS.maxFileBytes / MB,
  tooManyFiles: FILE_LIMITS.maxFiles,
  claimTooLarge: FILE_LIMITS.maxTotalBytes / MB,
};

// Files chosen for a claim, shown before sending: image thumbnails (object URLs, revoked when
// they leave), other files by name, each removable.
export const ACCEPT = "image/jpeg,image/png,image/webp,image/heic,.heic,application/pdf";
export { FILE_LIMITS } from "./screen-files";

/** The client-side check of the chosen files (the server checks again, by content). */
export function checkChosenFiles(files: File[], existingCount = 0): string | null {
  if (files.length + existingCount > FILE_LIMITS.maxFiles) return "warranty.errors.tooManyFiles";
  if (files.some((f) => f.size > FILE_LIMITS.maxFileBytes)) return "warranty.errors.fileTooLargeShort";
  if (files.reduce((sum, f) => sum + f.size, 0) > FILE_LIMITS.maxTotalBytes)
    return "warranty.errors.claimTooLargeShort";
  return null;
}

type TAttachmentPickerProps = {
  id: string;
  files: File[];
  /** The files to send, and a message naming any just-chosen file that was left out (null: none). */
  onChange: (files: File[], problem: string | null) => void;
  error?: string | null;
  existingCount?: number;
  /** Another form's wording (a return line's photos); the claim's by default. */
  label?: string;
  hint?: string;
};

export function AttachmentPicker({
  id,
  files,
  onChange,
  error,
  existingCount = 0,
  label,
  hint,
}: TAttachmentPickerProps) {
  const t = useTranslations("warranty");
  const describeProblem = (key: TFileProblem["key"], name: string) =>
    t(`errors.${key}`, { name, max: LIMIT_MB_OR_COUNT[key] });
  const previews = useMemo(
    () =>
      files.map((f) =>
        f.type.startsWith("image/") && f.type !== "image/heic" ? URL.createObjectURL(f) : null,
      ),
    [files],
  );
  useEffect(
    () => () => {
      for (const url of previews) if (url) URL.revokeObjectURL(url);
    },
    [previews],
  );

  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label ?? t("fields.attachments")}
      </label>
      <input
        id={id}
        type="file"
        multiple
        accept={ACCEPT}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
        aria-invalid={!!error}
        className="text-sm"
        onChange={async (e) => {
          const added = Array.from(e.target.files ?? []);
          e.target.value = "";
          const content = await Promise.all(added.map(hasPhotoOrPdfContent));
          const notPhotoOrPdf = new Set(added.filter((_, i) => !content[i]));
          const { files: kept, problems } = screenFiles(files, added, existingCount, notPhotoOrPdf);
          const named = problems.map((p) => describeProblem(p.key, p.name));
          // Note: the type rule is said once after the names, as the server words it.
          if (problems.some((p) => p.key === "fileType")) named.push(t("errors.fileTypeShort"));
          onChange(kept, named.length ? named.join(" ") : null);
        }}
      />
      <p id={`${id}-hint`} className="text-xs text-slate-600">
        {hint ?? t("form.filesHint")}
      </p>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      {files.length > 0 ? (
        <ul className="flex flex-wrap gap-3" data-testid="chosen-files">
          {files.map((file, i) => (
            <li
              // biome-ignore lint/suspicious/noArrayIndexKey: two chosen files may share a name
              key={`${file.name}-${i}`}
              className="flex w-36 flex-col gap-1 rounded border border-slate-200 bg-white p-2 text-xs"
            >
              {previews[i] ? (
                // biome-ignore lint/performance/noImgElement: a local object URL, not an optimisable image
                <img src={previews[i]!} alt={file.name} className="h-24 w-full rounded object-cover" />
              ) : (
                <span className="flex h-24 items-center justify-center rounded bg-slate-100 font-semibold text-slate-600">
                  {file.name.split(".").pop()?.toUpperCase()}
                </span>
              )}
              <span className="truncate" title={file.name}>
                {file.name}
              </span>
              <button
                type="button"
                aria-label={t("form.removeFile", { name: file.name })}
                className="self-start text-brand-700 underline"
                onClick={() =>
                  onChange(
                    files.filter((_, j) => j !== i),
                    null,
                  )
                }
              >
                {t("form.remove")}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
