// The return status grid (SPEC §2.4) in raw SQL: scoped to the dealer, every filter kind, every
// sort with stable paging, the newest credit note, and the same rows as the grid's Prisma path.
import { beforeAll, describe, expect, it } from "vitest";
import { db, type Prisma } from "@/lib/db/client";
import { toPrismaOrderBy, toPrismaWhere } from "@/lib/grid/filters";
import { parseGridState } from "@/lib/grid/params";
import { isSortable, type TGridState } from "@/lib/grid/types";
import { collectBatches, wholeList } from "@/tests/batches";
import { RMA_LINE_STATUSES, statusColumns } from "./columns";
import { DEFAULT_STATUS_SORT } from "./grid-links";
import { getReturnStatus, returnStatusBatches } from "./status-query";
import { seedCompany, seedLine, seedReturnReasons } from "./test-fixtures";

const LABELS: Record<string, string> = {
  "status.EXPECTED": "Verwacht",
  "status.RECEIVED": "Ontvangen",
  "status.REJECTED": "Afgekeurd",
  "status.INVOICED": "Gecrediteerd",
};
const status = statusColumns((key) => LABELS[key] ?? key);
const SORTABLE = status.filter(isSortable).map((c) => c.id);
const REMARKS = ["50% beschadigd", "5000 km gereden", "A_B", "AxB", "back\\slash", "", "Opmerking", ""];
const RMA_DATES = [
  "2025-03-14T23:59:59.999Z",
  "2025-03-15T00:00:00.000Z",
  "2025-03-15T23:59:59.999Z",
  "2025-03-16T00:00:00.000Z",
  "2025-03-16T00:00:00.000Z",
  "2025-02-01T08:30:00.000Z",
  "2025-05-20T12:00:00.000Z",
  "2024-12-31T23:00:00.000Z",
];
const CREDIT_NOTES: Record<string, string> = { IRM9100000: "CN-NEW", IRM9100002: "CN-THIRD" };
type TSeeded = {
  id: number;
  rmaNumber: string;
  rmaDate: string;
  articleName: string;
  remark: string;
  quantityExpected: number;
  quantityReceived: number | null;
  receivedAt: string | null;
  status: string;
};

let mine: Awaited<ReturnType<typeof seedCompany>>;
let other: Awaited<ReturnType<typeof seedCompany>>;
let lines: TSeeded[] = [];

async function seedRmas(company: typeof mine, prefix: string, lineCount: number, reasonId: number) {
  const rmas = [];
  const invoicedRmas = [];
  for (const [i, createdAt] of RMA_DATES.entries()) {
    const rma = (n: number, status: "OPEN" | "INVOICED") =>
      db.rma.create({
        data: {
          number: `IRM${prefix}${String(n).padStart(5, "0")}`,
          customerId: company.customer.id,
          createdById: company.user.id,
          idempotencyKey: `${prefix}-${n}`,
          surcharge: "2.50",
          createdAt: new Date(createdAt),
          status,
          closedAt: status === "OPEN" ? null : new Date("2025-04-09T00:00:00Z"),
        },
      });
    rmas.push(await rma(i, "OPEN"));
    // INVOICED lines sit on RMAs of their own: an RMA's status agrees with its lines (lib/db/invariants.ts).
    invoicedRmas.push(await rma(50 + i, "INVOICED"));
  }
  const seeded: TSeeded[] = [];
  for (let i = 0; i < lineCount; i++) {
    const lineStatus = RMA_LINE_STATUSES[(i + Math.floor(i / 8)) % 4]!;
    const rma = (lineStatus === "INVOICED" ? invoicedRmas : rmas)[i % rmas.length]!;
    const delivered = await seedLine(company.customer.id, { article: `WG${1000 + ((i * 7) % 13)}` });
    const articleName = ["Turbolader GT1749V", "turbo CHRA", "Pakking set", "Actuator"][i % 4]!;
    await db.deliveredLine.update({
      where: { id: delivered.id },
      data: { articleName, externalArticleNumbers: `E-${i % 5}` },
    });
    const received = lineStatus !== "EXPECTED";
    const line = await db.rmaLine.create({
      data: {
        rmaId: rma.id,
        deliveredLineId: delivered.id,
        reasonId,
        quantityExpected: 1 + (i % 4),
        remark: REMARKS[i % REMARKS.length]!,
        status: lineStatus,
        quantityReceived: received ? (lineStatus === "REJECTED" ? 0 : Math.min(i % 3, 1 + (i % 4))) : null,
        receivedAt: received ? new Date(`2025-04-0${1 + (i % 3)}T00:00:00Z`) : null,
        rejectionReason: lineStatus === "REJECTED" ? "Niet origineel" : null,
      },
    });
    seeded.push({
      id: line.id,
      rmaNumber: rma.number,
      rmaDate: rma.createdAt.toISOString(),
      articleName,
      remark: line.remark,
      quantityExpected: line.quantityExpected,
      quantityReceived: line.quantityReceived,
      receivedAt: line.receivedAt?.toISOString().slice(0, 10) ?? null,
      status: lineStatus,
    });
  }
  return { rmas, seeded };
}

beforeAll(async () => {
  const reasons = await seedReturnReasons();
  mine = await seedCompany({ carrier: "NIGHT_CARRIER" });
  other = await seedCompany({ carrier: "PARCEL_SERVICE" });
  const own = await seedRmas(mine, "91", 27, reasons.defect.id);
  await seedRmas(other, "92", 9, reasons.defect.id);
  lines = own.seeded;
  const rmaIds = own.rmas.map((r) => r.id);
  const invoice = (number: string, kind: "INVOICE" | "CREDIT_NOTE", rmaId: number) => ({
    customerId: mine.customer.id,
    number,
    kind,
    rmaId,
    invoiceDate: new Date("2025-04-10T00:00:00Z"),
    dueDate: new Date("2025-05-10T00:00:00Z"),
    amount: "-10.00",
  });
  // One RMA with two credit notes and a later plain invoice, one with a single credit note.
  for (const data of [
    invoice("CN-OLD", "CREDIT_NOTE", rmaIds[0]!),
    invoice("CN-NEW", "CREDIT_NOTE", rmaIds[0]!),
    invoice("INV-LATER", "INVOICE", rmaIds[0]!),
    invoice("CN-THIRD", "CREDIT_NOTE", rmaIds[2]!),
  ]) {
    await db.invoice.create({ data });
  }
});

const stateOf = (params: Record<string, string> = {}) =>
  parseGridState(params, status, { sort: DEFAULT_STATUS_SORT });
const filtered = (filters: Record<string, string>, params: Record<string, string> = {}) =>
  stateOf({
    ...params,
    ...Object.fromEntries(Object.entries(filters).map(([id, text]) => [`f.${id}`, text])),
  });
const idsOf = (rows: Array<{ id: number }>) => rows.map((r) => r.id);

/** The grid's Prisma path (toPrismaWhere / toPrismaOrderBy), as the query was before it became SQL. */
async function prismaIds(customerId: number, state: TGridState): Promise<number[]> {
  const fields = {
    rmaNumber: "rma.number",
    rmaDate: "rma.createdAt",
    articleNumber: "deliveredLine.articleNumber",
    externalArticleNumbers: "deliveredLine.externalArticleNumbers",
    articleName: "deliveredLine.articleName",
  };
  const where = {
    rma: { customerId },
    ...toPrismaWhere<Prisma.RmaLineWhereInput>(status, state.filters, fields),
  };
  const orderBy = toPrismaOrderBy<Prisma.RmaLineOrderByWithRelationInput>(state.sort, fields, { id: "desc" });
  return idsOf(await db.rmaLine.findMany({ where, orderBy, select: { id: true } }));
}

async function expectFilter(filters: Record<string, string>, matches: (line: TSeeded) => boolean) {
  const state = filtered(filters);
  const expected = lines.filter(matches).map((l) => l.id);
  const [page, all] = await Promise.all([
    getReturnStatus(mine.customer.id, status, state),
    getReturnStatus(mine.customer.id, status, wholeList(state)),
  ]);
  expect(idsOf(all.rows).sort()).toEqual(expected.sort());
  expect(page.total).toBe(expected.length);
  expect(idsOf(all.rows)).toEqual(await prismaIds(mine.customer.id, state));
}

describe("the return status query", () => {
  it("lists only the dealer's own lines and counts only those", async () => {
    const own = await getReturnStatus(mine.customer.id, status, wholeList(stateOf()));
    const foreign = await getReturnStatus(other.customer.id, status, wholeList(stateOf()));
    expect(idsOf(own.rows).sort()).toEqual(lines.map((l) => l.id).sort());
    expect(foreign.rows).toHaveLength(9);
    expect(idsOf(foreign.rows).filter((id) => idsOf(own.rows).includes(id))).toEqual([]);
    expect((await getReturnStatus(mine.customer.id, status, filtered({ articleName: "turbo" }))).total).toBe(
      lines.filter((l) => /turbo/i.test(l.articleName)).length,
    );
    expect((await getReturnStatus(other.customer.id, status, stateOf())).total).toBe(9);
    expect([own.rows[0]!.hasLabel, foreign.rows[0]!.hasLabel]).toEqual([true, false]);
  });

  it("gives each row its RMA, delivered line, remark with rejection reason and dates as the grid shows them", async () => {
    const { rows } = await getReturnStatus(mine.customer.id, status, wholeList(stateOf()));
    const rejected = lines.find((l) => l.status === "REJECTED")!;
    expect(rows.find((r) => r.id === rejected.id)).toEqual({
      id: rejected.id,
      rmaNumber: rejected.rmaNumber,
      rmaDate: rejected.rmaDate,
      articleNumber: expect.stringMatching(/^WG\d{4}$/),
      externalArticleNumbers: expect.stringMatching(/^E-\d$/),
      articleName: rejected.articleName,
      remark: [rejected.remark, "Niet origineel"].filter(Boolean).join(" · "),
      quantityExpected: rejected.quantityExpected,
      receivedAt: rejected.receivedAt,
      quantityReceived: rejected.quantityReceived,
      status: "REJECTED",
      creditNote: CREDIT_NOTES[rejected.rmaNumber] ?? null,
      hasLabel: true,
      creditNoteAmount: CREDIT_NOTES[rejected.rmaNumber] ? "-10.00" : null,
      creditNoteHasDocument: false,
    });
    expect(rows.find((r) => r.rmaDate === "2025-03-14T23:59:59.999Z")).toBeDefined();
  });

  it("shows the RMA's newest credit note, never a plain invoice", async () => {
    const { rows } = await getReturnStatus(mine.customer.id, status, wholeList(stateOf()));
    const notesOf = (rmaNumber: string) => [
      ...new Set(rows.filter((r) => r.rmaNumber === rmaNumber).map((r) => r.creditNote)),
    ];
    expect([notesOf("IRM9100000"), notesOf("IRM9100001"), notesOf("IRM9100002")]).toEqual([
      ["CN-NEW"],
      [null],
      ["CN-THIRD"],
    ]);
  });

  it("says whether the credit note has a document, so the grid links only to one that exists", async () => {
    const document = await db.document.create({
      data: {
        customerId: mine.customer.id,
        kind: "CREDIT_NOTE",
        source: "ERP",
        fileName: "CN-THIRD.pdf",
        contentType: "application/pdf",
        size: 10,
        sha256: "0".repeat(64),
        storageKey: `test/cn-third-${Date.now()}.pdf`,
      },
    });
    await db.invoice.update({ where: { number: "CN-THIRD" }, data: { documentId: document.id } });
    try {
      const { rows } = await getReturnStatus(mine.customer.id, status, wholeList(stateOf()));
      const of = (rmaNumber: string) => rows.find((r) => r.rmaNumber === rmaNumber)!;
      expect(of("IRM9100000")).toMatchObject({
        creditNote: "CN-NEW",
        creditNoteAmount: "-10.00",
        creditNoteHasDocument: false,
      });
      expect(of("IRM9100002")).toMatchObject({
        creditNote: "CN-THIRD",
        creditNoteAmount: "-10.00",
        creditNoteHasDocument: true,
      });
      expect(of("IRM9100001")).toMatchObject({
        creditNote: null,
        creditNoteAmount: null,
        creditNoteHasDocument: false,
      });
    } finally {
      await db.invoice.update({ where: { number: "CN-THIRD" }, data: { documentId: null } });
    }
  });

  it("searches text literally and case-insensitively: % _ and \\ are no wildcards", async () => {
    await expectFilter({ articleName: "TURBO" }, (l) => /turbo/i.test(l.articleName));
    await expectFilter({ remark: "50%" }, (l) => l.remark === "50% beschadigd");
    await expectFilter({ remark: "A_B" }, (l) => l.remark === "A_B");
    await expectFilter({ remark: "\\" }, (l) => l.remark === "back\\slash");
    await expectFilter({ rmaNumber: "IRM9100003" }, (l) => l.rmaNumber === "IRM9100003");
  });

  it("takes a date filter as whole UTC days, on the RMA date and the received date", async () => {
    await expectFilter({ rmaDate: "15-03-2025" }, (l) => l.rmaDate.startsWith("2025-03-15"));
    await expectFilter({ rmaDate: "14-03-2025 - 15-03-2025" }, (l) => /^2025-03-1[45]/.test(l.rmaDate));
    await expectFilter({ rmaDate: ">=16-03-2025" }, (l) => l.rmaDate >= "2025-03-16");
    await expectFilter({ receivedAt: "2025-04-02" }, (l) => l.receivedAt === "2025-04-02");
  });

  it("filters quantities by bound and range, and ignores text that is no number", async () => {
    await expectFilter({ quantityExpected: ">1" }, (l) => l.quantityExpected > 1);
    await expectFilter(
      { quantityReceived: "1..2" },
      (l) => l.quantityReceived !== null && l.quantityReceived >= 1,
    );
    await expectFilter({ quantityExpected: "abc" }, () => true);
  });

  it("filters the status by its translated label, and a label that matches nothing finds nothing", async () => {
    await expectFilter({ status: "ontv" }, (l) => l.status === "RECEIVED");
    await expectFilter({ status: "e" }, () => true);
    await expectFilter({ status: "xyz" }, () => false);
    await expectFilter({ articleNumber: "ZZZ" }, () => false);
    await expectFilter(
      { articleName: "turbo", status: "afgek" },
      (l) => /turbo/i.test(l.articleName) && l.status === "REJECTED",
    );
    const none = await getReturnStatus(mine.customer.id, status, filtered({ status: "xyz" }));
    expect([none.rows, none.total]).toEqual([[], 0]);
  });

  it("sorts by every sortable column both ways; page 1 and 2 together are the whole list, nothing repeated or skipped", async () => {
    expect(SORTABLE).toHaveLength(10);
    for (const id of SORTABLE) {
      for (const dir of ["asc", "desc"]) {
        const state = stateOf({ sort: `${id}.${dir}` });
        const [first, second, all] = await Promise.all([
          getReturnStatus(mine.customer.id, status, state),
          getReturnStatus(mine.customer.id, status, { ...state, page: 2 }),
          getReturnStatus(mine.customer.id, status, wholeList(state)),
        ]);
        expect([first.rows.length, second.rows.length, first.total, second.total]).toEqual([20, 7, 27, 27]);
        expect([...idsOf(first.rows), ...idsOf(second.rows)], `${id}.${dir}`).toEqual(idsOf(all.rows));
        expect(idsOf(all.rows), `${id}.${dir}`).toEqual(await prismaIds(mine.customer.id, state));
      }
    }
  });

  it("orders the status in its workflow order, empty quantities last going up, and the newest line first on a tie", async () => {
    const rowsBy = async (sort: string) =>
      (await getReturnStatus(mine.customer.id, status, wholeList(stateOf({ sort })))).rows;
    const byStatus = await rowsBy("status.asc");
    expect(byStatus.map((r) => r.status)).toEqual(
      [...byStatus.map((r) => r.status)].sort(
        (a, b) => RMA_LINE_STATUSES.indexOf(a) - RMA_LINE_STATUSES.indexOf(b),
      ),
    );
    const expected = byStatus.filter((r) => r.status === "EXPECTED").map((r) => r.id);
    expect(expected).toEqual([...expected].sort((a, b) => b - a));
    expect((await rowsBy("quantityReceived.asc")).at(-1)!.quantityReceived).toBeNull();
    expect((await rowsBy("quantityReceived.desc"))[0]!.quantityReceived).toBeNull();
    const byDate = (await rowsBy("rmaDate.desc")).map((r) => `${r.rmaDate}/${String(r.id).padStart(9, "0")}`);
    expect(byDate).toEqual([...byDate].sort().reverse());
  });

  it.each([null, ...SORTABLE.flatMap((id) => [`${id}.asc`, `${id}.desc`])])(
    "streams the CSV in keyset batches: the rows of the one-query read, in its order (%s)",
    async (sort) => {
      const state = stateOf(sort ? { sort } : {});
      const all = (await getReturnStatus(mine.customer.id, status, wholeList(state))).rows;
      for (const size of [2, 5]) {
        const { rows } = await collectBatches(returnStatusBatches(mine.customer.id, status, state, size));
        expect(rows).toEqual(all);
      }
    },
  );
});
