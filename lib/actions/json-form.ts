import { z } from "zod";
import { unstorablePaths } from "./unstorable";

export type TFormUpload = { name: string; bytes: Uint8Array };

const ZUpload = z.object({ name: z.string(), bytes: z.instanceof(Uint8Array) });
const ZUploads = z.object({ uploads: z.array(ZUpload) });

/**
 * A form posted as FormData (it carries files): its values as JSON in the entry `entry`, its
 * files under "files". Parses to the values as `fields` makes them, plus the non-empty files'
 * bytes as `uploads`; field errors keep the fields' own paths ("complaint", not "claim.complaint").
 */
export function jsonFormData<S extends z.ZodType>(entry: string, fields: S) {
  const read = z.instanceof(FormData, { message: "errors.validation" }).transform(async (form, ctx) => {
    let values: unknown;
    try {
      values = JSON.parse(String(form.get(entry) ?? "null"));
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
    const files = form.getAll("files").filter((f): f is File => f instanceof File && f.size > 0);
    const uploads = await Promise.all(
      files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
    );
    return { ...values, uploads };
  });
  return read.pipe(z.intersection(fields, ZUploads));
}
