import { z } from "zod";

/** A file sent with an action's input, read while parsing: the domain gets `{ fileName, bytes }`. */
export const ZFileUploadSchema = z
  .instanceof(File, { message: "errors.required" })
  .transform(async (file) => ({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }));
