import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { getAttachmentStore } from "@/lib/storage/store";
import { tinyFiles } from "@/lib/storage/test-files";
import { pdfImageCount, pdfText } from "@/tests/pdf-text";
import { renderClaimPdf } from "./claim-pdf";
import { getClaimForPdf } from "./queries";
import { submitWarrantyClaim } from "./submit-warranty-claim";
import { createDealer, validClaim } from "./test-helpers";

const dir = await mkdtemp(path.join(tmpdir(), "claim-pdf-"));
env.UPLOAD_DIR = dir;
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("renderClaimPdf", () => {
  it("prints the claim as filed in the user's language, with its photos and attachments", async () => {
    const dealer = await createDealer("30001");
    const files = [
      { name: "turbo.jpg", bytes: tinyFiles.jpeg() },
      { name: "as.png", bytes: tinyFiles.png() },
      { name: "iphone.heic", bytes: Buffer.from("\x00\x00\x00\x18ftypheic\x00\x00\x00\x00", "latin1") },
      { name: "factuur.pdf", bytes: tinyFiles.pdf() },
      { name: "kapot.jpg", bytes: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]) },
    ];
    const { number } = await submitWarrantyClaim(
      dealer,
      validClaim({ complaint: "Turbo fluit bij 2000 toeren." }),
      files,
    );
    const claim = (await getClaimForPdf(dealer.customerId, number))!;

    const nl = await pdfText(await renderClaimPdf(claim, "nl", getAttachmentStore()));
    for (const text of [
      number,
      "WG1803348",
      "Volkswagen",
      "Golf 1.6 TDI",
      "WVWZZZ1KZGW123456",
      "Turbo fluit bij 2000 toeren.",
      "Garantieaanvraag",
      "Oliedruk",
      "iphone.heic",
      "factuur.pdf",
      "10-01-2026",
    ]) {
      expect(nl).toContain(text);
    }
    const fr = await pdfText(await renderClaimPdf(claim, "fr", getAttachmentStore()));
    expect(fr).toContain("Demande de garantie");
    expect(fr).toContain("Pression d'huile");
    expect(fr).toContain(number);
  });

  it("prints the JPEG and PNG photos small", async () => {
    const dealer = await createDealer("30002");
    const files = [
      { name: "turbo.jpg", bytes: tinyFiles.jpeg() },
      { name: "as.png", bytes: tinyFiles.png() },
    ];
    const { number } = await submitWarrantyClaim(dealer, validClaim(), files);
    const pdf = await renderClaimPdf(
      (await getClaimForPdf(dealer.customerId, number))!,
      "en",
      getAttachmentStore(),
    );
    expect(await pdfImageCount(pdf)).toBe(2);
    expect(await pdfText(pdf)).toContain("Warranty claim");
  });
});
