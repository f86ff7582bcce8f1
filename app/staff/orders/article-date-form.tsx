"use client";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm, useErrorText } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { setArticleExpectedDateAction } from "@/lib/staff/orders/actions";
import { ZArticleExpectedDateSchema } from "@/lib/staff/orders/schema";

// One expected date for every open line of an article (all customers).
export function ArticleDateForm() {
  const t = useTranslations();
  const errorText = useErrorText();
  const { form, onSubmit, pending, message } = useActionForm(
    ZArticleExpectedDateSchema,
    setArticleExpectedDateAction,
    { articleNumber: "", expectedDate: "" },
    { successMessage: t("staff.saved") },
  );
  const { errors } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3">
      <div className="w-full">
        <FormMessage message={message} />
      </div>
      <Field
        id="bulk-article"
        label={t("staff.orders.columns.articleNumber")}
        error={errorText(errors.articleNumber?.message)}
      >
        <input
          id="bulk-article"
          className={inputClass}
          aria-invalid={!!errors.articleNumber}
          {...form.register("articleNumber")}
        />
      </Field>
      <Field
        id="bulk-date"
        label={t("staff.orders.expectedDate")}
        error={errorText(errors.expectedDate?.message)}
      >
        <input id="bulk-date" type="date" className={inputClass} {...form.register("expectedDate")} />
      </Field>
      <Button type="submit" disabled={pending}>
        {t("staff.orders.setForArticle")}
      </Button>
    </form>
  );
}
