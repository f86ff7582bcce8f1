"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { useMessageText } from "@/lib/i18n/use-message-text";
import { addClaimMessageAction } from "@/lib/warranty/actions";
import { AttachmentPicker, checkChosenFiles } from "../attachment-picker";

// Adds a message and/or attachments to an open claim.
export function ClaimMessageForm({
  claimNumber,
  existingCount,
}: {
  claimNumber: string;
  existingCount: number;
}) {
  const t = useTranslations();
  const messageText = useMessageText();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState("");
  const [files, setFiles] = useState<File[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [filesError, setFilesError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const translate = (key: string | null) => messageText(key, { max: 10, name: "" }) ?? null;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const problem = checkChosenFiles(files, existingCount);
    if (problem) return setFilesError(translate(problem));
    if (!message.trim() && files.length === 0) return setError(translate("warranty.errors.emptyMessage"));
    startTransition(async () => {
      setError(null);
      setDone(false);
      const data = new FormData();
      data.set("message", JSON.stringify({ claimNumber, message }));
      for (const file of files) data.append("files", file, file.name);
      const result = await addClaimMessageAction(data);
      if (!result.ok) {
        setError(result.message);
        setFilesError(result.fieldErrors?.files?.[0] ?? null);
        return;
      }
      setMessage("");
      setFiles([]);
      setDone(true);
      router.refresh();
    });
  };

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4" aria-busy={pending}>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {done ? <Alert tone="success">{t("warranty.detail.sent")}</Alert> : null}
      <Field id="claim-message" label={t("warranty.detail.message")}>
        <textarea
          id="claim-message"
          rows={4}
          maxLength={4000}
          className={inputClass}
          value={message}
          onChange={(e) => setMessage(e.target.value)}
        />
      </Field>
      <AttachmentPicker
        id="claim-files"
        files={files}
        error={filesError}
        existingCount={existingCount}
        onChange={(next, problem) => {
          setFiles(next);
          setFilesError(problem);
        }}
      />
      <div>
        <Button type="submit" disabled={pending}>
          {t("warranty.detail.send")}
        </Button>
      </div>
    </form>
  );
}
