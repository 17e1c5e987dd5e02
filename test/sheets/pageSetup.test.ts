import { finishSheets } from "../../src/sheets/finishSheets";
import { pageSetupFor, pageText } from "../../src/sheets/pageSetup";
import type { Cell, SheetSpec } from "../../src/sheets/spec";

const AS_OF = 46346; // 2026-11-20

function review(width: number): SheetSpec {
  const header: Cell[] = Array.from({ length: width }, (_, c) => ({ v: `H${c}`, style: "header" }));
  return {
    name: "Scorecard",
    purpose: "scorecard",
    rows: [[{ v: "KPI scorecard & review", style: "title" }], [], [{ v: "Group", style: "header" }], header, header.map((_, c) => ({ v: c }))],
    frozen: { rows: 4, cols: 1 },
  };
}

describe("pageSetupFor", () => {
  it("prints a narrow sheet portrait and a wide one landscape, both one page wide", () => {
    const narrow = pageSetupFor(review(5), new Array(5).fill(10), new Set(), "en", AS_OF);
    const wide = pageSetupFor(review(20), new Array(20).fill(10), new Set(), "en", AS_OF);
    expect([narrow.orientation, wide.orientation, narrow.fitToWidth, wide.fitToWidth]).toEqual(["portrait", "landscape", 1, 1]);
  });

  it("does not count folded columns toward the printed width", () => {
    const hidden = new Set(Array.from({ length: 15 }, (_, i) => i + 5));
    expect(pageSetupFor(review(20), new Array(20).fill(10), hidden, "en", AS_OF).orientation).toBe("portrait");
  });

  it("prints the used cells, and repeats the header rows just above the frozen line on every page", () => {
    const page = pageSetupFor(review(6), new Array(6).fill(10), new Set(), "en", AS_OF);
    expect([page.area, page.titleRows]).toEqual(["A1:F5", { first: 2, last: 3 }]);
  });

  it.each([
    { language: "en" as const, right: "As of 2026-11-20", center: "Page &P of &N" },
    { language: "zh-CN" as const, right: "截至 2026-11-20", center: "第 &P 页，共 &N 页" },
  ])("heads each page with the title and as-of date and numbers it ($language)", ({ language, right, center }) => {
    const page = pageSetupFor(review(6), new Array(6).fill(10), new Set(), language, AS_OF);
    expect([page.header.left, page.header.right, page.footer.center]).toEqual(["KPI scorecard && review", right, center]);
  });

  it("doubles an ampersand so a title never starts a header code", () => {
    expect(pageText("R&D &P")).toBe("R&&D &&P");
  });
});

describe("finishSheets", () => {
  it("gives every sheet its font, fitted widths and a page setup, and leaves the specs it was given alone", () => {
    const spec = review(3);
    const before = JSON.stringify(spec);
    const [en] = finishSheets([spec], "en", AS_OF);
    const [zh] = finishSheets([spec], "zh-CN", AS_OF);
    expect([en.font, zh.font, en.columnWidths?.length, en.page?.area, JSON.stringify(spec) === before]).toEqual(["Calibri", "等线", 3, "A1:C5", true]);
  });
});
