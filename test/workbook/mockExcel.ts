/**
 * A scripted Excel host: an in-memory workbook behind the part of the Office.js API that
 * src/workbook/office*.ts uses, for unit tests and for the browser test of the pane. It does not
 * depend on jest: `createMockExcel(...)` returns `Excel` and `Office` stand-ins (pass them to
 * `officeHost({ excel, office })` or `install()` them as globals) and the workbook to inspect.
 *
 * Like Office.js it queues every call and carries it out at `context.sync()`: a batch that fails stops
 * at the failing call (the calls before it stay done) and the sync rejects with a RichApi-like error
 * carrying a `code`. It also checks what office-addin-mock checks and a little more:
 * - load/sync discipline: reading a property before `load` + `sync` returns office-addin-mock's error
 *   string and is recorded in `violations`; loading a property the API does not have throws;
 * - requirement sets: a call newer than `apiVersion` fails its sync with ApiNotFound;
 * - Excel's 5 MB limit on a sync's request and response (RequestPayloadSizeLimitExceeded,
 *   ResponsePayloadSizeLimitExceeded);
 * - how Excel reads input: a string starting with "=", "+", "-" or "@" in `values` or `formulas`
 *   becomes a formula, number-like strings become numbers, a leading apostrophe (quote prefix) or the
 *   text format "@" keeps text as text.
 * Every change is recorded in `writes`; `syncs` counts round trips. It computes no formulas.
 */

export type MockValue = number | string | boolean | null;

export const NOT_LOADED = "Error, property was not loaded";
export const NOT_SYNCED = "Error, context.sync() was not called";

export interface MockSheetInit {
  name: string;
  /** Values from `origin` (default A1); null is an empty cell. */
  rows?: MockValue[][];
  /** Top-left cell of `rows`, such as "B3". */
  origin?: string;
  /** Single cells besides `rows`, by address: a stray value far from the data. */
  cells?: { address: string; value: MockValue }[];
  visibility?: "Visible" | "Hidden" | "VeryHidden";
  /** Marks the sheet as made by the add-in (its sheet-scoped name) with this purpose. */
  madeByAddin?: string;
  /** Marks the sheet by a worksheet custom property only, with this purpose. */
  markedByProperty?: string;
}

export interface MockTableInit {
  name: string;
  sheet: string;
  /** With its header row, e.g. "A1:D20". */
  range: string;
}

export interface MockExcelInit {
  sheets: MockSheetInit[];
  tables?: MockTableInit[];
  /** The selected block; "not cells" when a chart or shape is selected. Default: A1 of the first sheet. */
  selection?: { sheet: string; address: string } | "not cells";
  /** The add-in's document settings, as saved in the file. */
  settings?: Record<string, unknown>;
  /** Highest ExcelApi requirement set the host supports, e.g. "1.8". Default "1.17". */
  apiVersion?: string;
  /** Request bytes one sync may carry; default 5,000,000. */
  requestLimit?: number;
  /** Response bytes one sync may carry; default 5,000,000. */
  responseLimit?: number;
  /** The sync with this 1-based number fails before carrying out any call. */
  failSync?: number;
  /** Called before each change is carried out: return a message to fail the batch at that change. */
  failWrite?: (write: MockWrite) => string | undefined;
  /** saveAsync of the settings fails with this message. */
  failSave?: string;
  /** Keep cell contents (default true); false keeps only the write log, for very large builds. */
  keepCells?: boolean;
}

/** One change carried out on the workbook. */
export interface MockWrite {
  /** The sync that carried it out. */
  sync: number;
  kind: string;
  /** The sheet it touched, by its name at that moment. */
  sheet?: string;
  /** The cells it touched, without the sheet name. */
  address?: string;
  detail?: unknown;
}

export interface MockCell {
  value: MockValue;
  formula?: string;
  numberFormat?: string;
  /** Written with a leading apostrophe: Excel's quote prefix. */
  quotePrefix?: boolean;
}

export interface MockSheet {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  /** cells[row][col], 0-based; undefined is empty. */
  cells: (MockCell | undefined)[][];
  /** Sheet-scoped names by lower-case name. */
  names: Map<string, { name: string; formula: string; visible: boolean }>;
  customProperties: Map<string, string>;
  frozen: { rows: number; cols: number } | null;
  merges: string[];
  conditionalFormats: { range: string; type: string; rule?: string; fill?: string; font?: string; criteria?: unknown }[];
  validations: { range: string; rule: unknown }[];
  charts: {
    type: string;
    values: string;
    seriesBy?: string;
    categories?: string;
    title?: string;
    position?: [string, string?];
    /** The first series' name, when set. */
    name?: string;
    /** Series added after the first: name, values, categories. */
    more?: { name: string; values?: string; categories?: string }[];
    legend?: boolean;
    reversed?: boolean;
    /** Where the value axis starts, when the writer set it. */
    minimum?: number;
  }[];
  /** Formats set on ranges: the area, the property path and the value. */
  formats: { address: string; property: string; value: unknown }[];
  /** Column widths in points by 0-based column. */
  columnWidths: Map<number, number>;
  /** Row heights in points by 0-based row. */
  rowHeights: Map<number, number>;
  /** Columns grouped in an outline (A1 column ranges such as "V:CM"), and whether their details are hidden. */
  columnGroups: { columns: string; hidden: boolean }[];
  /** Hidden columns by 0-based column. */
  hiddenColumns: Set<number>;
  /** What worksheet.pageLayout was given. */
  pageLayout: Record<string, unknown>;
}

export interface MockTable {
  id: string;
  name: string;
  sheet: MockSheet;
  area: Area;
  style: string | null;
}

/** The workbook behind the mock, for tests to look at. */
export interface MockWorkbook {
  sheets: MockSheet[];
  tables: MockTable[];
  selection: { sheet: string; address: string } | "not cells";
  active: MockSheet | null;
}

export interface MockExcelHost {
  /** Stands in for the `Excel` global. */
  Excel: { run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> };
  /** Stands in for the `Office` global. */
  Office: MockOffice;
  workbook: MockWorkbook;
  /** Every change carried out, in order. */
  writes: MockWrite[];
  /** Reads of a property before load + sync. */
  violations: string[];
  /** Round trips so far. */
  readonly syncs: number;
  /** Request bytes of each sync, in order (UTF-8 JSON of the calls' arguments, as estimated here). */
  requestBytes: number[];
  /** The settings as last saved with saveAsync. */
  savedSettings: Record<string, unknown>;
  /** A sheet by name (any case); throws if there is none. */
  sheet(name: string): MockSheet;
  /** The sheet names in workbook order. */
  sheetNames(): string[];
  /** A cell of a sheet by A1 reference, or undefined when empty. */
  cell(sheet: string, ref: string): MockCell | undefined;
  /** Sets Excel and Office as globals (for code that uses them directly); returns the undo. */
  install(target?: Record<string, unknown>): () => void;
}

export interface MockOffice {
  context: {
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    document: { settings: MockSettings };
    displayLanguage: string;
  };
  AsyncResultStatus: { Succeeded: "succeeded"; Failed: "failed" };
}

interface MockSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: string; value?: unknown; error?: { message: string; code?: number } }) => void): void;
  saveAsync(options: unknown, callback?: (result: { status: string; value?: unknown; error?: { message: string; code?: number } }) => void): void;
}

/** The error a failed sync rejects with, shaped like OfficeExtension.Error. */
export class MockRichApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

/**
 * A scripted Excel host over an in-memory workbook.
 *
 * @example
 * const mock = createMockExcel({ sheets: [{ name: "Deals", rows: [["Owner", "Amount"], ["Ann", 100]] }] });
 * const host = officeHost({ excel: mock.Excel, office: mock.Office });
 * (await host.readGrid({ sheet: "Deals" })).grid // => [["Owner", "Amount"], ["Ann", 100]]
 */
export function createMockExcel(init: MockExcelInit): MockExcelHost {
  const state = new HostState(init);
  const settings = new Map(Object.entries(init.settings ?? {}));
  const saved: Record<string, unknown> = { ...(init.settings ?? {}) };
  const office: MockOffice = {
    context: {
      requirements: { isSetSupported: (name, version) => name === "ExcelApi" && state.supports(version ?? "1.1") },
      document: {
        settings: {
          get: (name) => (settings.has(name) ? settings.get(name) : null),
          set: (name, value) => void settings.set(name, value),
          remove: (name) => void settings.delete(name),
          saveAsync: (a?: unknown, b?: unknown) => {
            const callback = (typeof a === "function" ? a : b) as ((result: { status: string; error?: { message: string } }) => void) | undefined;
            setTimeout(() => {
              if (init.failSave) {
                callback?.({ status: "failed", error: { message: init.failSave } });
                return;
              }
              for (const key of Object.keys(saved)) delete saved[key];
              for (const [key, value] of settings) saved[key] = value;
              callback?.({ status: "succeeded" });
            }, 0);
          },
        },
      },
      displayLanguage: "en-US",
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  };
  const excel = {
    async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      const context = new MockContext(state);
      const result = await batch(context as unknown as Excel.RequestContext);
      // Excel.run carries out calls left queued when the batch returns.
      if (context.hasPending()) await context.sync();
      return result;
    },
  };
  return {
    Excel: excel,
    Office: office,
    workbook: state.workbook,
    writes: state.writes,
    violations: state.violations,
    get syncs() {
      return state.syncCount;
    },
    requestBytes: state.requestBytes,
    savedSettings: saved,
    sheet: (name) => {
      const sheet = state.sheetByName(name);
      if (!sheet) throw new Error(`the mock workbook has no sheet "${name}"`);
      return sheet;
    },
    sheetNames: () => state.workbook.sheets.map((s) => s.name),
    cell: (sheet, ref) => {
      const s = state.sheetByName(sheet);
      const a = parseAddress(ref);
      return s?.cells[a.top]?.[a.left];
    },
    install: (target = globalThis as unknown as Record<string, unknown>) => {
      const before = { Excel: target.Excel, Office: target.Office };
      target.Excel = excel;
      target.Office = office;
      return () => {
        target.Excel = before.Excel;
        target.Office = before.Office;
      };
    },
  };
}

// ---------------------------------------------------------------------------------------------
// State

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

class HostState {
  readonly workbook: MockWorkbook;
  readonly writes: MockWrite[] = [];
  readonly violations: string[] = [];
  readonly requestBytes: number[] = [];
  syncCount = 0;
  private nextId = 1;
  private readonly version: number[];

  constructor(readonly init: MockExcelInit) {
    this.version = (init.apiVersion ?? "1.17").split(".").map(Number);
    const sheets = init.sheets.map((s) => {
      const sheet = this.newSheet(s.name);
      sheet.visibility = s.visibility ?? "Visible";
      const origin = parseAddress(s.origin ?? "A1");
      (s.rows ?? []).forEach((row, r) =>
        row.forEach((value, c) => {
          if (value !== null && value !== "") setCell(sheet, origin.top + r, origin.left + c, { value });
        }),
      );
      for (const cell of s.cells ?? []) {
        const at = parseAddress(cell.address);
        setCell(sheet, at.top, at.left, { value: cell.value });
      }
      if (s.madeByAddin) sheet.names.set("kpitoolkit.sheet", { name: "KPIToolkit.Sheet", formula: `="${s.madeByAddin}"`, visible: false });
      if (s.markedByProperty) sheet.customProperties.set("KPIToolkit.Sheet", s.markedByProperty);
      return sheet;
    });
    const tables = (init.tables ?? []).map((t): MockTable => {
      const sheet = sheets.find((s) => s.name.toLowerCase() === t.sheet.toLowerCase());
      if (!sheet) throw new Error(`mock table ${t.name}: no sheet "${t.sheet}"`);
      return { id: this.id("table"), name: t.name, sheet, area: parseAddress(t.range), style: null };
    });
    const first = sheets[0];
    this.workbook = {
      sheets,
      tables,
      selection: init.selection ?? { sheet: first?.name ?? "Sheet1", address: "A1" },
      active: first ?? null,
    };
  }

  id(kind: string): string {
    return `{${kind}-${this.nextId++}}`;
  }

  newSheet(name: string): MockSheet {
    return {
      id: this.id("sheet"),
      name,
      visibility: "Visible",
      cells: [],
      names: new Map(),
      customProperties: new Map(),
      frozen: null,
      merges: [],
      conditionalFormats: [],
      validations: [],
      charts: [],
      formats: [],
      columnWidths: new Map(),
      rowHeights: new Map(),
      columnGroups: [],
      hiddenColumns: new Set(),
      pageLayout: {},
    };
  }

  supports(version: string): boolean {
    const [major, minor] = version.split(".").map(Number);
    return major < this.version[0] || (major === this.version[0] && minor <= this.version[1]);
  }

  sheetByName(name: string): MockSheet | undefined {
    return this.workbook.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  sheetByKey(key: string): MockSheet | undefined {
    return this.workbook.sheets.find((s) => s.id === key) ?? this.sheetByName(key);
  }

  get keepCells(): boolean {
    return this.init.keepCells !== false;
  }
}

// ---------------------------------------------------------------------------------------------
// The request context: queued calls and loads, carried out at sync.

interface Op {
  /** What the change is, for the write log and failWrite; null for calls that change nothing. */
  describe(): Omit<MockWrite, "sync"> | null;
  apply(): void;
  bytes: number;
}

class MockContext {
  readonly workbook: MockWorkbookProxy;
  private ops: Op[] = [];
  private loads = new Set<MockObject>();

  constructor(readonly host: HostState) {
    this.workbook = new MockWorkbookProxy(this);
  }

  queue(op: Op): void {
    this.ops.push(op);
  }

  /** Queues a check that fails the sync when the host lacks the requirement set. */
  requires(version: string, api: string): void {
    this.queue({
      describe: () => null,
      bytes: 0,
      apply: () => {
        if (!this.host.supports(version)) {
          throw new MockRichApiError("ApiNotFound", `${api} needs ExcelApi ${version}; this host has ExcelApi ${this.host.init.apiVersion ?? "1.17"}`);
        }
      },
    });
  }

  registerLoad(object: MockObject): void {
    this.loads.add(object);
  }

  hasPending(): boolean {
    return this.ops.length > 0 || this.loads.size > 0;
  }

  async sync(): Promise<void> {
    const host = this.host;
    const n = ++host.syncCount;
    const ops = this.ops;
    const loads = [...this.loads];
    this.ops = [];
    this.loads.clear();
    await Promise.resolve();
    const requestBytes = ops.reduce((sum, op) => sum + op.bytes, 0);
    host.requestBytes.push(requestBytes);
    if (host.init.failSync === n) throw new MockRichApiError("GeneralException", `sync ${n} failed (scripted failure)`);
    if (requestBytes > (host.init.requestLimit ?? 5_000_000)) {
      throw new MockRichApiError("RequestPayloadSizeLimitExceeded", `The request payload size has exceeded the limit (${requestBytes} bytes).`);
    }
    for (const op of ops) {
      const write = op.describe();
      const failure = write ? host.init.failWrite?.({ ...write, sync: n }) : undefined;
      if (failure) throw new MockRichApiError("GeneralException", failure);
      op.apply();
      if (write) host.writes.push({ ...write, sync: n });
    }
    const results = loads.map((object) => object._collect());
    const responseBytes = results.reduce((sum, r) => sum + r.bytes, 0);
    if (responseBytes > (host.init.responseLimit ?? 5_000_000)) {
      throw new MockRichApiError("ResponsePayloadSizeLimitExceeded", `The response payload size has exceeded the limit (${responseBytes} bytes).`);
    }
    loads.forEach((object, i) => object._commit(results[i]));
  }

  violation(what: string): void {
    this.host.violations.push(what);
  }
}

type Getter = () => unknown;

interface Collected {
  isNull: boolean;
  values: Map<string, unknown>;
  bytes: number;
  items?: MockObject[];
}

/** A proxy: loadable properties read only after load + sync, changes queued as calls. */
abstract class MockObject {
  private requested = new Set<string>();
  private snapshot: Map<string, unknown> | null = null;
  private synced = false;
  private isNull = false;

  constructor(
    protected readonly ctx: MockContext,
    protected readonly typeName: string,
    private readonly nullable = false,
  ) {}

  /** Live getters of the loadable scalar properties. */
  protected abstract scalars(): Record<string, Getter>;
  /** Navigation properties, for load paths such as "worksheet/name". */
  protected navigation(): Record<string, () => MockObject> {
    return {};
  }
  /** The state behind the proxy; null when it does not exist. */
  protected abstract exists(): boolean;

  load(arg?: string | string[] | { select?: string }): this {
    const list =
      arg === undefined ? Object.keys(this.scalars()) : Array.isArray(arg) ? arg : typeof arg === "string" ? arg.split(",") : (arg.select ?? "").split(",");
    for (const raw of list) {
      const path = raw.trim();
      if (path === "") continue;
      const slash = path.indexOf("/");
      if (slash >= 0) {
        const head = path.slice(0, slash);
        if (!this.loadPath(head, path.slice(slash + 1))) throw new Error(`${this.typeName}.load("${path}"): ${head} is not a navigation property`);
        continue;
      }
      this._request(path);
    }
    this.ctx.registerLoad(this);
    return this;
  }

  /** Marks a scalar property to be read at the next sync. */
  _request(property: string): void {
    if (property.includes("/")) throw new Error(`${this.typeName}: the mock does not load "${property}" below a collection's items`);
    if (!(property in this.scalars())) throw new Error(`${this.typeName}.load("${property}"): the property ${property} does not exist`);
    this.requested.add(property);
  }

  /** A path below a navigation property (collections override for "items/..."). */
  protected loadPath(head: string, rest: string): boolean {
    const nav = this.navigation()[head];
    if (!nav) return false;
    nav().load(rest);
    return true;
  }

  _collect(): Collected {
    if (!this.exists()) {
      if (!this.nullable) throw new MockRichApiError("ItemNotFound", `The requested resource doesn't exist (${this.typeName}).`);
      return { isNull: true, values: new Map(), bytes: 2 };
    }
    const getters = this.scalars();
    const values = new Map<string, unknown>();
    let bytes = 2;
    for (const p of this.requested) {
      const value = clone(getters[p]());
      values.set(p, value);
      bytes += p.length + 4 + jsonBytes(value);
    }
    return { isNull: false, values, bytes };
  }

  _commit(collected: Collected): void {
    this.isNull = collected.isNull;
    this.snapshot = new Map([...(this.snapshot ?? []), ...collected.values]);
    this.synced = true;
  }

  protected read(property: string): unknown {
    if (this.snapshot?.has(property)) return this.snapshot.get(property);
    const state = this.requested.has(property) ? NOT_SYNCED : NOT_LOADED;
    this.ctx.violation(`${this.typeName}.${property}: ${state}`);
    return state;
  }

  get isNullObject(): boolean {
    if (!this.synced) {
      this.ctx.violation(`${this.typeName}.isNullObject: ${NOT_LOADED}`);
      return NOT_LOADED as unknown as boolean;
    }
    return this.isNull;
  }

  /** Queues a change. */
  protected change(kind: string, sheet: () => MockSheet | undefined, address: (() => string) | undefined, detail: unknown, apply: () => void, bytes?: number): void {
    this.ctx.queue({
      bytes: bytes ?? 60 + jsonBytes(detail),
      describe: () => ({ kind, sheet: sheet()?.name, ...(address ? { address: address() } : {}), ...(detail !== undefined ? { detail } : {}) }),
      apply: () => {
        if (!this.exists()) throw new MockRichApiError("ItemNotFound", `The requested resource doesn't exist (${this.typeName}).`);
        apply();
      },
    });
  }
}

/** A collection: `items` is loaded with "items/prop" paths. */
abstract class MockCollection<T extends MockObject> extends MockObject {
  private itemProps: string[] = [];
  private loadedItems: T[] | null = null;

  protected abstract itemProxies(): T[];

  protected scalars(): Record<string, Getter> {
    return {};
  }

  protected exists(): boolean {
    return true;
  }

  protected loadPath(head: string, rest: string): boolean {
    if (head !== "items") return super.loadPath(head, rest);
    this.itemProps.push(rest);
    return true;
  }

  _collect(): Collected {
    const items = this.itemProxies();
    let bytes = 2;
    const collected = items.map((item) => {
      for (const p of this.itemProps) item._request(p);
      const c = item._collect();
      bytes += c.bytes;
      return c;
    });
    items.forEach((item, i) => item._commit(collected[i]));
    return { isNull: false, values: new Map(), bytes, items };
  }

  _commit(collected: Collected): void {
    super._commit(collected);
    this.loadedItems = (collected.items as T[]) ?? [];
  }

  get items(): T[] {
    if (this.loadedItems === null) {
      this.ctx.violation(`${this.typeName}.items: ${NOT_LOADED}`);
      return NOT_LOADED as unknown as T[];
    }
    return this.loadedItems;
  }
}

// ---------------------------------------------------------------------------------------------
// Workbook, application

class MockWorkbookProxy {
  readonly worksheets: MockWorksheetCollection;
  readonly tables: MockTableCollection;
  readonly application: MockApplication;

  constructor(private readonly ctx: MockContext) {
    this.worksheets = new MockWorksheetCollection(ctx);
    this.tables = new MockTableCollection(ctx, null);
    this.application = new MockApplication(ctx);
  }

  getSelectedRange(): MockRange {
    const host = this.ctx.host;
    const selected = (): { sheet: MockSheet; area: Area } => {
      const selection = host.workbook.selection;
      const sheet = selection === "not cells" ? undefined : host.sheetByName(selection.sheet);
      if (selection === "not cells" || !sheet) throw new MockRichApiError("InvalidSelection", "The current selection is invalid for this operation.");
      return { sheet, area: parseAddress(selection.address) };
    };
    return new MockRange(this.ctx, () => selected().sheet, () => selected().area, false);
  }
}

class MockApplication {
  constructor(private readonly ctx: MockContext) {}

  private call(kind: string, version: string, detail?: unknown): void {
    this.ctx.requires(version, `Application.${kind}`);
    this.ctx.queue({ bytes: 60, describe: () => ({ kind, ...(detail !== undefined ? { detail } : {}) }), apply: () => undefined });
  }

  suspendApiCalculationUntilNextSync(): void {
    this.call("suspendApiCalculationUntilNextSync", "1.6");
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.call("suspendScreenUpdatingUntilNextSync", "1.9");
  }

  calculate(type: string): void {
    this.call("calculate", "1.1", type);
  }
}

// ---------------------------------------------------------------------------------------------
// Worksheets

class MockWorksheetCollection extends MockCollection<MockWorksheet> {
  constructor(ctx: MockContext) {
    super(ctx, "WorksheetCollection");
  }

  protected itemProxies(): MockWorksheet[] {
    return this.ctx.host.workbook.sheets.map((sheet) => new MockWorksheet(this.ctx, () => sheet, false));
  }

  getItem(key: string): MockWorksheet {
    return new MockWorksheet(this.ctx, () => this.ctx.host.sheetByKey(key), false);
  }

  getItemOrNullObject(key: string): MockWorksheet {
    this.ctx.requires("1.4", "WorksheetCollection.getItemOrNullObject");
    return new MockWorksheet(this.ctx, () => this.ctx.host.sheetByKey(key), true);
  }

  add(name?: string): MockWorksheet {
    const host = this.ctx.host;
    const sheet = host.newSheet(name ?? "");
    let added = false;
    this.ctx.queue({
      bytes: 80,
      describe: () => ({ kind: "addSheet", sheet: sheet.name || undefined }),
      apply: () => {
        if (!name) {
          let n = host.workbook.sheets.length + 1;
          while (host.sheetByName(`Sheet${n}`)) n++;
          sheet.name = `Sheet${n}`;
        }
        checkSheetName(sheet.name);
        if (host.sheetByName(sheet.name)) throw new MockRichApiError("ItemAlreadyExists", `A sheet named "${sheet.name}" already exists.`);
        host.workbook.sheets.push(sheet);
        added = true;
      },
    });
    return new MockWorksheet(this.ctx, () => (added ? sheet : undefined), false);
  }
}

class MockWorksheet extends MockObject {
  private worksheetNames?: MockNamedItemCollection;

  constructor(
    ctx: MockContext,
    private readonly resolve: () => MockSheet | undefined,
    nullable: boolean,
  ) {
    super(ctx, "Worksheet", nullable);
  }

  private get state(): MockSheet {
    const sheet = this.resolve();
    if (!sheet) throw new MockRichApiError("ItemNotFound", "The requested worksheet doesn't exist.");
    return sheet;
  }

  protected exists(): boolean {
    try {
      return this.resolve() !== undefined;
    } catch (error) {
      if (error instanceof MockRichApiError && error.code === "InvalidSelection") throw error;
      return false;
    }
  }

  protected scalars(): Record<string, Getter> {
    const workbook = this.ctx.host.workbook;
    return {
      name: () => this.state.name,
      id: () => this.state.id,
      position: () => workbook.sheets.indexOf(this.state),
      visibility: () => this.state.visibility,
    };
  }

  get name(): string {
    return this.read("name") as string;
  }

  set name(value: string) {
    const host = this.ctx.host;
    this.change("renameSheet", () => this.resolve(), undefined, { to: value }, () => {
      checkSheetName(value);
      const clash = host.sheetByName(value);
      if (clash && clash !== this.state) throw new MockRichApiError("ItemAlreadyExists", `A sheet named "${value}" already exists.`);
      this.state.name = value;
    });
  }

  get id(): string {
    return this.read("id") as string;
  }

  get position(): number {
    return this.read("position") as number;
  }

  set position(value: number) {
    const sheets = this.ctx.host.workbook.sheets;
    this.change("setPosition", () => this.resolve(), undefined, { position: value }, () => {
      const sheet = this.state;
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(Math.max(0, Math.min(value, sheets.length)), 0, sheet);
    });
  }

  get visibility(): string {
    return this.read("visibility") as string;
  }

  set visibility(value: "Visible" | "Hidden" | "VeryHidden") {
    this.ctx.requires("1.2", "Worksheet.visibility (set)");
    this.change("setVisibility", () => this.resolve(), undefined, { visibility: value }, () => {
      this.state.visibility = value;
    });
  }

  delete(): void {
    const host = this.ctx.host;
    this.change("deleteSheet", () => this.resolve(), undefined, undefined, () => {
      const sheet = this.state;
      const visible = host.workbook.sheets.filter((s) => s.visibility === "Visible");
      if (visible.length === 1 && visible[0] === sheet) throw new MockRichApiError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      host.workbook.sheets.splice(host.workbook.sheets.indexOf(sheet), 1);
      host.workbook.tables = host.workbook.tables.filter((t) => t.sheet !== sheet);
      if (host.workbook.active === sheet) host.workbook.active = host.workbook.sheets[0] ?? null;
    });
  }

  activate(): void {
    this.change("activate", () => this.resolve(), undefined, undefined, () => {
      this.ctx.host.workbook.active = this.state;
    });
  }

  getRange(address?: string): MockRange {
    const area = address === undefined ? { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 } : parseAddress(address);
    return new MockRange(this.ctx, () => this.state, () => area, false);
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): MockRange {
    this.ctx.requires("1.7", "Worksheet.getRangeByIndexes");
    return new MockRange(this.ctx, () => this.state, () => ({ top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 }), false);
  }

  getRanges(address: string): MockRangeAreas {
    this.ctx.requires("1.9", "Worksheet.getRanges");
    return new MockRangeAreas(this.ctx, () => this.state, address);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): MockRange {
    this.ctx.requires("1.4", "Worksheet.getUsedRangeOrNullObject");
    void valuesOnly;
    return new MockRange(this.ctx, () => this.state, () => usedArea(this.state), true);
  }

  getUsedRange(valuesOnly?: boolean): MockRange {
    void valuesOnly;
    return new MockRange(this.ctx, () => this.state, () => usedArea(this.state) ?? { top: 0, left: 0, bottom: 0, right: 0 }, false);
  }

  get names(): MockNamedItemCollection {
    this.ctx.requires("1.4", "Worksheet.names");
    this.worksheetNames ??= new MockNamedItemCollection(this.ctx, () => this.state);
    return this.worksheetNames;
  }

  get customProperties(): MockCustomPropertyCollection {
    this.ctx.requires("1.12", "Worksheet.customProperties");
    return new MockCustomPropertyCollection(this.ctx, () => this.state);
  }

  get tables(): MockTableCollection {
    return new MockTableCollection(this.ctx, () => this.state);
  }

  get charts(): MockChartCollection {
    return new MockChartCollection(this.ctx, () => this.state);
  }

  get freezePanes(): MockFreezePanes {
    this.ctx.requires("1.7", "Worksheet.freezePanes");
    return new MockFreezePanes(this.ctx, () => this.state);
  }

  get pageLayout(): MockPageLayout {
    this.ctx.requires("1.9", "Worksheet.pageLayout");
    return new MockPageLayout(this.ctx, () => this.state);
  }
}

/** worksheet.pageLayout: what is set is recorded on the sheet; reading is not supported. */
class MockPageLayout {
  readonly headersFooters: { defaultForAllPages: Record<string, unknown> };

  constructor(
    private readonly ctx: MockContext,
    private readonly sheet: () => MockSheet,
  ) {
    const parts = ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"];
    const all: Record<string, unknown> = {};
    for (const part of parts) {
      Object.defineProperty(all, part, {
        get: () => this.ctx.violation(`PageLayout.headersFooters.defaultForAllPages.${part}: ${NOT_LOADED}`),
        set: (value: unknown) => this.record(part, value),
      });
    }
    this.headersFooters = { defaultForAllPages: all };
  }

  private record(property: string, value: unknown): void {
    this.ctx.queue({
      bytes: 60 + JSON.stringify(value ?? null).length,
      describe: () => ({ kind: "pageLayout", sheet: this.sheet().name, detail: { [property]: value } }),
      apply: () => {
        this.sheet().pageLayout[property] = value;
      },
    });
  }

  set orientation(value: string) {
    this.record("orientation", value);
  }

  set zoom(value: unknown) {
    this.record("zoom", value);
  }

  setPrintArea(area: string): void {
    parseAddress(area);
    this.record("printArea", area);
  }

  setPrintTitleRows(rows: string): void {
    if (!/^\$?\d+:\$?\d+$/.test(rows)) throw new MockRichApiError("InvalidArgument", `"${rows}" is not a range of rows.`);
    this.record("printTitleRows", rows);
  }
}

class MockFreezePanes {
  constructor(
    private readonly ctx: MockContext,
    private readonly sheet: () => MockSheet,
  ) {}

  private set(rows: number, cols: number): void {
    this.ctx.queue({
      bytes: 60,
      describe: () => ({ kind: "freeze", sheet: this.sheet().name, detail: { rows, cols } }),
      apply: () => {
        this.sheet().frozen = { rows, cols };
      },
    });
  }

  freezeAt(range: MockRange | string): void {
    const area = typeof range === "string" ? parseAddress(range) : range._area();
    this.set(area.bottom + 1, area.right + 1);
  }

  freezeRows(count = 1): void {
    this.set(count, 0);
  }

  freezeColumns(count = 1): void {
    this.set(0, count);
  }
}

// ---------------------------------------------------------------------------------------------
// Ranges

class MockRange extends MockObject {
  private sheetProxy?: MockWorksheet;
  readonly format: MockRangeFormat;

  constructor(
    ctx: MockContext,
    private readonly sheet: () => MockSheet,
    private readonly area: () => Area | null,
    nullable: boolean,
  ) {
    super(ctx, "Range", nullable);
    this.format = new MockRangeFormat(ctx, sheet, () => this.areaOrThrow());
  }

  _area(): Area {
    return this.areaOrThrow();
  }

  private areaOrThrow(): Area {
    const area = this.area();
    if (!area) throw new MockRichApiError("ItemNotFound", "The range is a null object.");
    return area;
  }

  protected exists(): boolean {
    // A missing sheet is an error even for a null-object range; only a missing area makes a null object.
    this.sheet();
    return this.area() !== null;
  }

  protected scalars(): Record<string, Getter> {
    const cells = (pick: (cell: MockCell | undefined) => unknown): unknown[][] => {
      const a = this.areaOrThrow();
      const rows: unknown[][] = [];
      for (let r = a.top; r <= a.bottom; r++) {
        const row: unknown[] = [];
        const source = this.sheet().cells[r];
        for (let c = a.left; c <= a.right; c++) row.push(pick(source?.[c]));
        rows.push(row);
      }
      return rows;
    };
    return {
      address: () => `${quoteSheet(this.sheet().name)}!${areaText(this.areaOrThrow())}`,
      rowIndex: () => this.areaOrThrow().top,
      columnIndex: () => this.areaOrThrow().left,
      rowCount: () => this.areaOrThrow().bottom - this.areaOrThrow().top + 1,
      columnCount: () => this.areaOrThrow().right - this.areaOrThrow().left + 1,
      cellCount: () => {
        const a = this.areaOrThrow();
        return (a.bottom - a.top + 1) * (a.right - a.left + 1);
      },
      values: () => cells((cell) => (cell === undefined || cell.value === null ? "" : cell.value)),
      formulas: () => cells((cell) => (cell === undefined ? "" : (cell.formula ?? cell.value ?? ""))),
      numberFormat: () => cells((cell) => cell?.numberFormat ?? "General"),
      text: () => cells((cell) => (cell === undefined || cell.value === null ? "" : String(cell.value))),
    };
  }

  protected navigation(): Record<string, () => MockObject> {
    return { worksheet: () => this.worksheet };
  }

  get worksheet(): MockWorksheet {
    this.sheetProxy ??= new MockWorksheet(this.ctx, this.sheet, false);
    return this.sheetProxy;
  }

  get address(): string {
    return this.read("address") as string;
  }
  get rowIndex(): number {
    return this.read("rowIndex") as number;
  }
  get columnIndex(): number {
    return this.read("columnIndex") as number;
  }
  get rowCount(): number {
    return this.read("rowCount") as number;
  }
  get columnCount(): number {
    return this.read("columnCount") as number;
  }
  get values(): unknown[][] {
    return this.read("values") as unknown[][];
  }
  set values(input: unknown[][]) {
    this.writeCells("values", input);
  }
  get formulas(): unknown[][] {
    return this.read("formulas") as unknown[][];
  }
  set formulas(input: unknown[][]) {
    this.writeCells("formulas", input);
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat") as unknown[][];
  }
  set numberFormat(input: unknown[][]) {
    this.writeCells("numberFormat", input);
  }

  private writeCells(kind: "values" | "formulas" | "numberFormat", input: unknown[][]): void {
    const host = this.ctx.host;
    const bytes = 80 + jsonBytes(input);
    this.change(kind, this.sheet, () => areaText(this.areaOrThrow()), undefined, () => {
      const a = this.areaOrThrow();
      const rows = a.bottom - a.top + 1;
      const cols = a.right - a.left + 1;
      if (!Array.isArray(input) || input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
        throw new MockRichApiError("InvalidArgument", "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
      }
      if (!host.keepCells) return;
      const sheet = this.sheet();
      input.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value === null || value === undefined) return;
          const at = { row: a.top + r, col: a.left + c };
          if (kind === "numberFormat") {
            setCell(sheet, at.row, at.col, { numberFormat: String(value) });
            return;
          }
          const existing = sheet.cells[at.row]?.[at.col];
          setCell(sheet, at.row, at.col, parseInput(value, existing?.numberFormat), true);
        }),
      );
    }, bytes);
  }

  /** One cell of the range, counted from its top-left cell (0, 0). */
  getCell(row: number, column: number): MockRange {
    return new MockRange(this.ctx, this.sheet, () => {
      const a = this.areaOrThrow();
      return { top: a.top + row, left: a.left + column, bottom: a.top + row, right: a.left + column };
    }, false);
  }

  group(groupOption: string): void {
    this.ctx.requires("1.10", "Range.group");
    this.change("group", this.sheet, () => areaText(this.areaOrThrow()), { groupOption }, () => {
      this.sheet().columnGroups.push({ columns: this.columnsText(), hidden: false });
    });
  }

  hideGroupDetails(groupOption: string): void {
    this.ctx.requires("1.10", "Range.hideGroupDetails");
    this.change("hideGroupDetails", this.sheet, () => areaText(this.areaOrThrow()), { groupOption }, () => {
      const group = this.sheet().columnGroups.find((g) => g.columns === this.columnsText());
      if (!group) throw new MockRichApiError("InvalidOperation", "The range is not grouped.");
      group.hidden = true;
    });
  }

  set columnHidden(hidden: boolean) {
    this.ctx.requires("1.2", "Range.columnHidden");
    this.change("columnHidden", this.sheet, () => areaText(this.areaOrThrow()), { hidden }, () => {
      const a = this.areaOrThrow();
      for (let c = a.left; c <= a.right; c++) if (hidden) this.sheet().hiddenColumns.add(c);
    });
  }

  /** The range's columns as "V:CM". */
  private columnsText(): string {
    const a = this.areaOrThrow();
    return `${columnName(a.left)}:${columnName(a.right)}`;
  }

  merge(across?: boolean): void {
    this.ctx.requires("1.2", "Range.merge");
    this.change("merge", this.sheet, () => areaText(this.areaOrThrow()), { across: across === true }, () => {
      this.sheet().merges.push(areaText(this.areaOrThrow()));
    });
  }

  get conditionalFormats(): MockConditionalFormatCollection {
    this.ctx.requires("1.6", "Range.conditionalFormats");
    return new MockConditionalFormatCollection(this.ctx, this.sheet, () => areaText(this.areaOrThrow()));
  }

  get dataValidation(): MockDataValidation {
    this.ctx.requires("1.8", "Range.dataValidation");
    return new MockDataValidation(this.ctx, this.sheet, () => areaText(this.areaOrThrow()));
  }
}

class MockRangeAreas {
  constructor(
    private readonly ctx: MockContext,
    private readonly sheet: () => MockSheet,
    private readonly address: string,
  ) {
    for (const part of address.split(",")) parseAddress(part.trim());
  }

  get conditionalFormats(): MockConditionalFormatCollection {
    this.ctx.requires("1.9", "RangeAreas.conditionalFormats");
    return new MockConditionalFormatCollection(this.ctx, this.sheet, () => this.address.split(",").map((p) => p.trim()).join(" "));
  }
}

class MockRangeFormat {
  readonly font: Record<string, unknown>;
  readonly fill: Record<string, unknown>;
  readonly borders: { getItem(edge: string): Record<string, unknown> };

  constructor(
    private readonly ctx: MockContext,
    private readonly sheet: () => MockSheet,
    private readonly area: () => Area,
  ) {
    this.font = this.setters("font", ["bold", "italic", "size", "color", "name", "underline"]);
    this.fill = this.setters("fill", ["color"]);
    this.borders = { getItem: (edge: string) => this.setters(`borders.${edge}`, ["style", "weight", "color"]) };
  }

  private record(property: string, value: unknown, apply?: () => void): void {
    this.ctx.queue({
      bytes: 80 + property.length,
      describe: () => ({ kind: "format", sheet: this.sheet().name, address: areaText(this.area()), detail: { [property]: value } }),
      apply: () => {
        this.sheet().formats.push({ address: areaText(this.area()), property, value });
        apply?.();
      },
    });
  }

  /** An object whose listed properties queue format changes; reading them is not supported. */
  private setters(prefix: string, properties: string[]): Record<string, unknown> {
    const target: Record<string, unknown> = {};
    for (const p of properties) {
      Object.defineProperty(target, p, {
        get: () => {
          this.ctx.violation(`RangeFormat.${prefix}.${p}: ${NOT_LOADED}`);
          return NOT_LOADED;
        },
        set: (value: unknown) => this.record(`${prefix}.${p}`, value),
      });
    }
    return target;
  }

  set columnWidth(points: number) {
    this.ctx.requires("1.2", "RangeFormat.columnWidth");
    this.record("columnWidth", points, () => {
      const a = this.area();
      for (let c = a.left; c <= a.right; c++) this.sheet().columnWidths.set(c, points);
    });
  }

  get columnWidth(): number {
    this.ctx.violation(`RangeFormat.columnWidth: ${NOT_LOADED}`);
    return NOT_LOADED as unknown as number;
  }

  set rowHeight(points: number) {
    this.ctx.requires("1.2", "RangeFormat.rowHeight");
    this.record("rowHeight", points, () => {
      const a = this.area();
      for (let r = a.top; r <= a.bottom; r++) this.sheet().rowHeights.set(r, points);
    });
  }

  set wrapText(wrap: boolean) {
    this.record("wrapText", wrap);
  }
}

class MockConditionalFormatCollection {
  constructor(
    private readonly ctx: MockContext,
    private readonly sheet: () => MockSheet,
    private readonly address: () => string,
  ) {}

  add(type: string): { custom: unknown; colorScale: unknown } {
    const rule: MockSheet["conditionalFormats"][number] = { range: "", type };
    this.ctx.queue({
      bytes: 80,
      describe: () => ({ kind: "addConditionalFormat", sheet: this.sheet().name, address: this.address(), detail: { type } }),
      apply: () => {
        rule.range = this.address();
        this.sheet().conditionalFormats.push(rule);
      },
    });
    const set = (what: string, apply: (value: unknown) => void) => (value: unknown) =>
      this.ctx.queue({
        bytes: 80 + jsonBytes(value),
        describe: () => ({ kind: "conditionalFormat", sheet: this.sheet().name, address: this.address(), detail: { [what]: value } }),
        apply: () => apply(value),
      });
    const property = <T extends object>(target: T, name: string, setter: (value: unknown) => void): T =>
      Object.defineProperty(target, name, { set: setter, get: () => NOT_LOADED, enumerable: true });
    return {
      custom: {
        rule: property({}, "formula", set("rule", (v) => (rule.rule = String(v)))),
        format: {
          fill: property({}, "color", set("fill", (v) => (rule.fill = String(v)))),
          font: property({}, "color", set("font", (v) => (rule.font = String(v)))),
        },
      },
      colorScale: property({}, "criteria", set("criteria", (v) => (rule.criteria = v))),
    };
  }
}

class MockDataValidation {
  constructor(
    private readonly ctx: MockContext,
    private readonly sheet: () => MockSheet,
    private readonly address: () => string,
  ) {}

  set rule(rule: unknown) {
    this.ctx.queue({
      bytes: 80 + jsonBytes(rule),
      describe: () => ({ kind: "dataValidation", sheet: this.sheet().name, address: this.address(), detail: rule }),
      apply: () => void this.sheet().validations.push({ range: this.address(), rule }),
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Names and custom properties

class MockNamedItemCollection {
  constructor(
    private readonly ctx: MockContext,
    private readonly sheet: () => MockSheet,
  ) {}

  add(name: string, reference: string | MockRange, comment?: string): MockNamedItem {
    void comment;
    const formula = typeof reference === "string" ? reference : `=${areaText(reference._area())}`;
    this.ctx.queue({
      bytes: 80 + name.length + formula.length,
      describe: () => ({ kind: "addName", sheet: this.sheet().name, detail: { name, formula } }),
      apply: () => {
        const names = this.sheet().names;
        if (names.has(name.toLowerCase())) throw new MockRichApiError("ItemAlreadyExists", `The name ${name} already exists.`);
        names.set(name.toLowerCase(), { name, formula, visible: true });
      },
    });
    return new MockNamedItem(this.ctx, this.sheet, name, false);
  }

  getItemOrNullObject(name: string): MockNamedItem {
    return new MockNamedItem(this.ctx, this.sheet, name, true);
  }
}

class MockNamedItem extends MockObject {
  constructor(
    ctx: MockContext,
    private readonly sheet: () => MockSheet,
    private readonly key: string,
    nullable: boolean,
  ) {
    super(ctx, "NamedItem", nullable);
  }

  private get entry(): { name: string; formula: string; visible: boolean } | undefined {
    return this.sheet().names.get(this.key.toLowerCase());
  }

  protected exists(): boolean {
    return this.entry !== undefined;
  }

  protected scalars(): Record<string, Getter> {
    return {
      name: () => this.entry?.name,
      formula: () => this.entry?.formula,
      value: () => this.entry?.formula.replace(/^="?|"$/g, ""),
      visible: () => this.entry?.visible,
    };
  }

  get name(): string {
    return this.read("name") as string;
  }

  get value(): unknown {
    return this.read("value");
  }

  get visible(): boolean {
    return this.read("visible") as boolean;
  }

  set visible(value: boolean) {
    this.change("nameVisible", this.sheet, undefined, { name: this.key, visible: value }, () => {
      this.entry!.visible = value;
    });
  }
}

class MockCustomPropertyCollection {
  constructor(
    private readonly ctx: MockContext,
    private readonly sheet: () => MockSheet,
  ) {}

  add(key: string, value: string): void {
    this.ctx.queue({
      bytes: 80 + key.length + value.length,
      describe: () => ({ kind: "addCustomProperty", sheet: this.sheet().name, detail: { key, value } }),
      apply: () => void this.sheet().customProperties.set(key, value),
    });
  }

  getItemOrNullObject(key: string): MockCustomProperty {
    return new MockCustomProperty(this.ctx, this.sheet, key);
  }
}

class MockCustomProperty extends MockObject {
  constructor(
    ctx: MockContext,
    private readonly sheet: () => MockSheet,
    private readonly propertyKey: string,
  ) {
    super(ctx, "WorksheetCustomProperty", true);
  }

  protected exists(): boolean {
    return this.sheet().customProperties.has(this.propertyKey);
  }

  protected scalars(): Record<string, Getter> {
    return { key: () => this.propertyKey, value: () => this.sheet().customProperties.get(this.propertyKey) };
  }

  get key(): string {
    return this.read("key") as string;
  }

  get value(): string {
    return this.read("value") as string;
  }
}

// ---------------------------------------------------------------------------------------------
// Tables and charts

class MockTableCollection extends MockCollection<MockTableProxy> {
  constructor(
    ctx: MockContext,
    private readonly sheet: (() => MockSheet) | null,
  ) {
    super(ctx, "TableCollection");
  }

  protected itemProxies(): MockTableProxy[] {
    const sheet = this.sheet?.();
    return this.ctx.host.workbook.tables.filter((t) => !sheet || t.sheet === sheet).map((t) => new MockTableProxy(this.ctx, () => t, false));
  }

  getItem(name: string): MockTableProxy {
    return new MockTableProxy(this.ctx, () => this.find(name), false);
  }

  getItemOrNullObject(name: string): MockTableProxy {
    return new MockTableProxy(this.ctx, () => this.find(name), true);
  }

  private find(key: string): MockTable | undefined {
    return this.ctx.host.workbook.tables.find((t) => t.id === key || t.name.toLowerCase() === key.toLowerCase());
  }

  add(address: string | MockRange, hasHeaders: boolean): MockTableProxy {
    const host = this.ctx.host;
    const table: MockTable = { id: host.id("table"), name: "", sheet: undefined as unknown as MockSheet, area: { top: 0, left: 0, bottom: 0, right: 0 }, style: null };
    let added = false;
    this.ctx.queue({
      bytes: 100,
      describe: () => ({ kind: "addTable", sheet: this.sheet?.().name, address: typeof address === "string" ? address : areaText(address._area()), detail: { hasHeaders } }),
      apply: () => {
        if (!this.sheet) throw new MockRichApiError("InvalidArgument", "the mock only adds tables through a worksheet's tables");
        table.sheet = this.sheet();
        table.area = typeof address === "string" ? parseAddress(address) : address._area();
        let n = host.workbook.tables.length + 1;
        while (this.find(`Table${n}`)) n++;
        table.name = `Table${n}`;
        host.workbook.tables.push(table);
        added = true;
      },
    });
    return new MockTableProxy(this.ctx, () => (added ? table : undefined), false);
  }
}

class MockTableProxy extends MockObject {
  private sheetProxy?: MockWorksheet;

  constructor(
    ctx: MockContext,
    private readonly resolve: () => MockTable | undefined,
    nullable: boolean,
  ) {
    super(ctx, "Table", nullable);
  }

  private get state(): MockTable {
    const table = this.resolve();
    if (!table) throw new MockRichApiError("ItemNotFound", "The requested table doesn't exist.");
    return table;
  }

  protected exists(): boolean {
    return this.resolve() !== undefined;
  }

  protected scalars(): Record<string, Getter> {
    return { name: () => this.state.name, id: () => this.state.id, style: () => this.state.style };
  }

  protected navigation(): Record<string, () => MockObject> {
    return { worksheet: () => this.worksheet };
  }

  get name(): string {
    return this.read("name") as string;
  }

  set name(value: string) {
    const host = this.ctx.host;
    this.change("tableName", () => this.resolve()?.sheet, undefined, { name: value }, () => {
      const clash = host.workbook.tables.find((t) => t !== this.state && t.name.toLowerCase() === value.toLowerCase());
      if (clash) throw new MockRichApiError("ItemAlreadyExists", `A table named ${value} already exists.`);
      this.state.name = value;
    });
  }

  set style(value: string) {
    this.change("tableStyle", () => this.resolve()?.sheet, undefined, { style: value }, () => {
      this.state.style = value;
    });
  }

  get worksheet(): MockWorksheet {
    this.ctx.requires("1.2", "Table.worksheet");
    this.sheetProxy ??= new MockWorksheet(this.ctx, () => this.resolve()?.sheet, false);
    return this.sheetProxy;
  }

  getRange(): MockRange {
    return new MockRange(this.ctx, () => this.state.sheet, () => this.state.area, false);
  }

  getDataBodyRange(): MockRange {
    return new MockRange(this.ctx, () => this.state.sheet, () => ({ ...this.state.area, top: this.state.area.top + 1 }), false);
  }
}

class MockChartCollection {
  constructor(
    private readonly ctx: MockContext,
    private readonly sheet: () => MockSheet,
  ) {}

  add(type: string, source: MockRange, seriesBy?: string): unknown {
    if (["Funnel", "Waterfall", "Sunburst", "Treemap", "Histogram", "Pareto", "Boxwhisker", "RegionMap"].includes(type)) {
      this.ctx.requires("1.9", `Chart type ${type}`);
    }
    const chart: MockSheet["charts"][number] = { type, values: "", ...(seriesBy ? { seriesBy } : {}) };
    const queue = (kind: string, detail: unknown, apply: () => void): void =>
      this.ctx.queue({ bytes: 100, describe: () => ({ kind, sheet: this.sheet().name, detail }), apply });
    queue("addChart", { type, seriesBy }, () => {
      chart.values = areaText(source._area());
      this.sheet().charts.push(chart);
    });
    const setter = <T extends object>(target: T, name: string, apply: (value: unknown) => void): T =>
      Object.defineProperty(target, name, { set: (value: unknown) => queue("chart", { [name]: value }, () => apply(value)), get: () => NOT_LOADED });
    return {
      title: setter({}, "text", (v) => (chart.title = String(v))),
      legend: setter({}, "visible", (v) => (chart.legend = Boolean(v))),
      axes: {
        categoryAxis: setter({}, "reversePlotOrder", (v) => (chart.reversed = Boolean(v))),
        valueAxis: setter({}, "minimum", (v) => (chart.minimum = Number(v))),
      },
      series: {
        getItemAt: (index: number) =>
          setter(
            {
              setXAxisValues: (range: MockRange) => {
                this.ctx.requires("1.7", "ChartSeries.setXAxisValues");
                queue("chart", { series: index, xAxis: true }, () => {
                  chart.categories = areaText(range._area());
                });
              },
            },
            "name",
            (v) => (chart.name = String(v)),
          ),
        add: (name: string) => {
          this.ctx.requires("1.7", "ChartSeriesCollection.add");
          const added: { name: string; values?: string; categories?: string } = { name };
          queue("chart", { addSeries: name }, () => (chart.more ??= []).push(added));
          return {
            setValues: (range: MockRange) => {
              this.ctx.requires("1.7", "ChartSeries.setValues");
              queue("chart", { seriesValues: name }, () => (added.values = areaText(range._area())));
            },
            setXAxisValues: (range: MockRange) => {
              this.ctx.requires("1.7", "ChartSeries.setXAxisValues");
              queue("chart", { seriesCategories: name }, () => (added.categories = areaText(range._area())));
            },
          };
        },
      },
      setPosition: (start: string | MockRange, end?: string | MockRange) => {
        const text = (r: string | MockRange): string => (typeof r === "string" ? r : areaText(r._area()));
        queue("chart", { position: [text(start), end === undefined ? undefined : text(end)] }, () => {
          chart.position = [text(start), end === undefined ? undefined : text(end)];
        });
      },
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Cells and addresses

interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function setCell(sheet: MockSheet, row: number, col: number, patch: Partial<MockCell>, replaceContent = false): void {
  const rows = sheet.cells;
  const cells = (rows[row] ??= []);
  const existing = cells[col];
  if (replaceContent) {
    const cell: MockCell = { value: patch.value ?? null };
    if (patch.formula !== undefined) cell.formula = patch.formula;
    if (patch.quotePrefix) cell.quotePrefix = true;
    if (existing?.numberFormat !== undefined) cell.numberFormat = existing.numberFormat;
    cells[col] = cell.value === null && cell.formula === undefined && cell.numberFormat === undefined ? undefined : cell;
    return;
  }
  cells[col] = { value: existing?.value ?? null, ...existing, ...patch };
}

/** How Excel reads a value typed in, or set through `values`/`formulas`. */
function parseInput(value: unknown, numberFormat: string | undefined): Partial<MockCell> {
  if (typeof value === "number" || typeof value === "boolean") return { value };
  const text = String(value);
  if (text === "") return { value: null };
  if (numberFormat === "@") return { value: text };
  if (text.startsWith("'")) return { value: text.slice(1), quotePrefix: true };
  const numeric = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?(e[+-]?\d+)?%?$/i;
  if (/\d/.test(text) && numeric.test(text)) {
    const n = Number(text.replace(/[,%]/g, ""));
    return { value: text.endsWith("%") ? n / 100 : n };
  }
  if (/^[=+\-@]/.test(text) && text.length > 1) return { value: null, formula: text.startsWith("=") ? text : `=${text}` };
  if (/^(true|false)$/i.test(text)) return { value: text.toLowerCase() === "true" };
  return { value: text };
}

function usedArea(sheet: MockSheet): Area | null {
  let top = -1;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  sheet.cells.forEach((row, r) => {
    if (!row) return;
    row.forEach((cell, c) => {
      if (!cell || (cell.value === null && cell.formula === undefined)) return;
      if (top < 0) top = r;
      bottom = r;
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  });
  return top < 0 ? null : { top, left, bottom, right };
}

function checkSheetName(name: string): void {
  if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new MockRichApiError("InvalidArgument", `"${name}" is not a valid sheet name.`);
  }
}

/** Parses "B3", "A1:C9", "$A$1:$C$9" or whole columns "A:C" (0-based, inclusive). */
function parseAddress(address: string): Area {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const columns = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(local);
  if (columns) return { top: 0, left: columnIndex(columns[1]), bottom: MAX_ROWS - 1, right: columnIndex(columns[2]) };
  const rows = /^(\d+):(\d+)$/.exec(local);
  if (rows) return { top: Number(rows[1]) - 1, left: 0, bottom: Number(rows[2]) - 1, right: MAX_COLS - 1 };
  const m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(local);
  if (!m) throw new MockRichApiError("InvalidArgument", `"${address}" is not a valid address.`);
  return { top: Number(m[2]) - 1, left: columnIndex(m[1]), bottom: Number(m[4] ?? m[2]) - 1, right: columnIndex(m[3] ?? m[1]) };
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function columnName(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function areaText(a: Area): string {
  const start = `${columnName(a.left)}${a.top + 1}`;
  return a.top === a.bottom && a.left === a.right ? start : `${start}:${columnName(a.right)}${a.bottom + 1}`;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** UTF-8 bytes of a value's JSON, as a request or response carries it. */
function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? "null";
  let bytes = json.length;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if (code > 0x7f) bytes += code > 0x7ff ? 2 : 1;
  }
  return bytes;
}

function clone(value: unknown): unknown {
  return Array.isArray(value) ? value.map((row) => (Array.isArray(row) ? [...row] : row)) : value;
}
