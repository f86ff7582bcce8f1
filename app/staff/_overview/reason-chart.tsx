import type { TLocale } from "@/lib/i18n/locales";
import type { TReasonCount } from "@/lib/staff/overview/queries";

const LABEL_KEY = { nl: "labelNl", fr: "labelFr", en: "labelEn", de: "labelDe" } as const;

// Returns by reason: bars in plain HTML/CSS (hidden from screen readers) plus the same numbers in a table.
export function ReasonChart({
  reasons,
  locale,
  labels,
}: {
  reasons: TReasonCount[];
  locale: TLocale;
  labels: { reason: string; lines: string; quantity: string; caption: string; empty: string };
}) {
  if (reasons.length === 0) return <p className="text-sm text-slate-600">{labels.empty}</p>;
  const max = Math.max(...reasons.map((r) => r.lines), 1);
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <ul aria-hidden="true" className="flex flex-col gap-2">
        {reasons.map((r) => (
          <li key={r.reasonId} className="grid grid-cols-[10rem_1fr_3rem] items-center gap-2 text-sm">
            <span className="truncate">{r[LABEL_KEY[locale]]}</span>
            <span
              className="h-4 rounded bg-brand-600"
              style={{ width: `${Math.max(2, (r.lines / max) * 100)}%` }}
            />
            <span className="text-right tabular-nums">{r.lines}</span>
          </li>
        ))}
      </ul>
      <table className="w-full text-sm">
        <caption className="text-left font-medium">{labels.caption}</caption>
        <thead>
          <tr className="border-b text-left">
            <th scope="col" className="py-1">
              {labels.reason}
            </th>
            <th scope="col" className="text-right">
              {labels.lines}
            </th>
            <th scope="col" className="text-right">
              {labels.quantity}
            </th>
          </tr>
        </thead>
        <tbody>
          {reasons.map((r) => (
            <tr key={r.reasonId} className="border-b border-slate-100">
              <th scope="row" className="py-1 text-left font-normal">
                {r[LABEL_KEY[locale]]}
              </th>
              <td className="text-right tabular-nums">{r.lines}</td>
              <td className="text-right tabular-nums">{r.quantity}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
