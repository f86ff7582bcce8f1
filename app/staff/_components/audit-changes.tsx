import type { TChange } from "@/lib/staff/audit/changes";

// The before/after table of one audit entry's changed fields.
export function AuditChanges({
  changes,
  labels,
}: {
  changes: TChange[];
  labels: { field: string; before: string; after: string };
}) {
  if (!changes.length) return null;
  return (
    <table className="min-w-64 text-xs">
      <thead className="sr-only">
        <tr>
          <th scope="col">{labels.field}</th>
          <th scope="col">{labels.before}</th>
          <th scope="col">{labels.after}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.field} className="border-b border-slate-100 align-top last:border-0">
            <th scope="row" className="py-0.5 pr-2 text-left font-medium text-slate-600">
              {c.field}
            </th>
            <td className="break-words py-0.5 pr-2 text-slate-500 line-through decoration-slate-300">
              {c.before}
            </td>
            <td className="break-words py-0.5">{c.after}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
