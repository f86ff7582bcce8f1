import { Alert } from "@/components/ui/alert";

export function FormMessage({ message }: { message: { tone: "error" | "success"; text: string } | null }) {
  return message ? <Alert tone={message.tone}>{message.text}</Alert> : null;
}
