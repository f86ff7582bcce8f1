"use client";
import { useTransition } from "react";
import { logOut } from "@/lib/auth/actions";

// The action answers with a redirect to /login, which the router follows.
export function LogOutButton({ label }: { label: string }) {
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() => startTransition(async () => void (await logOut(undefined)))}
      className="rounded px-3 py-1 text-sm text-brand-700 underline hover:bg-brand-50"
    >
      {label}
    </button>
  );
}
