// The RMA's timeline from its audit trail: requested, each line received or rejected (with the
// reason), the credit note, invoiced, closed. Where the trail has no entry (RMAs imported or
// seeded before the trail existed) the records themselves fill the step in, dated as they are.
// `dateOnly`: the step is dated by a calendar date (a receipt date, an invoice date), not a moment.
export type TTimelineEvent = { dateOnly?: true } & (
  | { kind: "requested"; at: Date; byStaff: false; name: string; lineCount: number }
  | { kind: "received"; at: Date; byStaff: boolean; article: string; quantity: number; expected: number }
  | { kind: "rejected"; at: Date; byStaff: boolean; article: string; reason: string }
  | { kind: "creditNote"; at: Date; byStaff: boolean; number: string }
  | { kind: "invoiced" | "closed"; at: Date; byStaff: boolean }
);

type TAuditRow = {
  action: string;
  objectType: string;
  objectId: string;
  actorRole: string;
  after: unknown;
  createdAt: Date;
};
type TRmaRecord = {
  createdAt: Date;
  closedAt: Date | null;
  status: string;
  createdBy: { name: string };
  lines: Array<{
    id: number;
    status: string;
    quantityExpected: number;
    quantityReceived: number | null;
    receivedAt: Date | null;
    rejectionReason: string | null;
    deliveredLine: { articleNumber: string };
  }>;
  creditNotes: Array<{ number: string; invoiceDate: Date }>;
};

const field = (after: unknown, key: string): unknown =>
  after && typeof after === "object" ? (after as Record<string, unknown>)[key] : undefined;

export function rmaTimeline(rma: TRmaRecord, audit: TAuditRow[]): TTimelineEvent[] {
  const lines = new Map(rma.lines.map((l) => [String(l.id), l]));
  const events: TTimelineEvent[] = [];
  const seen = new Set<string>();
  for (const entry of audit) {
    const byStaff = entry.actorRole !== "DEALER";
    const line = entry.objectType === "RmaLine" ? lines.get(entry.objectId) : undefined;
    if (entry.action === "rma.create") {
      events.push({
        kind: "requested",
        at: entry.createdAt,
        byStaff: false,
        name: rma.createdBy.name,
        lineCount: rma.lines.length,
      });
    } else if (entry.action === "rmaLine.receive" && line) {
      const quantity = Number(field(entry.after, "quantityReceived") ?? line.quantityReceived ?? 0);
      const article = line.deliveredLine.articleNumber;
      events.push({
        kind: "received",
        at: entry.createdAt,
        byStaff,
        article,
        quantity,
        expected: line.quantityExpected,
      });
    } else if (entry.action === "rmaLine.reject" && line) {
      const reason = String(field(entry.after, "rejectionReason") ?? line.rejectionReason ?? "");
      events.push({
        kind: "rejected",
        at: entry.createdAt,
        byStaff,
        article: line.deliveredLine.articleNumber,
        reason,
      });
    } else if (entry.action === "rma.creditNote") {
      const number = String(field(entry.after, "creditNote") ?? "");
      events.push({ kind: "creditNote", at: entry.createdAt, byStaff, number });
    } else if (entry.action === "rma.invoice" || entry.action === "rma.close") {
      events.push({
        kind: entry.action === "rma.invoice" ? "invoiced" : "closed",
        at: entry.createdAt,
        byStaff,
      });
    } else {
      continue;
    }
    seen.add(
      line
        ? `line:${line.id}`
        : entry.action === "rma.creditNote"
          ? `cn:${field(entry.after, "creditNote")}`
          : entry.action,
    );
  }
  if (!seen.has("rma.create")) {
    events.push({
      kind: "requested",
      at: rma.createdAt,
      byStaff: false,
      name: rma.createdBy.name,
      lineCount: rma.lines.length,
    });
  }
  for (const line of rma.lines) {
    if (seen.has(`line:${line.id}`) || !line.receivedAt || line.status === "EXPECTED") continue;
    const article = line.deliveredLine.articleNumber;
    events.push(
      line.status === "REJECTED"
        ? {
            kind: "rejected",
            at: line.receivedAt,
            dateOnly: true,
            byStaff: true,
            article,
            reason: line.rejectionReason ?? "",
          }
        : {
            kind: "received",
            at: line.receivedAt,
            dateOnly: true,
            byStaff: true,
            article,
            quantity: line.quantityReceived ?? 0,
            expected: line.quantityExpected,
          },
    );
  }
  for (const note of rma.creditNotes) {
    if (!seen.has(`cn:${note.number}`))
      events.push({
        kind: "creditNote",
        at: note.invoiceDate,
        dateOnly: true,
        byStaff: true,
        number: note.number,
      });
  }
  if (rma.closedAt && !seen.has("rma.invoice") && !seen.has("rma.close")) {
    events.push({ kind: rma.status === "INVOICED" ? "invoiced" : "closed", at: rma.closedAt, byStaff: true });
  }
  // The request comes first even when a step carries only its date (a receipt dated that day).
  const order = (e: TTimelineEvent) => (e.kind === "requested" ? Number.NEGATIVE_INFINITY : e.at.getTime());
  return events.sort((a, b) => order(a) - order(b));
}
