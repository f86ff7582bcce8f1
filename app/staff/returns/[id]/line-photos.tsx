import { getTranslations } from "next-intl/server";

// The dealer's photos of a return line (the reason asked for evidence): thumbnails of what a
// browser can show, every file as a link.
const SHOWN = new Set(["image/jpeg", "image/png", "image/webp"]);

export async function LinePhotos({
  photos,
}: {
  photos: Array<{ id: number; fileName: string; contentType: string }>;
}) {
  if (photos.length === 0) return null;
  const t = await getTranslations("rma.staff");
  return (
    <div className="mt-2">
      <div className="text-xs font-medium text-slate-700">{t("photos")}</div>
      <ul className="mt-1 flex flex-wrap gap-2" data-testid="line-photos">
        {photos.map((photo) => (
          <li key={photo.id} className="flex w-28 flex-col gap-1 text-xs">
            <a href={`/staff/documents/${photo.id}`} className="break-all text-brand-700 underline">
              {SHOWN.has(photo.contentType) ? (
                // biome-ignore lint/performance/noImgElement: a stored attachment behind the staff check, not an optimisable image
                <img
                  src={`/staff/documents/${photo.id}`}
                  alt={photo.fileName}
                  className="h-20 w-28 rounded border border-slate-200 object-cover"
                />
              ) : null}
              {photo.fileName}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
