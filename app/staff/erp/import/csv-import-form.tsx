"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { importCsvAction } from "@/lib/erp/actions";
import { describeRowError } from "@/lib/erp/row-errors";
import { CSV_UPLOAD_MAX_BYTES } from "@/lib/erp/token-schema";

const ENTITIES = ["customers", "delivered-lines", "open-lines", "invoices", "payments", "documents"] as const;
type TResult = Extract<Awaited<ReturnType<typeof importCsvAction>>, { ok: true }>["data"];

export function CsvImportForm() {
  const t = useTranslations("erp.import");
  const [pending, startTransition] = useTransition();
  const [entity, setEntity] = useState<(typeof ENTITIES)[number]>("delivered-lines");
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<TResult | null>(null);

  const run = (dryRun: boolean) => {
    setError(null);
    if (!file) return setError(t("chooseFile"));
    if (file.size > CSV_UPLOAD_MAX_BYTES) return setError(t("tooLarge"));
    startTransition(async () => {
      const outcome = await importCsvAction({ entity, dryRun, fileName: file.name, text: await file.text() });
      if (!outcome.ok) {
        setResult(null);
        setError(Object.values(outcome.fieldErrors ?? {})[0]?.[0] ?? outcome.message);
        return;
      }
      setResult(outcome.data);
    });
  };

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end gap-4">
        <Field id="csv-entity" label={t("entity")}>
          <select
            id="csv-entity"
            className={inputClass}
            value={entity}
            onChange={(e) => setEntity(e.target.value as typeof entity)}
          >
            {ENTITIES.map((e) => (
              <option key={e} value={e}>
                {t(`entities.${e}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="csv-file" label={t("file")} hint={t("fileHint")}>
          <input
            id="csv-file"
            type="file"
            accept=".csv,text/csv"
            className={inputClass}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </Field>
        <Button type="button" variant="secondary" disabled={pending} onClick={() => run(true)}>
          {t("dryRun")}
        </Button>
        <Button type="button" disabled={pending} onClick={() => run(false)}>
          {t("import")}
        </Button>
      </div>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {result ? (
        <div data-testid="csv-import-result" className="flex flex-col gap-3">
          <Alert tone={result.rejected ? "error" : "success"}>
            {result.dryRun ? `${t("dryRunDone")} ` : ""}
            {t("summary", {
              received: result.received,
              created: result.created,
              updated: result.updated,
              unchanged: result.unchanged,
              rejected: result.rejected,
            })}
          </Alert>
          <ol className="flex flex-col gap-1 text-sm">
            {result.rows.map((row) => (
              <li key={row.index} className={row.outcome === "rejected" ? "text-red-800" : "text-slate-800"}>
                {t("line", { line: row.index + 2 })} {row.key ? <code>{row.key}</code> : null} —{" "}
                {t(`outcomes.${row.outcome}`)}
                {row.errors ? `: ${row.errors.map(describeRowError).join("; ")}` : ""}
              </li>
            ))}
          </ol>
          {result.moreRows ? <p className="text-sm text-slate-600">{t("moreRows")}</p> : null}
        </div>
      ) : null}
    </div>
  );
}
