import { getTranslations } from "next-intl/server";
import type { TTimelineEvent } from "@/lib/returns/rma-timeline";

// The RMA's steps, oldest first, drawn like a warranty claim's timeline (staff steps tinted).
export async function RmaTimeline({
  events,
  when,
}: {
  events: TTimelineEvent[];
  when: (e: TTimelineEvent) => string;
}) {
  const t = await getTranslations("rma");
  const title = (e: TTimelineEvent): string => {
    switch (e.kind) {
      case "requested":
        return t("timeline.requested", { name: e.name, count: e.lineCount });
      case "received":
        return t("timeline.received", { article: e.article, quantity: e.quantity, expected: e.expected });
      case "rejected":
        return t("timeline.rejected", { article: e.article, reason: e.reason });
      case "creditNote":
        return t("timeline.creditNote", { number: e.number });
      default:
        return t(`timeline.${e.kind}`);
    }
  };
  return (
    <ol className="flex flex-col gap-3 border-l-2 border-slate-200 pl-4" data-testid="rma-timeline">
      {events.map((e) => (
        <li
          key={`${e.kind}-${e.at.getTime()}-${title(e)}`}
          className={`rounded p-3 text-sm ${e.byStaff ? "bg-brand-50" : "bg-slate-50"}`}
        >
          <div className="flex flex-wrap gap-2 text-xs text-slate-600">
            <time dateTime={e.at.toISOString()}>{when(e)}</time>
            {e.byStaff ? <span>{t("timeline.byStaff")}</span> : null}
          </div>
          <p className="font-medium break-words">{title(e)}</p>
        </li>
      ))}
    </ol>
  );
}
