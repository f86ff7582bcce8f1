import { z } from "zod";
import { unstorablePaths } from "@/lib/actions/unstorable";
import { ZReturnPhotoSchema, ZReturnRequestSchema } from "./schema";

// What the return action accepts: the request as an object (no photos), or, when photos come
// with it, FormData with the request as JSON in "request" and each line's files under
// "photos.<deliveredLineId>". Either way the domain gets the request and `photos`.
export const RETURN_REQUEST_ENTRY = "request";
export const PHOTO_ENTRY_PREFIX = "photos.";

// Note: callers from before the label's parcel count and weight send neither: one parcel, no weight.
function withShipmentDefaults(values: object) {
  const { parcelCount, weightKg } = values as { parcelCount?: unknown; weightKg?: unknown };
  return { ...values, parcelCount: parcelCount ?? 1, weightKg: weightKg ?? null };
}

const readForm = z.unknown().transform(async (raw, ctx) => {
  if (!(raw instanceof FormData)) {
    return raw && typeof raw === "object" && !Array.isArray(raw) ? withShipmentDefaults(raw) : raw;
  }
  let values: unknown;
  try {
    values = JSON.parse(String(raw.get(RETURN_REQUEST_ENTRY) ?? "null"));
  } catch {
    values = null;
  }
  // Note: a hand-made request can send anything here; that is an invalid form, not a crash.
  if (!values || typeof values !== "object" || Array.isArray(values)) {
    ctx.addIssue({ code: "custom", message: "errors.validation" });
    return z.NEVER;
  }
  const unstorable = unstorablePaths(values);
  for (const path of unstorable) {
    ctx.addIssue({ code: "custom", path: path.split("."), message: "errors.invalidCharacters" });
  }
  if (unstorable.length) return z.NEVER;
  const photos = [];
  for (const [key, entry] of raw.entries()) {
    if (!key.startsWith(PHOTO_ENTRY_PREFIX) || !(entry instanceof File) || entry.size === 0) continue;
    const deliveredLineId = Number(key.slice(PHOTO_ENTRY_PREFIX.length));
    photos.push({ deliveredLineId, name: entry.name, bytes: new Uint8Array(await entry.arrayBuffer()) });
  }
  return { ...withShipmentDefaults(values), photos };
});

export const ZReturnSubmissionSchema = readForm.pipe(
  ZReturnRequestSchema.extend({ photos: z.array(ZReturnPhotoSchema).max(500).default([]) }),
);
