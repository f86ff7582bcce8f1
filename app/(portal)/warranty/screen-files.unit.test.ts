import { describe, expect, it } from "vitest";
import { FILE_LIMITS, hasPhotoOrPdfContent, screenFiles } from "./screen-files";

const file = (name: string, type: string, size = 100) => new File([new Uint8Array(size)], name, { type });

describe("screening a claim's chosen files", () => {
  it("keeps photos and PDFs and leaves a rejected file out of the list, naming it", () => {
    const photo = file("turbo.jpg", "image/jpeg");
    const { files, problems } = screenFiles(
      [photo],
      [file("notes.docx", "application/msword"), file("werkorder.pdf", "application/pdf")],
    );
    expect(files.map((f) => f.name)).toEqual(["turbo.jpg", "werkorder.pdf"]);
    expect(problems).toEqual([{ key: "fileType", name: "notes.docx" }]);
  });

  it("refuses a file over 10 MB and the file past the tenth", () => {
    const big = file("groot.jpg", "image/jpeg", FILE_LIMITS.maxFileBytes + 1);
    expect(screenFiles([], [big]).problems).toEqual([{ key: "fileTooLarge", name: "groot.jpg" }]);
    const ten = Array.from({ length: 10 }, (_, i) => file(`f${i}.png`, "image/png"));
    const { files, problems } = screenFiles(ten, [file("elf.png", "image/png")]);
    expect(files).toHaveLength(10);
    expect(problems).toEqual([{ key: "tooManyFiles", name: "elf.png" }]);
    expect(screenFiles([], [file("a.png", "image/png")], 10).problems[0]?.key).toBe("tooManyFiles");
  });

  it("reads the content: a page named foto.jpg is no photo, a real PNG and PDF are", async () => {
    const fake = new File(["<html><script>alert(1)</script></html>"], "foto.jpg", { type: "image/jpeg" });
    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])], "a.png", {
      type: "image/png",
    });
    const pdf = new File(["%PDF-1.4\n"], "a.pdf", { type: "application/pdf" });
    expect(await Promise.all([fake, png, pdf].map(hasPhotoOrPdfContent))).toEqual([false, true, true]);
    const { files, problems } = screenFiles([], [fake, png], 0, new Set([fake]));
    expect(files).toEqual([png]);
    expect(problems).toEqual([{ key: "fileType", name: "foto.jpg" }]);
  });
});
