"use client";
import { useTranslations } from "next-intl";
import { useEffect, useMemo } from "react";

// Files chosen for a claim, shown before sending: image thumbnails (object URLs, revoked when
// they leave), other files by name, each removable.
export const ACCEPT = "image/jpeg,image/png,image/webp,image/heic,.heic,application/pdf";
export const FILE_LIMITS = { maxFiles: 10, maxFileBytes: 10 * 1024 * 1024, maxTotalBytes: 50 * 1024 * 1024 };

/** The client-side check of the chosen files (the server checks again, by content). */
export function checkChosenFiles(files: File[], existingCount = 0): string | null {
  if (files.length + existingCount > FILE_LIMITS.maxFiles) return "warranty.errors.tooManyFiles";
  if (files.some((f) => f.size > FILE_LIMITS.maxFileBytes)) return "warranty.errors.fileTooLargeShort";
  if (files.reduce((sum, f) => sum + f.size, 0) > FILE_LIMITS.maxTotalBytes) return "warranty.errors.claimTooLargeShort";
  return null;
}

export function AttachmentPicker({ id, files, onChange, error }: { id: string; files: File[]; onChange: (files: File[]) => void; error?: string | null }) {
  const t = useTranslations("warranty");
  const previews = useMemo(() => files.map((f) => (f.type.startsWith("image/") && f.type !== "image/heic" ? URL.createObjectURL(f) : null)), [files]);
  useEffect(() => () => previews.forEach((url) => url && URL.revokeObjectURL(url)), [previews]);

  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">{t("fields.attachments")}</label>
      <input
        id={id}
        type="file"
        multiple
        accept={ACCEPT}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
        aria-invalid={!!error}
        className="text-sm"
        onChange={(e) => {
          onChange([...files, ...Array.from(e.target.files ?? [])]);
          e.target.value = "";
        }}
      />
      <p id={`${id}-hint`} className="text-xs text-slate-600">{t("form.filesHint")}</p>
      {error ? <p id={`${id}-error`} role="alert" className="text-sm text-red-700">{error}</p> : null}
      {files.length > 0 ? (
        <ul className="flex flex-wrap gap-3" data-testid="chosen-files">
          {files.map((file, i) => (
            <li key={`${file.name}-${i}`} className="flex w-36 flex-col gap-1 rounded border border-slate-200 bg-white p-2 text-xs">
              {previews[i] ? (
                // eslint-disable-next-line @next/next/no-img-element -- a local object URL, not an optimisable image
                <img src={previews[i]!} alt={file.name} className="h-24 w-full rounded object-cover" />
              ) : (
                <span className="flex h-24 items-center justify-center rounded bg-slate-100 font-semibold text-slate-600">{file.name.split(".").pop()?.toUpperCase()}</span>
              )}
              <span className="truncate" title={file.name}>{file.name}</span>
              <button type="button" aria-label={t("form.removeFile", { name: file.name })} className="self-start text-brand-700 underline" onClick={() => onChange(files.filter((_, j) => j !== i))}>
                {t("form.remove")}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
