import { OfficeMockObject } from "office-addin-mock";
import { BASE_SYNCS, officeHost, planChunks, PLAN_SETTING, type ExcelRunner, type OfficeLike } from "../../src/workbook/office";
import { scorecardBuild } from "../../bench/office";
import { createAddinMockExcel, MOCK_ERRORS, type AddinMockInit } from "./addinMockExcel";

// office-addin-mock answers a property read before load + sync with an error string instead of its
// value: a host that skipped a load would hand those strings on, so results are checked for them.

const DEALS = [
  ["Owner", "Stage", "Amount"],
  ["Ann", "Won", 1200],
  ["Bob", "", 300],
];

function excelMock(): OfficeMockObject & ExcelRunner & { context: { sync(): Promise<void> } } {
  return new OfficeMockObject({
    context: {
      workbook: {
        tables: {
          deals: {
            worksheet: { name: "Q1 Deals" },
            range: { rowIndex: 2, columnIndex: 1, rowCount: 3, columnCount: 3 },
            getRange: function () {
              return (this as unknown as { range: unknown }).range;
            },
          },
          getItem: function () {
            return (this as unknown as { deals: unknown }).deals;
          },
        },
        worksheets: {
          sheet: {
            block: { values: DEALS },
            getRange: function () {
              return (this as unknown as { block: unknown }).block;
            },
          },
          getItem: function () {
            return (this as unknown as { sheet: unknown }).sheet;
          },
        },
      },
    },
    run: async function (batch: (context: unknown) => Promise<unknown>) {
      return batch((this as unknown as { context: unknown }).context);
    },
  }) as unknown as OfficeMockObject & ExcelRunner & { context: { sync(): Promise<void> } };
}

function officeMock(saved: Record<string, unknown> = {}): OfficeLike {
  const settings = new Map(Object.entries(saved));
  return new OfficeMockObject({
    context: {
      requirements: { isSetSupported: () => true },
      document: {
        settings: {
          get: (name: string) => settings.get(name) ?? null,
          set: (name: string, value: unknown) => void settings.set(name, value),
          saveAsync: (callback: (result: { status: string }) => void) => callback({ status: "succeeded" }),
        },
      },
    },
  }) as unknown as OfficeLike;
}

describe("the Office host under office-addin-mock", () => {
  it("reads a table with every property loaded and synced before it is read", async () => {
    const host = officeHost({ excel: excelMock(), office: officeMock() });
    const read = await host.readGrid({ table: "Deals" });
    expect({ read, leaked: MOCK_ERRORS.test(JSON.stringify(read)) }).toEqual({
      read: { grid: [["Owner", "Stage", "Amount"], ["Ann", "Won", 1200], ["Bob", null, 300]], sheet: "Q1 Deals", firstRow: 3, firstCol: 2 },
      leaked: false,
    });
  });

  it("reads a small table in two syncs", async () => {
    const excel = excelMock();
    const sync = jest.spyOn(excel.context, "sync");
    await officeHost({ excel, office: officeMock() }).readGrid({ table: "Deals" });
    expect(sync).toHaveBeenCalledTimes(2);
  });

  it("restores the plan saved in the document settings", async () => {
    const host = officeHost({ excel: excelMock(), office: officeMock({ [PLAN_SETTING]: JSON.stringify({ version: 1, language: "zh-CN" }) }) });
    expect(await host.loadPlan()).toEqual({ version: 1, language: "zh-CN" });
  });

  it("saves the plan and reads it back", async () => {
    const host = officeHost({ excel: excelMock(), office: officeMock() });
    await host.savePlan({ version: 1, scorecard: { kpis: [{ name: "Sales", weight: 100 }] } });
    expect(await host.loadPlan()).toEqual({ version: 1, scorecard: { kpis: [{ name: "Sales", weight: 100 }] } });
  });
});

describe("a build written through office-addin-mock objects", () => {
  const SOURCE = { name: "Scores" };

  function setup(init: Partial<AddinMockInit> = {}) {
    const excel = createAddinMockExcel({ sheets: [SOURCE], ...init });
    return { excel, host: officeHost({ excel: excel.Excel, office: excel.Office }) };
  }

  it("reads no property of a proxy before loading it and syncing", async () => {
    const { excel, host } = setup();
    const result = await host.writeBuild(scorecardBuild(30));
    const seen = JSON.stringify({ result, sheets: excel.sheetNames(), ranges: excel.ranges.map((r) => [r.sheet, r.address]), deleted: excel.deleted });
    expect({ leaked: MOCK_ERRORS.test(seen), sheets: excel.sheetNames() }).toEqual({ leaked: false, sheets: ["Scores", ...result.sheets] });
  });

  it.each([{ rows: 100 }, { rows: 10_000 }, { rows: 100_000 }])(
    "writes a scorecard of $rows rows in BASE_SYNCS syncs plus one per chunk, each request under 5 MB",
    async ({ rows }) => {
      const build = scorecardBuild(rows);
      const chunks = planChunks(build.sheets).chunks.length;
      const { excel, host } = setup();
      await host.writeBuild(build);
      expect({ syncs: excel.syncs, largest: Math.max(...excel.requestBytes) <= 5_000_000 }).toEqual({ syncs: BASE_SYNCS + chunks, largest: true });
    },
    60_000,
  );

  it("suspends calculation and screen updating before each chunk's sync and recalculates once at the end", async () => {
    const { excel, host } = setup();
    await host.writeBuild(scorecardBuild(100));
    const chunkSyncs = Array.from({ length: excel.syncs - BASE_SYNCS }, (_, i) => 4 + i);
    expect({ suspensions: excel.suspensions, calculations: excel.calculations }).toEqual({
      suspensions: [...chunkSyncs.flatMap((n) => [`calculation before sync ${n}`, `screen before sync ${n}`]), `screen before sync ${excel.syncs - 1}`],
      calculations: ["Recalculate"],
    });
  });

  it("never asks for a range of the source sheet, nor renames it", async () => {
    const { excel, host } = setup();
    await host.writeBuild(scorecardBuild(100), { replace: true });
    expect({ sourceRanges: excel.ranges.filter((r) => r.sheet === "Scores").length, first: excel.sheetNames()[0] }).toEqual({ sourceRanges: 0, first: "Scores" });
  });

  it("removes the sheets it created when a sync fails mid-build, leaving the workbook's sheets as they were", async () => {
    const { excel, host } = setup({ failSync: BASE_SYNCS - 1 });
    const failed = await host.writeBuild(scorecardBuild(100)).catch((error: Error) => error);
    expect({ message: (failed as Error).message, sheets: excel.sheetNames() }).toEqual({
      message: expect.stringMatching(/^while writing rows .*, Excel answered: sync 4 failed \(scripted\) \(GeneralException\)\. The sheets it had started were removed/),
      sheets: ["Scores"],
    });
  });

  it("replaces a sheet it made before, and gives it its name back when the rebuild fails", async () => {
    const names = scorecardBuild(100).sheets.map((s) => s.name);
    const earlier = names.map((name) => ({ name, marked: true }));
    const ok = setup({ sheets: [SOURCE, ...earlier] });
    await ok.host.writeBuild(scorecardBuild(100), { replace: true });
    const failing = setup({ sheets: [SOURCE, ...earlier], failSync: BASE_SYNCS });
    await failing.host.writeBuild(scorecardBuild(100), { replace: true }).catch(() => undefined);
    expect({ rebuilt: ok.excel.sheetNames(), afterFailure: failing.excel.sheetNames() }).toEqual({ rebuilt: ["Scores", ...names], afterFailure: ["Scores", ...names] });
  });
});

describe("sources read through office-addin-mock objects", () => {
  const ROWS = [
    ["Name", "KPI", "Target", "Actual"],
    ["Ann", "Sales", 100, 120],
    ["Bob", "Sales", 100, ""],
  ];

  function setup() {
    const excel = createAddinMockExcel({
      sheets: [{ name: "Scores", rows: ROWS }, { name: "Scorecard", marked: true, rows: [["Scorecard"]] }, { name: "Notes" }],
      tables: [{ name: "tblScores", sheet: "Scores" }],
      selection: { sheet: "Scores", address: "A1:B3" },
    });
    return { excel, host: officeHost({ excel: excel.Excel, office: excel.Office }) };
  }

  it("lists tables, sheets and the selection in three syncs, every property loaded first", async () => {
    const { excel, host } = setup();
    const list = await host.listSources();
    expect({ list, syncs: excel.syncs, leaked: MOCK_ERRORS.test(JSON.stringify(list)) }).toEqual({
      list: {
        tables: [{ name: "tblScores", sheet: "Scores", address: "A1:D3", rows: 2 }],
        sheets: [
          { name: "Scores", address: "A1:D3", rows: 3, madeByAddin: false },
          { name: "Scorecard", address: "A1:A1", rows: 1, madeByAddin: true, purpose: "scorecard" },
          { name: "Notes", address: null, rows: 0, madeByAddin: false },
        ],
        selection: { sheet: "Scores", address: "A1:B3" },
      },
      syncs: 3,
      leaked: false,
    });
  });

  it.each([{ source: { table: "tblScores" } }, { source: { sheet: "Scores" } }])("reads $source in two syncs, blanks as null", async ({ source }) => {
    const { excel, host } = setup();
    const read = await host.readGrid(source);
    expect({ read, syncs: excel.syncs }).toEqual({
      read: { grid: [ROWS[0], ROWS[1], ["Bob", "Sales", 100, null]], sheet: "Scores", firstRow: 1, firstCol: 1 },
      syncs: 2,
    });
  });

  it("reads the selected cells", async () => {
    const { host } = setup();
    expect((await host.readGrid({ selection: true })).grid).toEqual(ROWS.map((row) => row.slice(0, 2)));
  });
});
