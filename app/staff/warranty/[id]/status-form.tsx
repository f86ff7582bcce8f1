"use client";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { useActionForm, useErrorText } from "@/components/forms/use-action-form";
import { Field, inputClass } from "@/components/ui/field";
import { addReactionAction, setClaimStatusAction } from "@/lib/staff/warranty/actions";
import { type WARRANTY_STATUSES, ZClaimStatusSchema } from "@/lib/staff/warranty/schema";

type TStatus = (typeof WARRANTY_STATUSES)[number];

// New status and/or the reaction; the reaction becomes a PDF for the dealer (required to refuse).
export function ClaimStatusForm({
  claimId,
  current,
  next,
}: {
  claimId: number;
  current: TStatus;
  next: readonly TStatus[];
}) {
  const t = useTranslations();
  const errorText = useErrorText();
  const { form, onSubmit, pending, message } = useActionForm(
    ZClaimStatusSchema,
    (input) =>
      input.status === current
        ? addReactionAction({ claimId, reaction: input.reaction })
        : setClaimStatusAction(input),
    { claimId, status: next[0] ?? current, reaction: "" },
    { resetOnSuccess: true, successMessage: t("staff.saved") },
  );
  const { errors } = form.formState;
  return (
    <ActionForm
      onSubmit={onSubmit}
      pending={pending}
      message={message}
      submitLabel={t("staff.save")}
      className="flex max-w-2xl flex-col gap-4"
    >
      <Field id="claim-status" label={t("staff.warranty.newStatus")}>
        <select id="claim-status" className={inputClass} {...form.register("status")}>
          {[...next, current].map((s) => (
            <option key={s} value={s}>
              {s === current
                ? t("staff.warranty.keepStatus", { status: t(`staff.warranty.status.${s}`) })
                : t(`staff.warranty.status.${s}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field
        id="claim-reaction"
        label={t("staff.warranty.reaction")}
        hint={t("staff.warranty.reactionHint")}
        error={errorText(errors.reaction?.message)}
      >
        <textarea
          id="claim-reaction"
          rows={6}
          className={inputClass}
          aria-invalid={!!errors.reaction}
          {...form.register("reaction")}
        />
      </Field>
    </ActionForm>
  );
}
