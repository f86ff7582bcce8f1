import type { TOutboxStatus } from "@/lib/email/queries";

// The delivery status of an outbox message as a coloured label.
const TONES: Record<TOutboxStatus, string> = {
  PENDING: "bg-amber-100 text-amber-900",
  SENT: "bg-green-100 text-green-900",
  FAILED: "bg-red-100 text-red-900",
};

export function OutboxStatusBadge({ status, label }: { status: TOutboxStatus; label: string }) {
  return <span className={`rounded px-2 py-0.5 text-xs font-medium ${TONES[status]}`}>{label}</span>;
}
