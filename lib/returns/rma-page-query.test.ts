import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayIso } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { closeRma } from "@/lib/staff/returns/close-rma";
import { attachCreditNote } from "@/lib/staff/returns/credit-note";
import { getRmaForStaff } from "@/lib/staff/returns/queries";
import { receiveRmaLine, rejectRmaLine } from "@/lib/staff/returns/receive-line";
import { tinyFiles } from "@/lib/storage/test-files";
import { getDealerDocument } from "@/lib/warranty/queries";
import { ZReturnSubmissionSchema } from "./return-form-data";
import { getRmaPage, listRecentRmas } from "./rma-page-query";
import { submitReturnRequest } from "./submit-return-request";
import { requestFor, seedCompany, seedLine, seedReturnReasons } from "./test-fixtures";

const uploadDir = await mkdtemp(path.join(tmpdir(), "rma-photos-"));
env.UPLOAD_DIR = uploadDir;
afterAll(() => rm(uploadDir, { recursive: true, force: true }));

let reasons: Awaited<ReturnType<typeof seedReturnReasons>>;
let staffUserId: number;
beforeAll(async () => {
  reasons = await seedReturnReasons();
  const staff = await db.user.create({
    data: { email: `staff-${Date.now()}@test.test`, name: "Stef Staff", role: "STAFF" },
  });
  staffUserId = staff.id;
});

const photo = (deliveredLineId: number, name: string, bytes: Uint8Array = tinyFiles.jpeg()) => ({
  deliveredLineId,
  name,
  bytes: new Uint8Array(bytes),
});

describe("the RMA page", () => {
  it("shows lines, statuses, documents and the timeline from request to credit note; 404 for anyone else", async () => {
    const company = await seedCompany({ carrier: "NIGHT_CARRIER" });
    const a = await seedLine(company.customer.id, { delivered: 5, article: "WG1803348" });
    const b = await seedLine(company.customer.id, { delivered: 3, article: "WG2200001" });
    const { rmaNumber } = await submitReturnRequest(
      company.tenant,
      requestFor(
        [
          { id: a.id, quantity: 4, reasonId: reasons.wrongOrdered.id },
          { id: b.id, quantity: 2, reasonId: reasons.defect.id },
        ],
        { reference: "WB-1", remarks: "Doos beschadigd", parcelCount: 2 },
      ),
    );
    const rma = await db.rma.findUniqueOrThrow({
      where: { number: rmaNumber },
      include: { lines: { orderBy: { id: "asc" } } },
    });
    const staff = { userId: staffUserId, role: "STAFF" as const };
    await receiveRmaLine(staff, { rmaLineId: rma.lines[0]!.id, quantityReceived: 3, receivedAt: todayIso() });
    await rejectRmaLine(staff, {
      rmaLineId: rma.lines[1]!.id,
      reason: "Geen defect gevonden",
      receivedAt: todayIso(),
    });
    await closeRma(staff, { rmaId: rma.id });
    await attachCreditNote(staff, {
      rmaId: rma.id,
      number: "MVF2699001",
      amount: "100,00",
      invoiceDate: todayIso(),
    });

    const page = await getRmaPage(company.customer.id, rmaNumber);
    expect(page).toMatchObject({
      number: rmaNumber,
      reference: "WB-1",
      remarks: "Doos beschadigd",
      hasLabel: true,
      parcelCount: 2,
    });
    expect(page!.trackingNumber).toMatch(/^HWL\d{9}$/);
    expect(
      page!.lines.map((l) => [
        l.salesOrderNumber,
        l.articleNumber,
        l.quantityExpected,
        l.quantityReceived,
        l.reason.labelNl,
        l.status,
        l.rejectionReason,
      ]),
    ).toEqual([
      [a.salesOrderNumber, "WG1803348", 4, 3, "Reden WRONG_ORDERED", "RECEIVED", null],
      [b.salesOrderNumber, "WG2200001", 2, 0, "Reden DEFECT", "REJECTED", "Geen defect gevonden"],
    ]);
    expect(page!.creditNotes).toMatchObject([{ number: "MVF2699001", documentId: null }]);
    expect(page!.timeline.map((e) => e.kind)).toEqual([
      "requested",
      "received",
      "rejected",
      "closed",
      "creditNote",
    ]);
    expect(page!.timeline[0]).toMatchObject({ name: company.user.name, lineCount: 2, byStaff: false });
    expect(page!.timeline[1]).toMatchObject({
      article: "WG1803348",
      quantity: 3,
      expected: 4,
      byStaff: true,
    });
    expect(page!.timeline[2]).toMatchObject({ article: "WG2200001", reason: "Geen defect gevonden" });
    expect(page!.timeline[4]).toMatchObject({ number: "MVF2699001" });

    const other = await seedCompany();
    expect(await getRmaPage(other.customer.id, rmaNumber)).toBeNull();
    expect(await getRmaPage(company.customer.id, "IRM9999999")).toBeNull();
    expect(await getRmaPage(company.customer.id, "../IRM")).toBeNull();
    expect((await listRecentRmas(company.customer.id)).map((r) => [r.number, r.lineCount])).toEqual([
      [rmaNumber, 2],
    ]);
    expect(await listRecentRmas(other.customer.id)).toEqual([]);
  });

  it("fills the timeline from the records for an RMA without audit entries (imported or seeded)", async () => {
    const company = await seedCompany();
    const line = await seedLine(company.customer.id, { delivered: 4, returned: 2 });
    const [seeded] = await db.rma.findMany({
      where: { customerId: company.customer.id },
      select: { id: true },
    });
    const number = `IRM27${String(seeded!.id % 100_000).padStart(5, "0")}`;
    await db.rma.update({ where: { id: seeded!.id }, data: { number } });
    const page = await getRmaPage(company.customer.id, number);
    expect(page!.timeline.map((e) => e.kind)).toEqual(["requested", "received", "closed"]);
    expect(page!.lines[0]).toMatchObject({ articleNumber: line.articleNumber, status: "RECEIVED" });
  });
});

describe("photos on a return line", () => {
  it("a line whose reason asks for evidence needs a photo; nothing is created without it", async () => {
    const company = await seedCompany();
    const line = await seedLine(company.customer.id, { delivered: 2 });
    const request = requestFor([{ id: line.id, reasonId: reasons.transportDamage.id }]);
    const error = await submitReturnRequest(company.tenant, request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: "VALIDATION",
      messageKey: "rma.errors.photosRequiredForm",
      fieldErrors: { "lines.0.photos": ["rma.errors.photosRequired"] },
    });
    expect(await db.rma.count({ where: { customerId: company.customer.id } })).toBe(0);
  });

  it("stores the photos as the line's documents, checked like warranty attachments, and staff see them", async () => {
    const company = await seedCompany();
    const damaged = await seedLine(company.customer.id, { delivered: 2, article: "WG7700001" });
    const plain = await seedLine(company.customer.id, { delivered: 2, article: "WG7700002" });
    const { rmaNumber } = await submitReturnRequest(
      company.tenant,
      requestFor([
        { id: damaged.id, reasonId: reasons.transportDamage.id },
        { id: plain.id, reasonId: reasons.wrongOrdered.id },
      ]),
      [photo(damaged.id, "../../doos kapot.jpg"), photo(damaged.id, "etiket.png", tinyFiles.png())],
    );
    const page = await getRmaPage(company.customer.id, rmaNumber);
    expect(page!.lines.map((l) => l.photos.map((p) => p.fileName))).toEqual([
      ["doos kapot.jpg", "etiket.png"],
      [],
    ]);
    const [first] = page!.lines[0]!.photos;
    const document = await getDealerDocument(company.customer.id, first!.id);
    expect(document).toMatchObject({ contentType: "image/jpeg", fileName: "doos kapot.jpg" });
    const other = await seedCompany();
    expect(await getDealerDocument(other.customer.id, first!.id)).toBeNull();
    const rma = await db.rma.findUniqueOrThrow({ where: { number: rmaNumber }, select: { id: true } });
    const staffView = await getRmaForStaff(rma.id);
    expect(staffView!.lines.flatMap((l) => l.photos.map((p) => p.fileName))).toEqual([
      "doos kapot.jpg",
      "etiket.png",
    ]);
  });

  it("refuses a file that is no image or PDF on that line's field, and keeps nothing", async () => {
    const company = await seedCompany();
    const line = await seedLine(company.customer.id, { delivered: 2 });
    const before = await readdir(uploadDir);
    const error = await submitReturnRequest(
      company.tenant,
      requestFor([{ id: line.id, reasonId: reasons.transportDamage.id }]),
      [photo(line.id, "foto.jpg", new TextEncoder().encode("<html>not a photo</html>"))],
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { "lines.0.photos": ["warranty.errors.fileTypeShort"] },
    });
    expect(await db.rma.count({ where: { customerId: company.customer.id } })).toBe(0);
    expect(await readdir(uploadDir)).toEqual(before);
  });

  it("reads the confirmation's FormData: the request as JSON and each line's photos", async () => {
    const form = new FormData();
    const request = requestFor([{ id: 41, reasonId: 7 }], { parcelCount: 3, weightKg: 12.5 });
    form.set("request", JSON.stringify(request));
    form.append("photos.41", new File([tinyFiles.jpeg()], "a.jpg"));
    form.append("photos.41", new File([new Uint8Array()], "empty.jpg"));
    const parsed = await ZReturnSubmissionSchema.parseAsync(form);
    expect(parsed).toMatchObject({ parcelCount: 3, weightKg: 12.5, lines: [{ deliveredLineId: 41 }] });
    expect(parsed.photos.map((p) => [p.deliveredLineId, p.name])).toEqual([[41, "a.jpg"]]);
    const old = await ZReturnSubmissionSchema.parseAsync({
      ...request,
      parcelCount: undefined,
      weightKg: undefined,
    });
    expect(old).toMatchObject({ parcelCount: 1, weightKg: null, photos: [] });
    form.set("request", "{not json");
    expect((await ZReturnSubmissionSchema.safeParseAsync(form)).success).toBe(false);
  });
});
