import Link from "next/link";
import type { ReactNode } from "react";

// The parts of a dealer's record page (an RMA, a warranty claim): the heading with its status,
// the facts, the panels and the timeline, so both pages look and read alike.

export function RecordHeading({
  back,
  title,
  status,
}: {
  back: { href: string; text: string };
  title: string;
  status: { text: string; tone: string; testId: string };
}) {
  return (
    <>
      <Link href={back.href} className="text-sm text-brand-700 underline">
        ← {back.text}
      </Link>
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-2xl font-semibold">{title}</h1>
        <span
          data-testid={status.testId}
          className={`rounded-full px-3 py-1 text-sm font-medium ${status.tone}`}
        >
          {status.text}
        </span>
      </div>
    </>
  );
}

/** Label–value pairs; an empty value is left out. */
export function RecordFacts({ facts }: { facts: Array<[string, string]> }) {
  return (
    <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
      {facts
        .filter(([, value]) => value)
        .map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-600">{label}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
    </dl>
  );
}

export function RecordPanel({
  id,
  title,
  titleHidden = false,
  className = "",
  children,
}: {
  id: string;
  title: string;
  titleHidden?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={id}
      className={`min-w-0 rounded-lg border border-slate-200 bg-white p-5 ${className}`}
    >
      <h2 id={id} className={titleHidden ? "sr-only" : "mb-3 text-lg font-semibold"}>
        {title}
      </h2>
      {children}
    </section>
  );
}

export type TTimelineItem = {
  key: string;
  at: Date;
  when: string;
  /** Who took the step, when it is worth saying. */
  by?: string;
  /** The distributor's steps are tinted. */
  byStaff: boolean;
  title: string;
  body?: string;
};

/** Steps oldest first. */
export function RecordTimeline({ items, testId }: { items: TTimelineItem[]; testId: string }) {
  return (
    <ol className="flex flex-col gap-3 border-l-2 border-slate-200 pl-4" data-testid={testId}>
      {items.map((item) => (
        <li key={item.key} className={`rounded p-3 text-sm ${item.byStaff ? "bg-brand-50" : "bg-slate-50"}`}>
          <div className="flex flex-wrap gap-2 text-xs text-slate-600">
            {item.by ? <span className="font-semibold">{item.by}</span> : null}
            <time dateTime={item.at.toISOString()}>{item.when}</time>
          </div>
          <p className="font-medium break-words">{item.title}</p>
          {item.body ? <p className="whitespace-pre-wrap break-words text-slate-700">{item.body}</p> : null}
        </li>
      ))}
    </ol>
  );
}
