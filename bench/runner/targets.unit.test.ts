import { describe, expect, it } from "vitest";
import { evaluateTarget } from "./targets";

// The targets as the bench judges a row: a page against the floor measured in the same
// run, a page's size, the workers' memory.
describe("evaluateTarget", () => {
  const page = { floorBudget: true, p95Below: 100 };

  it("meets a page's target up to floor + SQL + 10 ms, and misses it 0.1 ms beyond", () => {
    const at = evaluateTarget({ median: 45, p95: 90, sqlMedian: 10, floorMedian: 25 }, page);
    expect(at).toEqual({ target: "med≤floor+SQL+10 & p95<100", met: true, failed: [] });
    const beyond = evaluateTarget({ median: 45.1, p95: 90, sqlMedian: 10, floorMedian: 25 }, page);
    expect(beyond).toMatchObject({ met: false, failed: ["med≤floor+SQL+10"] });
  });

  it("misses a page's target when the floor was not measured (never a pass by default)", () => {
    expect(evaluateTarget({ median: 1, p95: 1, sqlMedian: 1, floorMedian: null }, page).met).toBe(false);
    expect(evaluateTarget({ median: 1, p95: 1, sqlMedian: 1 }, page).met).toBe(false);
  });

  it("misses the p95 target at 100 ms", () => {
    const result = evaluateTarget({ median: 20, p95: 100, sqlMedian: 5, floorMedian: 10 }, page);
    expect(result).toMatchObject({ met: false, failed: ["p95<100"] });
  });

  it("judges a page's size in KB and each worker's memory", () => {
    const size = { kbAtMost: 30 };
    expect(evaluateTarget({ median: Number.NaN, p95: Number.NaN, sqlMedian: null, kb: 30 }, size).met).toBe(
      true,
    );
    expect(
      evaluateTarget({ median: Number.NaN, p95: Number.NaN, sqlMedian: null, kb: 68.2 }, size),
    ).toMatchObject({
      target: "≤30 KB",
      met: false,
    });
    const memory = { mbAtMost: 350 };
    const measured = (mb: number[]) => ({ median: Number.NaN, p95: Number.NaN, sqlMedian: null, mb });
    expect(evaluateTarget(measured([300, 349]), memory).met).toBe(true);
    expect(evaluateTarget(measured([300, 350]), memory)).toMatchObject({
      target: "<350 MB each",
      met: false,
    });
    expect(evaluateTarget(measured([]), memory).met).toBe(false);
  });
});
