"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type KeyboardEvent, useEffect, useRef, useState, useTransition } from "react";
import { inputClass } from "@/components/ui/field";
import type { TActionResult } from "@/lib/actions/result";
import type { TScanRma } from "@/lib/staff/goods-in/queries";
import { closeRmaAction, receiveLineAction, rejectLineAction } from "@/lib/staff/returns/actions";
import { playTone } from "./sound";

// Goods-in driven by a keyboard-wedge scanner (it types the code, then Enter) or the keyboard
// alone: one field takes every scan and command. An RMA barcode opens the RMA; an article
// number counts one piece of its line; Enter on an empty field accepts the current line with
// the count, "-reason" rejects it, "*" closes the RMA; Esc leaves. Receiving goes through the
// same actions as the receiving page, so counters, mails and audit are the same.
type TMessage = { tone: "error" | "ok" | "info"; text: string };
const RMA_BARCODE = /^IRM\d{7}$/;

export function GoodsInScanner({
  rma,
  scanned,
  closed,
  today,
}: {
  rma: TScanRma | null;
  scanned: string | null;
  closed: string | null;
  today: string;
}) {
  const t = useTranslations("goodsIn");
  const ts = useTranslations("staff.returns");
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [pending, startTransition] = useTransition();
  const [counts, setCounts] = useState<Record<number, number>>({});
  const [current, setCurrent] = useState<number | null>(null);
  const [message, setMessage] = useState<TMessage | null>(null);
  const [sound, setSound] = useState<"ok" | "error" | null>(null);
  const open = rma?.status === "OPEN" ? rma : null;

  const say = (tone: TMessage["tone"], text: string) => {
    setMessage({ tone, text });
    if (tone !== "info") {
      playTone(tone);
      setSound(tone);
    }
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: the opening message once per scanned RMA
  useEffect(() => {
    if (scanned && !rma) say("error", t("rmaNotFound", { code: scanned }));
    else if (rma && !open)
      say("error", t("notOpen", { number: rma.number, status: ts(`status.${rma.status}`) }));
    else if (closed && !rma) say("ok", t("closed", { number: closed }));
    input.current?.focus();
  }, [scanned, rma?.number]);

  const run = (call: () => Promise<TActionResult<unknown>>, success: () => string, after?: () => void) =>
    startTransition(async () => {
      const result = await call();
      if (!result.ok) return say("error", result.message);
      say("ok", success());
      setCurrent(null);
      after ? after() : router.refresh();
      input.current?.focus();
    });

  const line = open?.lines.find((l) => l.id === current) ?? null;

  const handle = (raw: string) => {
    const text = raw.trim();
    const code = text.toUpperCase();
    if (!open) {
      if (RMA_BARCODE.test(code)) router.push(`/staff/goods-in?rma=${encodeURIComponent(code)}`);
      else if (code) say("error", t("rmaNotFound", { code }));
      return;
    }
    if (code === "*") {
      return run(
        () => closeRmaAction({ rmaId: open.id }),
        () => t("closed", { number: open.number }),
        () => router.push(`/staff/goods-in?closed=${encodeURIComponent(open.number)}`),
      );
    }
    if (code === "" || text.startsWith("-")) {
      if (!line) return say("error", t("noCurrent"));
      const count = counts[line.id] ?? 0;
      if (code === "") {
        return run(
          () => receiveLineAction({ rmaLineId: line.id, quantityReceived: count, receivedAt: today }),
          () => t("accepted", { code: line.articleNumber, count }),
        );
      }
      const reason = text.slice(1).trim();
      if (!reason) return say("error", t("rejectNeedsReason"));
      return run(
        () => rejectLineAction({ rmaLineId: line.id, reason, receivedAt: today }),
        () => t("rejected", { code: line.articleNumber, reason }),
      );
    }
    if (RMA_BARCODE.test(code)) {
      if (code === open.number) return say("info", t("scanArticle", { number: open.number }));
      return say("error", t("wrongRma", { code, number: open.number }));
    }
    const matching = open.lines.filter((l) => l.articleNumber.toUpperCase() === code);
    if (!matching.length) return say("error", t("unknownArticle", { code, number: open.number }));
    const expected = matching.filter((l) => l.status === "EXPECTED");
    if (!expected.length) return say("error", t("lineDone", { code, number: open.number }));
    const next = expected.find((l) => (counts[l.id] ?? 0) < l.quantityExpected);
    if (!next) {
      setCurrent(expected[0]!.id);
      return say("error", t("tooMany", { code, expected: expected[0]!.quantityExpected }));
    }
    const count = (counts[next.id] ?? 0) + 1;
    setCounts({ ...counts, [next.id]: count });
    setCurrent(next.id);
    say("ok", t("counted", { code: next.articleNumber, count, expected: next.quantityExpected }));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Escape") {
      event.preventDefault();
      setCounts({});
      setCurrent(null);
      router.push("/staff/goods-in");
      return;
    }
    if (event.key !== "Enter" || pending) return;
    event.preventDefault();
    const value = event.currentTarget.value;
    event.currentTarget.value = "";
    handle(value);
  };

  const tone = message?.tone ?? "info";
  return (
    <div className="flex flex-col gap-4" data-testid="goods-in" data-last-sound={sound ?? ""}>
      <label className="flex max-w-xl flex-col gap-1 font-medium">
        {t("scanLabel")}
        <input
          ref={input}
          className={`${inputClass} text-lg`}
          autoComplete="off"
          spellCheck={false}
          aria-describedby="goods-in-message"
          onKeyDown={onKeyDown}
        />
      </label>
      <div
        id="goods-in-message"
        role={tone === "error" ? "alert" : "status"}
        data-tone={tone}
        className={
          tone === "error"
            ? "rounded-lg border-2 border-red-700 bg-red-50 p-4 text-lg font-semibold text-red-800"
            : tone === "ok"
              ? "rounded-lg border border-green-700 bg-green-50 p-3 text-green-900"
              : "rounded-lg border bg-white p-3 text-slate-700"
        }
      >
        {message?.text ?? (open ? t("scanArticle", { number: open.number }) : t("scanRma"))}
      </div>
      {rma ? (
        <section className="overflow-x-auto rounded-lg border bg-white p-4">
          <h2 className="mb-2 font-semibold">
            {rma.number} · {rma.customer} · {ts(`status.${rma.status}`)}
          </h2>
          <table className="w-full text-sm">
            <thead>
              <tr className="border-b text-left">
                {(["article", "name", "expected", "counted", "status"] as const).map((c) => (
                  <th
                    key={c}
                    scope="col"
                    className={`py-2 pr-3 ${c === "expected" || c === "counted" ? "text-right" : ""} ${c === "name" ? "hidden sm:table-cell" : ""}`}
                  >
                    {t(`columns.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rma.lines.map((l) => (
                <tr
                  key={l.id}
                  data-testid={`scan-line-${l.articleNumber}`}
                  aria-current={l.id === current ? "true" : undefined}
                  className={`border-b border-slate-100 ${l.id === current ? "bg-amber-100 font-semibold" : ""}`}
                >
                  <td className="py-2 pr-3 font-mono">{l.articleNumber}</td>
                  <td className="hidden pr-3 sm:table-cell">{l.articleName}</td>
                  <td className="pr-3 text-right tabular-nums">{l.quantityExpected}</td>
                  <td className="pr-3 text-right tabular-nums">
                    {l.status === "EXPECTED" ? (counts[l.id] ?? 0) : l.quantityReceived}
                  </td>
                  <td className="pr-3">
                    {ts(`lineStatus.${l.status}`)}
                    {l.rejectionReason ? ` – ${l.rejectionReason}` : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </div>
  );
}
