import { getTranslations } from "next-intl/server";
import { RecordTimeline } from "@/components/layout/record-page";
import type { TTimelineEvent } from "@/lib/returns/rma-timeline";

// The RMA's steps, oldest first, drawn as a warranty claim's timeline (staff steps tinted).
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
    <RecordTimeline
      testId="rma-timeline"
      items={events.map((e) => ({
        key: `${e.kind}-${e.at.getTime()}-${title(e)}`,
        at: e.at,
        when: when(e),
        by: e.byStaff ? t("timeline.byStaff") : undefined,
        byStaff: e.byStaff,
        title: title(e),
      }))}
    />
  );
}
