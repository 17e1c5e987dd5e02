import { FEATURE_NEEDS, hostCapabilities, supportUpTo } from "../../src/workbook/hostCapabilities";

describe("hostCapabilities", () => {
  it("is ok with nothing missing when every requirement set is supported", () => {
    const caps = hostCapabilities(() => true);
    expect({ ok: caps.ok, missing: caps.missing }).toEqual({ ok: true, missing: [] });
  });

  it("lists what ExcelApi 1.8 lacks, and stays ok because none of it is required", () => {
    const caps = hostCapabilities(supportUpTo("1.8"));
    expect({ ok: caps.ok, missing: caps.missing }).toEqual({
      ok: true,
      missing: [
        { feature: "sheetMarkerProperty", set: "ExcelApi 1.12", required: false },
        { feature: "funnelChart", set: "ExcelApi 1.9", required: false },
        { feature: "multiAreaRanges", set: "ExcelApi 1.9", required: false },
        { feature: "suspendScreenUpdating", set: "ExcelApi 1.9", required: false },
        { feature: "pageLayout", set: "ExcelApi 1.9", required: false },
        { feature: "columnGroups", set: "ExcelApi 1.10", required: false },
      ],
    });
  });

  it("is not ok on ExcelApi 1.3, with the required features listed first", () => {
    const caps = hostCapabilities(supportUpTo("1.3"));
    expect({ ok: caps.ok, first: caps.missing.slice(0, 2).map((m) => m.feature) }).toEqual({ ok: false, first: ["readSources", "writeSheets"] });
  });

  it.each([
    { feature: "conditionalFormats", version: "1.5", has: false },
    { feature: "conditionalFormats", version: "1.6", has: true },
    { feature: "dataValidation", version: "1.7", has: false },
    { feature: "dataValidation", version: "1.8", has: true },
    { feature: "funnelChart", version: "1.8", has: false },
    { feature: "funnelChart", version: "1.9", has: true },
    { feature: "sheetMarkerProperty", version: "1.11", has: false },
    { feature: "sheetMarkerProperty", version: "1.12", has: true },
  ] as const)("answers has($feature) = $has on ExcelApi $version", ({ feature, version, has }) => {
    expect(hostCapabilities(supportUpTo(version)).has(feature)).toBe(has);
  });

  it("asks each requirement set once", () => {
    const asked: string[] = [];
    hostCapabilities((name, version) => {
      asked.push(`${name} ${version}`);
      return true;
    });
    expect(asked.length).toBe(new Set(FEATURE_NEEDS.map((n) => n.set)).size);
  });

  it("treats a set the host throws on as missing", () => {
    const caps = hostCapabilities((_name, version) => {
      if (version === "1.12") throw new Error("unknown set");
      return true;
    });
    expect(caps.missing).toEqual([{ feature: "sheetMarkerProperty", set: "ExcelApi 1.12", required: false }]);
  });

  it("supports nothing outside Office", () => {
    expect(hostCapabilities().ok).toBe(false);
  });

  it("names ExcelApi sets only, each with a fallback sentence", () => {
    expect(FEATURE_NEEDS.filter((n) => !/^ExcelApi 1\.\d+$/.test(n.set) || n.fallback.length === 0)).toEqual([]);
  });
});

describe("supportUpTo", () => {
  it.each([
    { name: "ExcelApi", version: "1.9", answer: true },
    { name: "ExcelApi", version: "1.10", answer: false },
    { name: "ExcelApi", version: "1.1", answer: true },
    { name: "WordApi", version: "1.1", answer: false },
  ])("answers $answer for $name $version when the host has ExcelApi 1.9", ({ name, version, answer }) => {
    expect(supportUpTo("1.9")(name, version)).toBe(answer);
  });
});
