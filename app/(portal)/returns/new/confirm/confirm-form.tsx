"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState, useTransition } from "react";
import { type FieldPath, useFieldArray, useForm } from "react-hook-form";
import { useGridSelection } from "@/components/data-grid/data-grid";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { useMessageText } from "@/lib/i18n/use-message-text";
import { submitReturnRequestAction } from "@/lib/returns/actions";
import { HISTORY_SELECTION_KEY } from "@/lib/returns/grid-links";
import { PHOTO_ENTRY_PREFIX, RETURN_REQUEST_ENTRY } from "@/lib/returns/return-form-data";
import {
  MAX_REFERENCE_LENGTH,
  MAX_REMARKS_LENGTH,
  type TReturnRequest,
  ZReturnRequestSchema,
} from "@/lib/returns/schema";
import { ConfirmLines, type TConfirmLine, type TConfirmReason } from "./confirm-lines";
import { withQuantityLimits } from "./quantity-limits";
import { ShipmentFields } from "./shipment-fields";
import { useIdempotencyKey } from "./use-idempotency-key";

// The confirmation step (SPEC §2.2): quantities, reasons, reference, remarks, copy address, terms.
type TConfirmFormProps = {
  lines: TConfirmLine[];
  reasons: TConfirmReason[];
  surcharge: string;
  termsUrl: string;
};

export function ConfirmForm({ lines, reasons, surcharge, termsUrl }: TConfirmFormProps) {
  const t = useTranslations("returns");
  const tr = useTranslations("rma");
  const messageText = useMessageText();
  const [photoFiles, setPhotoFiles] = useState<Map<number, File[]>>(new Map());
  const [photoErrors, setPhotoErrors] = useState<Map<number, string>>(new Map());
  const router = useRouter();
  const selection = useGridSelection(HISTORY_SELECTION_KEY);
  const [idempotencyKey, forgetKey] = useIdempotencyKey(lines.map((l) => l.id).join(","));
  const [formError, setFormError] = useState<string | null>(null);
  const [navigating, startNavigation] = useTransition();
  const byId = new Map(lines.map((l) => [l.id, l]));
  const form = useForm<TReturnRequest>({
    // Every error at once: the schema's and each line's "only N left", in one check.
    resolver: withQuantityLimits(zodResolver(ZReturnRequestSchema), byId, (line) =>
      t("onlyNLeft", { article: line.articleNumber, remaining: line.remaining }),
    ),
    defaultValues: {
      idempotencyKey: "",
      // SPEC §2.2: a chosen line starts at what is left to return (the seed's screens do); the dealer lowers it.
      lines: lines.map((l) => ({
        deliveredLineId: l.id,
        quantity: l.remaining,
        reasonId: undefined as unknown as number,
      })),
      reference: "",
      remarks: "",
      copyEmail: "",
      acceptTerms: false as unknown as true,
      parcelCount: 1,
      weightKg: null,
    },
  });
  const { register, handleSubmit, setError, setValue, formState } = form;
  useEffect(() => {
    if (idempotencyKey) setValue("idempotencyKey", idempotencyKey);
  }, [idempotencyKey, setValue]);
  const fields = useFieldArray({ control: form.control, name: "lines", keyName: "key" });
  const message = (text?: string) => messageText(text);

  const evidence = new Set(reasons.filter((r) => r.asksForEvidence).map((r) => r.id));
  const photos = {
    files: photoFiles,
    errors: photoErrors,
    onChange: (lineId: number, files: File[], problem: string | null) => {
      setPhotoFiles((current) => new Map(current).set(lineId, files));
      setPhotoErrors((current) => {
        const next = new Map(current);
        if (problem) next.set(lineId, problem);
        else next.delete(lineId);
        return next;
      });
    },
  };
  // Only the photos of lines whose reason (still) asks for them are sent.
  const photosToSend = (values: TReturnRequest) =>
    values.lines.flatMap((line) =>
      evidence.has(line.reasonId)
        ? (photoFiles.get(line.deliveredLineId) ?? []).map((file) => ({ line, file }))
        : [],
    );

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    if (!idempotencyKey) return;
    const missing = new Map(
      values.lines
        .filter((l) => evidence.has(l.reasonId) && !photoFiles.get(l.deliveredLineId)?.length)
        .map((l) => [l.deliveredLineId, tr("errors.photosRequired")]),
    );
    if (missing.size) {
      setPhotoErrors(missing);
      setFormError(tr("errors.photosRequiredForm"));
      return;
    }
    const request = { ...values, idempotencyKey };
    const chosen = photosToSend(values);
    let payload: TReturnRequest | FormData = request;
    if (chosen.length) {
      payload = new FormData();
      payload.set(RETURN_REQUEST_ENTRY, JSON.stringify(request));
      for (const { line, file } of chosen)
        payload.append(`${PHOTO_ENTRY_PREFIX}${line.deliveredLineId}`, file);
    }
    const result = await submitReturnRequestAction(payload);
    if (!result.ok) {
      setFormError(result.message);
      const lineErrors = new Map<number, string>();
      for (const [path, messages] of Object.entries(result.fieldErrors ?? {})) {
        const photoPath = /^lines\.(\d+)\.photos$/.exec(path);
        const line = photoPath ? values.lines[Number(photoPath[1])] : undefined;
        if (line) lineErrors.set(line.deliveredLineId, messages[0] ?? "");
        else if (path !== "_form") setError(path as FieldPath<TReturnRequest>, { message: messages[0] });
      }
      setPhotoErrors(lineErrors);
      return;
    }
    forgetKey();
    selection.clear();
    startNavigation(() => router.push(`/returns?created=${encodeURIComponent(result.data.rmaNumber)}`));
  });
  const busy = formState.isSubmitting || navigating;
  const errors = formState.errors;

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <input type="hidden" {...register("idempotencyKey")} />
      <Field id="reason-all" label={t("confirm.reasonAll")}>
        <select
          id="reason-all"
          className={inputClass}
          defaultValue=""
          onChange={(event) => {
            for (const i of fields.fields.keys()) {
              setValue(`lines.${i}.reasonId`, Number(event.target.value), {
                shouldValidate: formState.isSubmitted,
              });
            }
          }}
        >
          <option value="" disabled>
            {t("confirm.reasonPlaceholder")}
          </option>
          {reasons.map((r) => (
            <option key={r.id} value={r.id}>
              {r.label}
            </option>
          ))}
        </select>
      </Field>
      <ConfirmLines
        form={form}
        fields={fields}
        lines={byId}
        reasons={reasons}
        message={message}
        photos={photos}
      />
      {fields.fields.length === 0 ? <Alert tone="info">{t("confirm.noLines")}</Alert> : null}
      {errors.lines?.root?.message || errors.lines?.message ? (
        <p role="alert" className="text-sm text-red-700">
          {message(errors.lines?.root?.message ?? errors.lines?.message)}
        </p>
      ) : null}
      <p className="text-sm">
        <span className="font-medium">{t("confirm.surcharge")}:</span> € {surcharge}
      </p>
      <ShipmentFields form={form} message={message} />
      <div className="grid gap-4 md:grid-cols-2">
        <Field
          id="reference"
          label={t("confirm.reference")}
          hint={t("confirm.referenceHint")}
          error={message(errors.reference?.message)}
        >
          <input
            id="reference"
            maxLength={MAX_REFERENCE_LENGTH}
            className={inputClass}
            aria-invalid={Boolean(errors.reference)}
            {...register("reference")}
          />
        </Field>
        <Field
          id="copyEmail"
          label={t("confirm.copyEmail")}
          hint={t("confirm.copyEmailHint")}
          error={message(errors.copyEmail?.message)}
        >
          <input
            id="copyEmail"
            type="email"
            autoComplete="email"
            className={inputClass}
            aria-invalid={Boolean(errors.copyEmail)}
            {...register("copyEmail")}
          />
        </Field>
      </div>
      <Field id="remarks" label={t("confirm.remarks")} error={message(errors.remarks?.message)}>
        <textarea
          id="remarks"
          rows={3}
          maxLength={MAX_REMARKS_LENGTH}
          className={inputClass}
          aria-invalid={Boolean(errors.remarks)}
          {...register("remarks")}
        />
      </Field>
      <div className="flex flex-col gap-1">
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            id="acceptTerms"
            className="size-4 accent-brand-600"
            aria-invalid={Boolean(errors.acceptTerms)}
            {...register("acceptTerms")}
          />
          <span>
            {t("confirm.acceptTerms")}{" "}
            <a href={termsUrl} target="_blank" rel="noreferrer" className="text-brand-700 underline">
              {t("confirm.termsLink")}
            </a>
          </span>
        </label>
        {errors.acceptTerms ? (
          <p role="alert" className="text-sm text-red-700">
            {message(errors.acceptTerms.message)}
          </p>
        ) : null}
      </div>
      <div>
        <Button
          type="submit"
          data-testid="submit-rma"
          disabled={busy || fields.fields.length === 0}
          aria-busy={busy}
        >
          {busy ? t("confirm.submitting") : t("confirm.submit")}
        </Button>
      </div>
    </form>
  );
}
