import { describe, expect, it } from "vitest";
import { formatDate, formatMoney } from "./format";

describe("formatMoney", () => {
  it("formats as the seed's screens do, per locale", () => {
    expect(formatMoney("1165.00", "nl")).toBe("1.165,00");
    expect(formatMoney("1165", "de")).toBe("1.165,00");
    expect(formatMoney("971.63", "fr")).toBe("971,63");
    expect(formatMoney("1165.5", "en")).toBe("1,165.50");
    expect(formatMoney("1234567.89", "nl")).toBe("1.234.567,89");
  });
  it("keeps negative amounts (credit notes) and rounds half up at the cent", () => {
    expect(formatMoney("-514.25", "nl")).toBe("-514,25");
    expect(formatMoney("0.005", "nl")).toBe("0,01");
    expect(formatMoney("-0.00", "nl")).toBe("0,00");
    expect(formatMoney("9999999999.995", "en")).toBe("10,000,000,000.00");
  });
});

describe("formatDate", () => {
  it("shows a calendar date as dd-MM-yyyy in nl/fr/de, whatever the server's time zone", () => {
    expect(formatDate(new Date("2020-10-01T00:00:00Z"), "nl")).toBe("01-10-2020");
    expect(formatDate(new Date("2020-10-01T00:00:00Z"), "de")).toBe("01-10-2020");
    expect(formatDate(new Date("2020-10-01T00:00:00Z"), "en")).toBe("01/10/2020");
    expect(formatDate(null, "nl")).toBe("");
  });
  it("shows a timestamp in Amsterdam's calendar day", () => {
    expect(formatDate(new Date("2020-09-30T23:30:00Z"), "nl", { calendarDate: false })).toBe("01-10-2020");
    expect(formatDate(new Date("2020-12-31T23:30:00Z"), "en", { calendarDate: false })).toBe("01/01/2021");
    expect(formatDate("2020-03-05", "fr")).toBe("05-03-2020");
  });
  it("shows nothing for a value that is not a date", () => {
    expect(formatDate("not a date", "nl")).toBe("");
  });
});
