import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/actions/field-errors";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { blockingRenderer, takeNumberWithin } from "@/lib/numbers/test-counter-probe";
import { getAttachmentStore } from "@/lib/storage/store";
import { tinyFiles } from "@/lib/storage/test-files";
import { addClaimMessage } from "./add-claim-message";
import { getClaimDetail, getClaimForPdf, getDealerDocument } from "./queries";
import { ZWarrantyClaimSchema } from "./schema";
import { submitWarrantyClaim } from "./submit-warranty-claim";
import { createDealer, validClaim, validClaimForm } from "./test-helpers";

const uploadDir = await mkdtemp(path.join(tmpdir(), "claims-"));
env.UPLOAD_DIR = uploadDir;
afterAll(() => rm(uploadDir, { recursive: true, force: true }));

let dealer: { userId: number; customerId: number };
let other: { userId: number; customerId: number };
beforeAll(async () => {
  dealer = await createDealer("20001");
  other = await createDealer("20002");
});

const elf = Buffer.concat([Buffer.from("\x7fELF\x02\x01\x01\x00", "latin1"), Buffer.alloc(64)]);
const html = Buffer.from("<html><body><script>alert(1)</script></body></html>");

async function snapshot() {
  return {
    claims: await db.warrantyClaim.count(),
    documents: await db.document.count(),
    events: await db.warrantyEvent.count(),
    outbox: await db.outboxMessage.count(),
    files: (await readdir(uploadDir)).length,
  };
}

async function expectRefused(run: () => Promise<unknown>, code = "VALIDATION") {
  const before = await snapshot();
  const error = await run().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  expect(await snapshot()).toEqual(before);
  return error as AppError;
}

describe("submitWarrantyClaim refusals leave no row and no file", () => {
  it("refuses a .jpg that is really an ELF executable or HTML", async () => {
    const error = await expectRefused(() =>
      submitWarrantyClaim(dealer, validClaim(), [
        { name: "photo.jpg", bytes: tinyFiles.jpeg() },
        { name: "turbo.jpg", bytes: elf },
      ]),
    );
    expect(error.messageKey).toBe("warranty.errors.fileType");
    await expectRefused(() =>
      submitWarrantyClaim(dealer, validClaim(), [{ name: "turbo.jpg", bytes: html }]),
    );
  });

  it("refuses a 12 MB photo", async () => {
    const big = Buffer.concat([tinyFiles.jpeg(), Buffer.alloc(12 * 1024 * 1024)]);
    const error = await expectRefused(() =>
      submitWarrantyClaim(dealer, validClaim(), [{ name: "big.jpg", bytes: big }]),
    );
    expect(error.messageKey).toBe("warranty.errors.fileTooLarge");
  });

  it("refuses more than 10 files and more than 50 MB in one claim", async () => {
    await expectRefused(() =>
      submitWarrantyClaim(
        dealer,
        validClaim(),
        Array.from({ length: 11 }, (_, i) => ({ name: `p${i}.png`, bytes: tinyFiles.png() })),
      ),
    );
    const nine = Buffer.concat([tinyFiles.pdf(), Buffer.alloc(9 * 1024 * 1024)]);
    await expectRefused(() =>
      submitWarrantyClaim(
        dealer,
        validClaim(),
        Array.from({ length: 6 }, (_, i) => ({ name: `d${i}.pdf`, bytes: nine })),
      ),
    );
  });

  it("refuses ../../etc/passwd.png when it is not an image", async () => {
    await expectRefused(() =>
      submitWarrantyClaim(dealer, validClaim(), [
        { name: "../../etc/passwd.png", bytes: Buffer.from("root:x:0:0:root:/root:/bin/bash\n") },
      ]),
    );
  });

  it("refuses a claim with a missing required field or impossible values (the schema the action parses with)", () => {
    const errors = (form: unknown) => {
      const parsed = ZWarrantyClaimSchema.safeParse(form);
      return parsed.success ? null : fieldErrorsOf(parsed.error.issues);
    };
    expect(errors(validClaimForm({ complaint: "  " }))?.complaint).toEqual(["errors.required"]);
    expect(errors({ ...validClaimForm(), articleNumber: undefined })?.articleNumber).toBeDefined();
    expect(errors(validClaimForm({ mileageAtFailure: "1000" }))?.mileageAtFailure).toEqual([
      "warranty.errors.failureMileageBeforeFitting",
    ]);
    expect(errors(validClaimForm({ failureDate: "2099-01-01" }))?.failureDate).toContain(
      "warranty.errors.dateInFuture",
    );
    expect(errors(validClaimForm({ quantity: "0" }))?.quantity).toBeDefined();
    expect(errors(validClaimForm({ complaint: "x".repeat(4001) }))?.complaint).toEqual(["errors.tooLong"]);
    expect(errors(validClaimForm({ articleNumber: "WG\u0000123" }))?.articleNumber).toBeDefined();
    expect(errors(validClaimForm())).toBeNull();
  });
});

describe("submitWarrantyClaim", () => {
  it("files the claim with its documents, event, audit entry and confirmation mail; files read back byte-identical", async () => {
    const files = [
      { name: "../../etc/passwd.png", bytes: tinyFiles.png() },
      { name: "turbo.jpg", bytes: tinyFiles.jpeg() },
      { name: "factuur.pdf", bytes: tinyFiles.pdf() },
    ];
    const claim = await submitWarrantyClaim(dealer, validClaim(), files);
    expect(claim.number).toMatch(/^MAS\d{8}$/);

    const stored = await db.warrantyClaim.findUniqueOrThrow({
      where: { id: claim.id },
      include: { documents: { orderBy: { id: "asc" } }, events: true },
    });
    expect(stored).toMatchObject({
      status: "RECEIVED",
      customerId: dealer.customerId,
      articleNumber: "WG1803348",
      mileageAtFailure: 131500,
      checksDone: ["oilPressure", "airFilter"],
    });
    expect(stored.fittingDate?.toISOString()).toBe("2026-01-10T00:00:00.000Z");
    expect(stored.documents.map((d) => [d.fileName, d.contentType, d.kind, d.source, d.customerId])).toEqual([
      ["passwd.png", "image/png", "WARRANTY_ATTACHMENT", "DEALER", dealer.customerId],
      ["turbo.jpg", "image/jpeg", "WARRANTY_ATTACHMENT", "DEALER", dealer.customerId],
      ["factuur.pdf", "application/pdf", "WARRANTY_ATTACHMENT", "DEALER", dealer.customerId],
    ]);
    expect(stored.events).toMatchObject([{ kind: "STATUS", status: "RECEIVED", byStaff: false }]);
    for (const [i, doc] of stored.documents.entries()) {
      expect(doc.storageKey).toMatch(/^[0-9a-f-]{36}$/);
      expect(doc.size).toBe(files[i]!.bytes.length);
      expect((await getAttachmentStore().get(doc.storageKey))!.equals(files[i]!.bytes)).toBe(true);
      expect((await readFile(path.join(uploadDir, doc.storageKey))).equals(files[i]!.bytes)).toBe(true);
    }
    expect(await readdir(uploadDir)).toHaveLength(3);
    expect(
      await db.auditEntry.count({
        where: { objectType: "WarrantyClaim", objectId: claim.number, action: "warranty.submit" },
      }),
    ).toBe(1);
    const mail = await db.outboxMessage.findFirstOrThrow({
      where: { template: "warranty-confirmation" },
      orderBy: { id: "desc" },
    });
    expect(mail.to).toEqual(["20001@dealer.test"]);
    expect(mail.text).toContain(claim.number);
    expect(mail.html).toContain(`/warranty/${claim.number}/claim.pdf`);
  });

  it("holds the claim number's counter row only for the inserts: another transaction takes a number while the mail renders", async () => {
    const blocked = blockingRenderer();
    const submission = submitWarrantyClaim(dealer, validClaim(), [], undefined, blocked.render);
    await blocked.rendering;
    const probe = await takeNumberWithin("CLAIM", 5_000);
    blocked.release();
    const claim = await submission;
    expect(probe).toBe("taken");
    const mail = await db.outboxMessage.findFirstOrThrow({
      where: { template: "warranty-confirmation" },
      orderBy: { id: "desc" },
    });
    expect(mail.subject).toContain(claim.number);
    expect(mail.html).toContain(`/warranty/${claim.number}/claim.pdf`);
    for (const part of [mail.subject, mail.html, mail.text]) expect(part).not.toContain("MASXXX");
  });

  it("is idempotent on the submission key", async () => {
    const form = validClaim();
    const first = await submitWarrantyClaim(dealer, form, [{ name: "a.png", bytes: tinyFiles.png() }]);
    const before = await snapshot();
    const again = await submitWarrantyClaim(dealer, form, [{ name: "a.png", bytes: tinyFiles.png() }]);
    expect(again).toEqual(first);
    expect(await snapshot()).toEqual(before);
    const [x, y] = await Promise.all([
      submitWarrantyClaim(dealer, { ...form, idempotencyKey: crypto.randomUUID() }, []),
      submitWarrantyClaim(other, form, []),
    ]);
    expect(x.number).not.toBe(y.number);
  });

  it("removes the stored files when the database write fails", async () => {
    const before = await snapshot();
    const error = await submitWarrantyClaim({ ...dealer, userId: other.userId }, validClaim(), [
      { name: "a.png", bytes: tinyFiles.png() },
    ]).catch((e: unknown) => e);
    expect((error as AppError).code).toBe("NOT_FOUND");
    expect(await snapshot()).toEqual(before);
    await db.$executeRawUnsafe(
      `CREATE FUNCTION fail_event() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'event refused'; END $$`,
    );
    await db.$executeRawUnsafe(
      `CREATE TRIGGER fail_event BEFORE INSERT ON "WarrantyEvent" FOR EACH ROW EXECUTE FUNCTION fail_event()`,
    );
    try {
      await expect(
        submitWarrantyClaim(dealer, validClaim(), [
          { name: "a.png", bytes: tinyFiles.png() },
          { name: "b.pdf", bytes: tinyFiles.pdf() },
        ]),
      ).rejects.toThrow();
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER fail_event ON "WarrantyEvent"`);
      await db.$executeRawUnsafe(`DROP FUNCTION fail_event()`);
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe("tenant scope", () => {
  it("hides another dealer's claim, documents and message form (NOT_FOUND)", async () => {
    const claim = await submitWarrantyClaim(dealer, validClaim(), [
      { name: "a.png", bytes: tinyFiles.png() },
    ]);
    const doc = await db.document.findFirstOrThrow({ where: { claimId: claim.id } });
    expect(await getClaimDetail(other.customerId, claim.number)).toBeNull();
    expect(await getClaimForPdf(other.customerId, claim.number)).toBeNull();
    expect(await getDealerDocument(other.customerId, doc.id)).toBeNull();
    await expectRefused(
      () => addClaimMessage(other, { claimNumber: claim.number, message: "hallo" }, []),
      "NOT_FOUND",
    );
    expect(await getClaimDetail(dealer.customerId, claim.number)).not.toBeNull();
    expect(await getDealerDocument(dealer.customerId, doc.id)).toMatchObject({ id: doc.id });
  });

  it("adds a message and attachments to an open claim, refuses bad files and closed claims", async () => {
    const claim = await submitWarrantyClaim(dealer, validClaim(), []);
    await expectRefused(() =>
      addClaimMessage(dealer, { claimNumber: claim.number, message: "" }, [{ name: "x.jpg", bytes: elf }]),
    );
    await expectRefused(() => addClaimMessage(dealer, { claimNumber: claim.number, message: "" }, []));
    await addClaimMessage(dealer, { claimNumber: claim.number, message: "Extra foto's" }, [
      { name: "extra.jpg", bytes: tinyFiles.jpeg() },
    ]);
    const detail = await getClaimDetail(dealer.customerId, claim.number);
    expect(detail!.events.map((e) => e.kind)).toEqual(["STATUS", "MESSAGE", "ATTACHMENT"]);
    expect(detail!.documents.map((d) => d.fileName)).toEqual(["extra.jpg"]);
    await db.warrantyClaim.update({ where: { id: claim.id }, data: { status: "REFUSED" } });
    await expectRefused(
      () => addClaimMessage(dealer, { claimNumber: claim.number, message: "nog iets" }, []),
      "CONFLICT",
    );
  });
});
