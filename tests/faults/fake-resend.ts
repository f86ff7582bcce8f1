import { createServer, type ServerResponse } from "node:http";

// A stand-in for Resend's API (RESEND_BASE_URL) that can be down in several ways. Like Resend,
// a repeated Idempotency-Key gets the first answer again instead of a second e-mail, so
// `deliveries` counts real sends per key and `replays` the retries Resend would absorb.
//   ok             – accepts and answers 200
//   error500       – answers 500 without sending
//   hang           – never answers (the client must time out); nothing sent
//   acceptThenHang – sends the e-mail, then never answers (the answer is lost)
//   refused        – not listening: connection refused
export type TFakeMode = "ok" | "error500" | "hang" | "acceptThenHang" | "refused";
export type TFakeEmail = { key: string; to: string[]; subject: string; text: string; id: string };

export class FakeResend {
  readonly url: string;
  mode: TFakeMode = "ok";
  /** Every request, with the mode it met. */
  readonly requests: Array<{ key: string; mode: TFakeMode }> = [];
  /** E-mails actually sent, in order (one per key unless the sender sends twice under different keys). */
  readonly sent: TFakeEmail[] = [];
  readonly deliveries = new Map<string, number>();
  readonly replays = new Map<string, number>();
  private readonly held: ServerResponse[] = [];
  private readonly server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const key = String(req.headers["idempotency-key"] ?? "");
    const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
      to: string[];
      subject: string;
      text: string;
    };
    const mode = this.mode;
    this.requests.push({ key, mode });
    if (mode === "error500")
      return json(res, 500, { name: "internal_server_error", message: "mail service down", statusCode: 500 });
    if (mode === "hang") return void this.held.push(res);
    const first = this.sent.find((e) => e.key === key);
    if (first) {
      this.replays.set(key, (this.replays.get(key) ?? 0) + 1);
      return json(res, 200, { id: first.id });
    }
    const email = {
      key,
      to: body.to,
      subject: body.subject,
      text: body.text,
      id: `re_${this.sent.length + 1}`,
    };
    this.sent.push(email);
    this.deliveries.set(key, (this.deliveries.get(key) ?? 0) + 1);
    if (mode === "acceptThenHang") return void this.held.push(res);
    json(res, 200, { id: email.id });
  });

  constructor(readonly port: number) {
    this.url = `http://127.0.0.1:${port}`;
  }

  listen(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(this.port, "127.0.0.1", () => resolve());
    });
  }

  async setMode(mode: TFakeMode): Promise<void> {
    if (mode === this.mode) return;
    if (this.mode === "refused") await this.listen();
    this.mode = mode;
    if (mode === "refused") await this.close();
  }

  close(): Promise<void> {
    for (const res of this.held.splice(0)) res.destroy();
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}
