import { describe, expect, it } from "vitest";
import { todayIso } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { closeRma } from "../returns/close-rma";
import { receiveRmaLine } from "../returns/receive-line";
import { createClaim, createOpenRma, createStaffAndDealer } from "../test-fixtures";
import { auditColumns, listAuditEntries, listAuditTimeline, readableAuditEntry } from "./queries";
import { loadAuditWords } from "./words";

// The audit trail in business terms (issue 21): entries name the RMA/claim/customer by number,
// not by database id; changes read as a before/after table in the reader's language; the
// record-number filter and the timelines find an RMA's entries by its IRM number.
describe("readable audit trail", () => {
  it("an RMA's entries carry its IRM number and read as field changes in four languages", async () => {
    const { customer, dealerUser, staff } = await createStaffAndDealer();
    const { rma, lines } = await createOpenRma(customer.id, dealerUser.id, [{ delivered: 5, expected: 2 }]);
    await receiveRmaLine(staff, {
      rmaLineId: lines[0]!.line.id,
      quantityReceived: 2,
      receivedAt: todayIso(),
    });
    await closeRma(staff, { rmaId: rma.id });

    const timeline = await listAuditTimeline({ recordNumber: rma.number });
    expect(timeline.map((e) => e.action)).toEqual(["rma.close", "rmaLine.receive"]);
    expect(timeline.every((e) => e.recordNumber === rma.number)).toBe(true);

    const receive = timeline[1]!;
    const nl = readableAuditEntry(receive, await loadAuditWords("nl"));
    expect(nl.action).toBe("Regel ontvangen");
    expect(nl.record).toBe(rma.number);
    expect(nl.changes).toContainEqual({ field: "Status", before: "Verwacht", after: "Ontvangen" });
    expect(nl.changes).toContainEqual({ field: "Aantal ontvangen", before: "–", after: "2" });
    expect(nl.changes.map((c) => c.field)).not.toContain("RMA-nummer");
    const words = { fr: "Ligne reçue", en: "Line received", de: "Zeile erhalten" } as const;
    for (const [locale, action] of Object.entries(words) as Array<[keyof typeof words, string]>) {
      const entry = readableAuditEntry(receive, await loadAuditWords(locale));
      expect(entry.action).toBe(action);
      expect(JSON.stringify(entry.changes)).not.toMatch(/EXPECTED|RECEIVED|quantityReceived/);
    }

    const columns = auditColumns();
    const filtered = await listAuditEntries(
      { page: 1, pageSize: 20, sort: null, filters: { record: rma.number } },
      columns,
    );
    expect(filtered.rows.map((e) => e.id)).toEqual(timeline.map((e) => e.id));
  });

  it("claim checks, mileage and dates are shown in words and the locale's formats", async () => {
    const { customer, dealerUser } = await createStaffAndDealer();
    const claim = await createClaim(customer.id, dealerUser.id);
    const words = await loadAuditWords("nl");
    const entry = readableAuditEntry(
      {
        id: 1,
        createdAt: new Date(),
        action: "claim.status",
        objectType: "WarrantyClaim",
        objectId: String(claim.id),
        recordNumber: claim.number,
        actorRole: "STAFF",
        before: { status: "RECEIVED", checksDone: [], mileageAtFailure: 182500, handledAt: null },
        after: {
          status: "AWARDED",
          checksDone: ["oilPressure", "airFilter"],
          mileageAtFailure: 191300,
          handledAt: "2026-11-30",
        },
        actor: null,
        actorErpToken: null,
        customer: { erpNumber: customer.erpNumber, name: customer.name },
      },
      words,
    );
    expect(entry.changes).toEqual([
      { field: "Status", before: "Ontvangen", after: "Toegekend" },
      { field: "Uitgevoerde controles", before: "–", after: "Oliedruk, Luchtfilter" },
      { field: "Kilometerstand bij defect", before: "182.500", after: "191.300" },
      { field: "Behandeldatum", before: "–", after: "30-11-2026" },
    ]);
    expect(await db.auditEntry.count({ where: { recordNumber: null, objectType: "Rma" } })).toBe(0);
  });
});

describe("fields that mean nothing to a reader", () => {
  it("row ids and values that read the same are left out of the changes", async () => {
    const words = await loadAuditWords("en");
    const { auditChanges } = await import("./changes");
    expect(
      auditChanges(
        { status: "OPEN", reasonId: 3 },
        { status: "CLOSED", reasonId: 4, releasedLineIds: [], closedAt: "2026-12-06T08:39:00.000Z" },
        words,
      ),
    ).toEqual([
      { field: "Status", before: "Open", after: "Closed" },
      { field: "Closed on", before: "–", after: "06/12/2026 09:39" },
    ]);
  });
});
