// Test helpers: a mail renderer that stops until released, and a probe that takes (and gives
// back) a document number from another transaction, to show a submission does not hold the
// number's counter row while its mail renders.
import { db } from "@/lib/db/client";
import type { TRenderEmail } from "@/lib/email/outbox";
import { renderEmail } from "@/lib/email/render";
import { nextDocumentNumber, type TNumberKind } from "./next-number";

export function blockingRenderer(): { render: TRenderEmail; rendering: Promise<void>; release: () => void } {
  let started!: () => void;
  let release!: () => void;
  const rendering = new Promise<void>((resolve) => {
    started = resolve;
  });
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const render: TRenderEmail = async (template, language, data) => {
    started();
    await gate;
    return renderEmail(template, language, data);
  };
  return { render, rendering, release };
}

class GiveBack extends Error {}

/** "taken" when another transaction got a number of `kind` within `ms` (rolled back, so the number is given back), else "waited". */
export async function takeNumberWithin(kind: TNumberKind, ms: number): Promise<"taken" | "waited"> {
  const taken = db
    .$transaction(async (tx) => {
      await nextDocumentNumber(tx, kind);
      throw new GiveBack();
    })
    .catch((error: unknown) => {
      if (error instanceof GiveBack) return "taken" as const;
      throw error;
    });
  let timer: NodeJS.Timeout | undefined;
  const waited = new Promise<"waited">((resolve) => {
    timer = setTimeout(() => resolve("waited"), ms);
  });
  try {
    return await Promise.race([taken, waited]);
  } finally {
    clearTimeout(timer);
  }
}
