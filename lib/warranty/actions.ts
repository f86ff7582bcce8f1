"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import type { TActionResult } from "@/lib/actions/result";
import { requireDealer } from "@/lib/auth/session";
import { addClaimMessage } from "./add-claim-message";
import type { TUpload } from "./attachments";
import { ZClaimMessageSchema, ZWarrantyClaimSchema } from "./schema";
import { submitWarrantyClaim } from "./submit-warranty-claim";

// The form posts FormData: the fields as JSON in "claim" (or "message"), the files as "files".
function readForm(formData: FormData, field: string): { raw: unknown; files: File[] } {
  // Note: a hand-made request can send anything as the argument; that is an invalid form, not a crash.
  if (!(formData instanceof FormData)) return { raw: null, files: [] };
  let raw: unknown = null;
  try {
    raw = JSON.parse(String(formData.get(field) ?? "null"));
  } catch {
    raw = null;
  }
  const files = formData.getAll("files").filter((f): f is File => typeof f !== "string" && f.size > 0);
  return { raw, files };
}

async function toUploads(files: File[]): Promise<TUpload[]> {
  return Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
}

// Note: the domain functions validate the raw form values themselves (the schema turns the
// form's strings into numbers, so its output cannot be parsed a second time).
const runSubmit = (raw: unknown, files: File[]) =>
  defineAction(ZWarrantyClaimSchema, async () => {
    const dealer = await requireDealer();
    const claim = await submitWarrantyClaim(dealer, raw, await toUploads(files));
    revalidatePath("/warranty");
    revalidatePath("/");
    return { number: claim.number };
  });

// Server action – file a warranty claim with its attachments (idempotent on the form's key).
export async function submitWarrantyClaimAction(formData: FormData): Promise<TActionResult<{ number: string }>> {
  const { raw, files } = readForm(formData, "claim");
  return runSubmit(raw, files)(raw);
}

const runMessage = (raw: unknown, files: File[]) =>
  defineAction(ZClaimMessageSchema, async () => {
    const dealer = await requireDealer();
    const result = await addClaimMessage(dealer, raw, await toUploads(files));
    revalidatePath(`/warranty/${result.number}`);
    revalidatePath("/warranty");
    return result;
  });

// Server action – add a message and/or attachments to an open claim of the dealer's company.
export async function addClaimMessageAction(formData: FormData): Promise<TActionResult<{ number: string }>> {
  const { raw, files } = readForm(formData, "message");
  return runMessage(raw, files)(raw);
}
