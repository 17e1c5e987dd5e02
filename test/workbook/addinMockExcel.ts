/**
 * An Excel object graph made of office-addin-mock objects, for the write path of the Office host.
 *
 * Every proxy the host gets (worksheet, range, name, custom property, table, chart, conditional format)
 * is an OfficeMockObject, so reading one of its properties before `load` and `sync` gives
 * office-addin-mock's error string instead of the value. What office-addin-mock leaves out is added
 * here, and only that: collections (`load("items/name")` loads the property on each item, and `items`
 * exists only after the next sync), `isNullObject` (readable after a sync that followed a load of the object), a sync
 * counter, the bytes each request carries, a sync that fails on cue, and the sheets added and deleted.
 * Sheets can hold values to read; a table spans its sheet's values.
 */
import { OfficeMockObject } from "office-addin-mock";
import type { ExcelRunner, OfficeLike } from "../../src/workbook/office";
import { supportUpTo } from "../../src/workbook/hostCapabilities";
import { columnLetter, parseRange, type Area } from "../../src/excel/a1";
import type { Grid } from "../../src/datasets/grid";

/** office-addin-mock's answer to a property read too early. */
export const MOCK_ERRORS = /Error, (property was not loaded|context\.sync\(\) was not called)/;

export interface AddinMockSheet {
  name: string;
  /** Carries the add-in's mark (a review sheet an earlier build wrote). */
  marked?: boolean;
  /** Values from A1 down; blanks as "" (as Excel gives them). */
  rows?: Grid;
}

export interface AddinMockInit {
  sheets: AddinMockSheet[];
  /** Tables, each over all the values of its sheet. */
  tables?: { name: string; sheet: string }[];
  /** The selected cells. */
  selection?: { sheet: string; address: string };
  /** The sync (1-based) that fails, as Excel fails one it cannot carry out. */
  failSync?: number;
}

/** A range the host asked for, with what it was given. */
export interface MockRange {
  sheet: string;
  address: string;
  proxy: OfficeMockObject & { formulas?: unknown[][]; numberFormat?: unknown[][] };
}

interface Collection<T> {
  items?: T[];
  load(properties: string): void;
}

/** office-addin-mock's objects take their methods from the graph, with `this` the mock. */
function mock<T>(graph: Record<string, unknown>): OfficeMockObject & T {
  return new OfficeMockObject(graph) as OfficeMockObject & T;
}

/** A mocked workbook, its Excel runner and Office settings, and what happened to it. */
export function createAddinMockExcel(init: AddinMockInit) {
  let syncs = 0;
  let nextId = 1;
  const requestBytes: number[] = [];
  let pendingBytes = 0;
  // Every OfficeMockObject made, so a sync can settle the loads made on any of them.
  const made: OfficeMockObject[] = [];
  // Collections whose items were asked for: they get them at the next sync.
  const pendingCollections = new Set<{ settle(): void }>();
  const ranges: MockRange[] = [];
  const deleted: string[] = [];
  const calculations: string[] = [];
  const suspensions: string[] = [];

  const track = <T extends OfficeMockObject>(object: T): T => {
    made.push(object);
    return object;
  };

  function collection<T extends OfficeMockObject>(list: () => T[], methods: Record<string, unknown> = {}): Collection<T> & Record<string, unknown> {
    let asked: string[] = [];
    const result: Collection<T> & Record<string, unknown> & { settle(): void } = {
      ...methods,
      load(properties: string) {
        asked = properties.split(",").map((p) => p.trim().replace(/^items\//, ""));
        for (const item of list()) item.load(asked.join(","));
        pendingCollections.add(result);
      },
      settle() {
        result.items = [...list()];
      },
    };
    return result;
  }

  function nullable(name: string, present: boolean, scalar: string, value = ""): OfficeMockObject & { isNullObject: boolean } {
    return nullFlag(track(mock<{ isNullObject: boolean }>({ [scalar]: present ? name : "", value: present ? value : "" })), name, present);
  }

  function nullFlag<T extends OfficeMockObject>(object: T, name: string, present: boolean): T & { isNullObject: boolean } {
    // Office.js knows isNullObject after a sync that followed a load of the object.
    let loadedBefore = Number.POSITIVE_INFINITY;
    const load = object.load.bind(object);
    object.load = (properties: Parameters<OfficeMockObject["load"]>[0]) => {
      loadedBefore = Math.min(loadedBefore, syncs + 1);
      return load(properties);
    };
    Object.defineProperty(object, "isNullObject", {
      get: () => {
        if (syncs < loadedBefore) throw new Error(`isNullObject of "${name}" read before the object was loaded and synced`);
        return !present;
      },
    });
    return object as T & { isNullObject: boolean };
  }

  /** The area of a sheet's values, or null for a sheet without any. */
  function usedArea(state: SheetState): Area | null {
    const rows = state.rows;
    const width = Math.max(0, ...rows.map((r) => r.length));
    return rows.length === 0 || width === 0 ? null : { top: 0, left: 0, bottom: rows.length - 1, right: width - 1 };
  }

  function range(sheet: () => string, address: string, state?: SheetState): MockRange["proxy"] {
    const border = (): OfficeMockObject => track(mock({ style: "None", weight: "Thin", color: "#000000" }));
    const area = parseRange(address.slice(address.lastIndexOf("!") + 1));
    const values = area && state ? state.rows.slice(area.top, area.bottom + 1).map((row) => Array.from({ length: area.right - area.left + 1 }, (_, c) => row[area.left + c] ?? "")) : [];
    const proxy = track(
      mock<MockRange["proxy"]>({
        address,
        values,
        rowIndex: area?.top ?? 0,
        columnIndex: area?.left ?? 0,
        rowCount: area ? area.bottom - area.top + 1 : 0,
        columnCount: area ? area.right - area.left + 1 : 0,
        worksheet: { name: sheet(), visibility: "Visible", ...(state ? { getUsedRangeOrNullObject: () => usedRange(state) } : {}) },
        format: {
          columnWidth: 48,
          font: { bold: false, italic: false, size: 11, color: "#000000" },
          fill: { color: "#FFFFFF" },
          borders: { getItem: () => border() },
        },
        dataValidation: { rule: "" },
        conditionalFormats: {
          add: () =>
            track(
              mock({
                colorScale: { criteria: "" },
                custom: { rule: { formula: "" }, format: { font: { color: "" }, fill: { color: "" } } },
              }),
            ),
        },
        merge: () => undefined,
      }),
    );
    ranges.push({ sheet: sheet(), address, proxy });
    return proxy;
  }

  interface SheetState {
    proxy: OfficeMockObject & { name: string; delete(): void };
    /** The name it was made with: the proxy's own name reads as an error until loaded. */
    name: string;
    marked: boolean;
    rows: Grid;
  }
  const sheets: SheetState[] = [];
  // The host renames a sheet by assigning its proxy's name; until then the proxy may not have loaded it.
  const nameOf = (state: SheetState): string => (MOCK_ERRORS.test(String(state.proxy.name)) ? state.name : state.proxy.name);

  /** The range of a sheet's values, as `getUsedRangeOrNullObject` gives it. */
  function usedRange(state: SheetState) {
    const area = usedArea(state);
    const text = area ? `${columnLetter(area.left)}${area.top + 1}:${columnLetter(area.right)}${area.bottom + 1}` : "A1";
    return nullFlag(range(() => nameOf(state), `'${nameOf(state)}'!${text}`, state), `used range of ${state.name}`, area !== null);
  }

  function worksheet(name: string, marked: boolean, rows: Grid = []): SheetState {
    const state = { name, marked, rows } as SheetState;
    const id = `{sheet-${nextId++}}`;
    const proxy = track(
      mock<SheetState["proxy"]>({
        name,
        id,
        position: sheets.length,
        visibility: "Visible",
        names: {
          // The mark's value says what the sheet was made for, as the writers set it.
          getItemOrNullObject: () => nullable("KPIToolkit.Sheet", state.marked, "name", '="scorecard"'),
          add: () => {
            state.marked = true;
            return track(mock({ visible: true }));
          },
        },
        customProperties: {
          getItemOrNullObject: () => nullable("KPIToolkit.Sheet", state.marked, "key", "scorecard"),
          add: () => track(mock({ key: "KPIToolkit.Sheet" })),
        },
        getRange: (address: string) => range(() => nameOf(state), address, state),
        getRanges: (address: string) => range(() => nameOf(state), address, state),
        getUsedRangeOrNullObject: () => usedRange(state),
        freezePanes: { freezeRows: () => undefined, freezeColumns: () => undefined, freezeAt: () => undefined },
        tables: { add: () => track(mock({ name: "", style: "" })) },
        charts: {
          add: () =>
            track(
              mock({
                title: { text: "" },
                legend: { visible: true },
                axes: { categoryAxis: { reversePlotOrder: false }, valueAxis: { minimum: 0 } },
                series: {
                  getItemAt: () => track(mock({ name: "", setXAxisValues: () => undefined })),
                  add: () => track(mock({ setValues: () => undefined, setXAxisValues: () => undefined })),
                },
                setPosition: () => undefined,
              }),
            ),
        },
        activate: () => undefined,
        delete: () => {
          sheets.splice(sheets.indexOf(state), 1);
          deleted.push(nameOf(state));
        },
      }),
    );
    state.proxy = proxy;
    return state;
  }

  for (const sheet of init.sheets) sheets.push(worksheet(sheet.name, sheet.marked === true, sheet.rows));
  const stateOf = (name: string): SheetState => {
    const state = sheets.find((s) => nameOf(s) === name);
    if (!state) throw new Error(`the mock workbook has no sheet "${name}"`);
    return state;
  };

  const worksheets = collection(() => sheets.map((s) => s.proxy), {
    add: (name: string) => {
      const state = worksheet(name, false);
      sheets.push(state);
      return state.proxy;
    },
    getItem: (name: string) => stateOf(name).proxy,
  });
  const tableList = (init.tables ?? []).map(({ name, sheet }) => {
    const state = stateOf(sheet);
    const body = (): MockRange["proxy"] => {
      const area = usedArea(state);
      const text = area ? `${columnLetter(area.left)}${area.top + 2}:${columnLetter(area.right)}${area.bottom + 1}` : "A2";
      return range(() => sheet, text, state);
    };
    return { name, proxy: track(mock({ name, worksheet: { name: sheet, visibility: "Visible" }, getRange: () => usedRange(state), getDataBodyRange: body })) };
  });
  const tables = collection(() => tableList.map((t) => t.proxy), {
    getItem: (name: string) => {
      const table = tableList.find((t) => t.name.toLowerCase() === name.toLowerCase());
      if (!table) throw new Error(`the mock workbook has no table "${name}"`);
      return table.proxy;
    },
  });

  const application = {
    suspendApiCalculationUntilNextSync: () => void suspensions.push(`calculation before sync ${syncs + 1}`),
    suspendScreenUpdatingUntilNextSync: () => void suspensions.push(`screen before sync ${syncs + 1}`),
    calculate: (type: string) => void calculations.push(type),
  };

  const context = {
    workbook: {
      worksheets,
      tables,
      application,
      getSelectedRange: () => {
        if (!init.selection) throw new Error("the mock workbook has no selection");
        const state = stateOf(init.selection.sheet);
        return range(() => init.selection?.sheet ?? "", init.selection.address, state);
      },
    },
    async sync(): Promise<void> {
      syncs++;
      // The request carries what was assigned since the last sync: cells, number formats.
      let bytes = 0;
      for (const r of ranges.slice(pendingBytes)) bytes += JSON.stringify(r.proxy.formulas ?? null).length + JSON.stringify(r.proxy.numberFormat ?? null).length;
      requestBytes.push(bytes);
      pendingBytes = ranges.length;
      if (init.failSync === syncs) throw Object.assign(new Error(`sync ${syncs} failed (scripted)`), { code: "GeneralException" });
      for (const object of made) await object.sync();
      for (const c of pendingCollections) c.settle();
      pendingCollections.clear();
      // office-addin-mock settles nested properties in later microtasks.
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };

  const settings = new Map<string, unknown>();
  const Office: OfficeLike = {
    context: {
      requirements: { isSetSupported: (name, version) => supportUpTo("1.12")(name, version ?? "1.1") },
      document: {
        settings: {
          get: (name) => settings.get(name) ?? null,
          set: (name, value) => void settings.set(name, value),
          remove: (name) => void settings.delete(name),
          saveAsync: (callback) => callback({ error: null }),
        },
      },
    },
  };
  const Excel: ExcelRunner = { run: (batch) => batch(context as unknown as Excel.RequestContext) };

  return {
    Excel,
    Office,
    /** Syncs so far. */
    get syncs() {
      return syncs;
    },
    /** Bytes of cells and formats each sync carried. */
    requestBytes,
    /** The workbook's sheets now, in order. */
    sheetNames: () => sheets.map(nameOf),
    /** Ranges the host asked for, by sheet. */
    ranges,
    /** Sheets deleted, by the name they had. */
    deleted,
    calculations,
    suspensions,
  };
}
