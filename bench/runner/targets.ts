// The targets as checks on a measured row, and the printed table. Plain functions, no I/O.

/** What a row must meet; every part present must hold. */
export type TTarget = {
  /** Median server time ≤ the floor's median + median SQL time + 10 ms (issue 22): what a page costs beyond the signed-in empty layout and its own SQL. */
  floorBudget?: boolean;
  /** p95 server time below this many ms. */
  p95Below?: number;
  /** Requests per second at least this (load run). */
  rpsAtLeast?: number;
  /** No failed or non-2xx responses. */
  noErrors?: boolean;
  /** At most this many KB (a page's HTML with its inline RSC payload). */
  kbAtMost?: number;
  /** At most this many MB (each server worker's peak resident memory). */
  mbAtMost?: number;
};

export type TMeasured = {
  median: number;
  p95: number;
  sqlMedian: number | null;
  /** The floor page's median in the same run (bench-floor: the layout, signed in, empty body). */
  floorMedian?: number | null;
  rps?: number;
  errors?: number;
  kb?: number;
  /** One figure per server worker. */
  mb?: number[];
};
export type TVerdict = { target: string; met: boolean | null; failed: string[] };

export const FLOOR_ALLOWANCE_MS = 10;

/** The target as text and whether the measurement meets it (null: the row has no target). */
export function evaluateTarget(measured: TMeasured, target: TTarget): TVerdict {
  const checks: Array<{ label: string; ok: boolean }> = [];
  if (target.floorBudget) {
    const { floorMedian, sqlMedian } = measured;
    const ok =
      floorMedian != null &&
      sqlMedian !== null &&
      measured.median <= floorMedian + sqlMedian + FLOOR_ALLOWANCE_MS;
    checks.push({ label: `med≤floor+SQL+${FLOOR_ALLOWANCE_MS}`, ok });
  }
  if (target.p95Below !== undefined)
    checks.push({ label: `p95<${target.p95Below}`, ok: measured.p95 < target.p95Below });
  if (target.rpsAtLeast !== undefined)
    checks.push({ label: `≥${target.rpsAtLeast} req/s`, ok: (measured.rps ?? 0) >= target.rpsAtLeast });
  if (target.noErrors) checks.push({ label: "0 errors", ok: measured.errors === 0 });
  if (target.kbAtMost !== undefined)
    checks.push({
      label: `≤${target.kbAtMost} KB`,
      ok: measured.kb !== undefined && measured.kb <= target.kbAtMost,
    });
  if (target.mbAtMost !== undefined) {
    const mb = measured.mb ?? [];
    checks.push({
      label: `<${target.mbAtMost} MB each`,
      ok: mb.length > 0 && mb.every((m) => m < target.mbAtMost!),
    });
  }
  if (checks.length === 0) return { target: "—", met: null, failed: [] };
  return {
    target: checks.map((c) => c.label).join(" & "),
    met: checks.every((c) => c.ok),
    failed: checks.filter((c) => !c.ok).map((c) => c.label),
  };
}

/** Server time over SQL time (how many times its own SQL a request costs); null without SQL. */
export function sqlRatio(median: number, sqlMedian: number | null): number | null {
  return sqlMedian !== null && sqlMedian > 0 ? median / sqlMedian : null;
}

export type TTableRow = {
  what: string;
  median: number;
  p95: number;
  sqlMedian: number | null;
  ratio: number | null;
  target: string;
  met: boolean | null;
};

function ms(value: number | null): string {
  if (value === null || Number.isNaN(value)) return "—";
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(1)} ms`;
}

/** The result table as fixed-width text: what, median, p95, SQL, ratio, target, met?. */
export function formatTable(rows: readonly TTableRow[]): string {
  const header = ["what", "median", "p95", "SQL", "ratio", "target", "met?"];
  const cells = rows.map((r) => [
    r.what,
    ms(r.median),
    ms(r.p95),
    ms(r.sqlMedian),
    r.ratio === null ? "—" : `×${r.ratio.toFixed(1)}`,
    r.target,
    r.met === null ? "n/a" : r.met ? "yes" : "NO",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const right = new Set([1, 2, 3, 4]);
  const line = (values: string[]) =>
    values
      .map((v, i) => (right.has(i) ? v.padStart(widths[i]!) : v.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...cells.map(line)].join("\n");
}
