import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./openapi";

// ERP API 1.1: the OpenAPI document states what the server enforces and passes Redocly's
// recommended ruleset without a warning (issue 18, finding 8).
type TSchema = Record<string, unknown> & { properties?: Record<string, TSchema> };
const doc = buildOpenApiDocument() as unknown as {
  info: Record<string, unknown>;
  paths: Record<string, Record<string, Record<string, unknown>>>;
};
const rowSchema = (entity: string): TSchema => {
  const body = doc.paths[`/${entity}`]!.post!.requestBody as {
    content: { "application/json": { schema: { properties: { rows: { items: TSchema } } } } };
  };
  return body.content["application/json"].schema.properties.rows.items;
};

describe("the OpenAPI document", () => {
  it("passes redocly lint with the recommended ruleset: 0 errors, 0 warnings", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "erp-openapi-")), "openapi.json");
    writeFileSync(file, JSON.stringify(doc));
    const cli = path.resolve(import.meta.dirname, "../../node_modules/@redocly/cli/bin/cli.js");
    let output: string;
    try {
      output = execFileSync(process.execPath, [cli, "lint", file, "--extends=recommended", "--format=json"], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
        env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
      });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? "");
    }
    const report = JSON.parse(output.slice(output.indexOf("{"))) as {
      totals: { errors: number; warnings: number };
      problems: { ruleId: string; message: string }[];
    };
    expect(report.problems.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  }, 60_000);

  it("is version 1.1.0 with a license, an operationId and a 4xx answer on every operation", () => {
    expect(doc.info.version).toBe("1.1.0");
    expect(doc.info.license).toBeTruthy();
    for (const [route, item] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        expect(operation.operationId, `${method} ${route}`).toMatch(/^[a-z][A-Za-z]+$/);
        expect(
          Object.keys(operation.responses as object).some((s) => s.startsWith("4")),
          route,
        ).toBe(true);
      }
    }
  });

  it("gives amounts a pattern and bounds, and required text a non-blank pattern", () => {
    const amount = JSON.stringify(rowSchema("invoices").properties!.amount);
    expect(amount).toContain('"pattern"');
    expect(amount).toContain("9999999999.99");
    expect(rowSchema("delivered-lines").properties!.articleName).toMatchObject({
      type: "string",
      pattern: expect.any(String),
      maxLength: 200,
    });
    const pattern = new RegExp(rowSchema("delivered-lines").properties!.articleName!.pattern as string, "u");
    expect(pattern.test("   ")).toBe(false);
    expect(pattern.test("Turbo")).toBe(true);
    expect(pattern.test("Tur\u0000bo")).toBe(false);
  });

  it("states the cross-field rules in the descriptions", () => {
    expect(rowSchema("delivered-lines").properties!.quantityDelivered!.description).toMatch(
      /quantityOrdered/,
    );
    expect(rowSchema("invoices").properties!.dueDate!.description).toMatch(/invoiceDate/);
    expect(rowSchema("invoices").properties!.rmaNumber!.description).toMatch(/CREDIT_NOTE/);
    expect(rowSchema("invoices").properties!.amount!.description).toMatch(/CREDIT_NOTE/);
    expect(rowSchema("documents").properties!.contentBase64).toMatchObject({ contentEncoding: "base64" });
  });
});

describe("the write-back operations (1.1)", () => {
  const operation = (route: string, method = "post") =>
    doc.paths[route]![method] as {
      operationId: string;
      parameters: { name: string; in: string; required: boolean }[];
      requestBody: { content: { "application/json": { schema: TSchema } } };
      responses: Record<string, unknown>;
    };

  it("receipts: an operation with the line rules, dryRun, and 404/409/422 answers", () => {
    const receipt = operation("/rmas/{number}/receipts");
    expect(receipt.operationId).toBe("receiveRmaLines");
    expect(receipt.parameters.map((p) => [p.name, p.in, p.required])).toEqual([
      ["number", "path", true],
      ["dryRun", "query", false],
    ]);
    expect(Object.keys(receipt.responses)).toEqual(
      expect.arrayContaining(["200", "400", "404", "409", "422"]),
    );
    const lines = receipt.requestBody.content["application/json"].schema.properties!.lines!;
    expect(lines).toMatchObject({ type: "array", minItems: 1, maxItems: 500 });
    const [received, rejected] = (lines.items as { oneOf: TSchema[] }).oneOf as [TSchema, TSchema];
    expect(received.required).toEqual(["id", "status", "quantityReceived", "receivedAt"]);
    expect(received.properties!.quantityReceived!.description).toMatch(/quantityExpected.*exceeds_expected/);
    expect(rejected.required).toEqual(["id", "status", "reason", "receivedAt"]);
    expect(rejected.properties!.reason).toMatchObject({ minLength: 1, maxLength: 500 });
  });

  it("claim status: only the statuses a claim can move to, the reaction rule, and the document download", () => {
    const status = operation("/warranty-claims/{number}/status");
    expect(status.operationId).toBe("setWarrantyClaimStatus");
    const schema = status.requestBody.content["application/json"].schema;
    expect(schema.properties!.status!.enum).toEqual(["IN_TREATMENT", "AWARDED", "REFUSED"]);
    expect(schema.properties!.status!.description).toMatch(/IN_TREATMENT → AWARDED, REFUSED/);
    expect(schema.properties!.reaction!.description).toMatch(/reaction_required/);
    expect(Object.keys(status.responses)).toEqual(expect.arrayContaining(["404", "409", "422"]));
    expect(operation("/documents/{id}", "get").operationId).toBe("getDocument");
    const claims = JSON.stringify(doc.paths["/warranty-claims"]!.get);
    expect(claims).toContain('"attachments"');
  });
});
