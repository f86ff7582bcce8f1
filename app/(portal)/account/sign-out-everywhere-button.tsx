"use client";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { signOutEverywhere } from "@/lib/auth/account-actions";

// Ends every session of the dealer; the action answers with a redirect to /login.
export function SignOutEverywhereButton({ label }: { label: string }) {
  const [pending, startTransition] = useTransition();
  return (
    <Button
      type="button"
      disabled={pending}
      onClick={() => startTransition(async () => void (await signOutEverywhere(undefined)))}
    >
      {label}
    </Button>
  );
}
