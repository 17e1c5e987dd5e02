import { columnLetter } from "../../src/excel/a1";
import type { Build, SheetSpec } from "../../src/sheets/spec";
import type { Grid } from "../../src/datasets/grid";
import type { CellAddress, GridRead, HostCallOptions, InsertFormulaOptions, InsertResult, PaneSetting, SourceList, SourceRef, WorkbookHost, WriteBuildOptions, WriteBuildResult } from "../../src/workbook/office";

/** A block of cells somewhere on a sheet. */
export interface FakeBlock {
  grid: Grid;
  /** 1-based sheet row and column of grid[0][0] (default 1). */
  firstRow?: number;
  firstCol?: number;
}

export interface FakeSheet extends FakeBlock {
  name: string;
  /** A review sheet or data copy an earlier build wrote. */
  madeByAddin?: boolean;
  /** What its mark says it was made for: a review's kind, or "data". */
  purpose?: string;
}

export interface FakeTable extends FakeBlock {
  name: string;
  sheet: string;
}

export interface FakeWorkbook {
  sheets: FakeSheet[];
  tables?: FakeTable[];
  selection?: (FakeBlock & { sheet: string }) | null;
  /** The plan an earlier build saved, as loadPlan returns it. */
  plan?: unknown;
  /** The pane's settings kept in the workbook (its draft, its build dates), as loadPaneSetting returns them. */
  paneSettings?: Partial<Record<PaneSetting, unknown>>;
}

/** The A1 address of a block: "A1:E12". */
function addressOf(block: FakeBlock): string {
  const row = block.firstRow ?? 1;
  const col = block.firstCol ?? 1;
  const width = Math.max(1, ...block.grid.map((r) => r.length));
  const height = Math.max(1, block.grid.length);
  return `${columnLetter(col)}${row}:${columnLetter(col + width - 1)}${row + height - 1}`;
}

/** The values of a written sheet as a grid (what reading it back gives). */
function gridOf(spec: SheetSpec): Grid {
  return spec.rows.map((row) => Array.from(row, (cell) => (cell?.v ?? null) as Grid[number][number]));
}

function abortError(): Error {
  const error = new Error("the build was cancelled");
  error.name = "BuildCancelled";
  return error;
}

/**
 * An in-memory workbook behind the WorkbookHost interface: sheets, tables and a selection to read, a
 * record of every build written and plan saved, and switches to make a write fail or wait (to cancel it).
 */
export class FakeHost implements WorkbookHost {
  /** Every writeBuild call, in order, with the options it was given. */
  readonly builds: { build: Build; options: WriteBuildOptions }[] = [];
  /** Every plan saved, in order. */
  readonly savedPlans: unknown[] = [];
  /** Every source read, in order. */
  readonly reads: SourceRef[] = [];
  /** Every call, in order, with the language it was asked to speak. */
  readonly calls: { call: keyof WorkbookHost; language: HostCallOptions["language"] }[] = [];
  /** Sheets written by builds, by the name they were written under. */
  readonly written = new Map<string, SheetSpec>();
  /** Of those, the ones written unmarked (the sample data): the person's own from then on. */
  readonly unmarked = new Set<string>();
  /** The pane's settings as last saved (JSON round-tripped, as Office keeps them). */
  readonly paneSettings = new Map<PaneSetting, unknown>();
  /** When set, writeBuild rejects with it after reporting the first chunk. */
  failWrite: Error | null = null;
  /** When set, writeBuild reports the first chunk and then waits for `finishWrite()` or a cancel. */
  holdWrite = false;
  private release: (() => void) | null = null;
  private plan: unknown;

  constructor(private readonly book: FakeWorkbook) {
    this.plan = book.plan ?? null;
    for (const [name, value] of Object.entries(book.paneSettings ?? {})) this.paneSettings.set(name as PaneSetting, JSON.parse(JSON.stringify(value)));
  }

  async listSources(options: HostCallOptions = {}): Promise<SourceList> {
    this.calls.push({ call: "listSources", language: options.language });
    const rows = (block: FakeBlock): number => block.grid.length;
    return {
      tables: (this.book.tables ?? []).map((t) => ({ name: t.name, sheet: t.sheet, address: addressOf(t), rows: Math.max(0, rows(t) - 1) })),
      sheets: [
        ...this.book.sheets.map((s) => ({ name: s.name, address: s.grid.length === 0 ? null : addressOf(s), rows: rows(s), madeByAddin: s.madeByAddin === true, ...(s.purpose ? { purpose: s.purpose } : {}) })),
        ...[...this.written].map(([name, spec]) =>
          this.unmarked.has(name)
            ? { name, address: addressOf({ grid: gridOf(spec) }), rows: spec.rows.length, madeByAddin: false }
            : { name, address: addressOf({ grid: gridOf(spec) }), rows: spec.rows.length, madeByAddin: true, purpose: spec.purpose },
        ),
      ],
      selection: this.book.selection ? { sheet: this.book.selection.sheet, address: addressOf(this.book.selection) } : null,
    };
  }

  async readGrid(source: SourceRef, options: HostCallOptions = {}): Promise<GridRead> {
    this.reads.push(source);
    this.calls.push({ call: "readGrid", language: options.language });
    const read = (block: FakeBlock, sheet: string): GridRead => ({
      grid: block.grid.map((row) => [...row]),
      sheet,
      firstRow: block.firstRow ?? 1,
      firstCol: block.firstCol ?? 1,
    });
    if ("table" in source) {
      const table = (this.book.tables ?? []).find((t) => t.name === source.table);
      if (!table) throw new Error(`there is no table "${source.table}" in this workbook`);
      return read(table, table.sheet);
    }
    if ("sheet" in source) {
      // A sheet a build wrote reads back as its values, as Excel would give them (formulas as their results).
      const written = this.written.get(source.sheet);
      if (written) return read({ grid: gridOf(written) }, source.sheet);
      const sheet = this.book.sheets.find((s) => s.name === source.sheet);
      if (!sheet) throw new Error(`there is no sheet "${source.sheet}" in this workbook`);
      return read(sheet, sheet.name);
    }
    if (!this.book.selection) throw new Error("no cells are selected");
    return read(this.book.selection, this.book.selection.sheet);
  }

  async writeBuild(build: Build, options: WriteBuildOptions = {}): Promise<WriteBuildResult> {
    this.builds.push({ build, options });
    this.calls.push({ call: "writeBuild", language: options.language });
    const total = build.sheets.length;
    options.onProgress?.(1, total);
    if (this.failWrite) throw this.failWrite;
    if (this.holdWrite) {
      await new Promise<void>((resolve, reject) => {
        this.release = resolve;
        if (options.signal?.aborted) reject(abortError());
        options.signal?.addEventListener("abort", () => reject(abortError()));
      });
    }
    const names: string[] = [];
    for (const sheet of build.sheets) {
      // Replacing, a sheet the add-in made (marked) gives way, as the Office host deletes it after the write.
      const replace = options.replace === true && !options.unmarked;
      const taken = (name: string): boolean => this.book.sheets.some((s) => s.name === name && !(replace && s.madeByAddin)) || (this.written.has(name) && (!replace || this.unmarked.has(name)));
      let name = sheet.name;
      for (let n = 2; taken(name); n++) name = `${sheet.name} (${n})`;
      this.written.set(name, sheet);
      if (options.unmarked) this.unmarked.add(name);
      names.push(name);
    }
    options.onProgress?.(total, total);
    return { sheets: names };
  }

  /** What cells hold beyond the sheets' grids, by "Sheet!A1": formulas inserted, or set by a test. */
  readonly cells = new Map<string, string>();
  /** When set, insertFormula rejects with it. */
  failInsert: Error | null = null;

  /** As the Office host: the selection's top-left cell (or `at`), never written over unless replacing what it holds. */
  async insertFormula(formula: string, options: InsertFormulaOptions = {}): Promise<InsertResult> {
    this.calls.push({ call: "insertFormula", language: options.language });
    if (this.failInsert) throw this.failInsert;
    const selection = this.book.selection;
    if (!options.at && !selection) throw new Error("select a cell for the formula (not a chart or a shape) and try again");
    const at: CellAddress = options.at ?? { sheet: selection!.sheet, cell: `${columnLetter((selection!.firstCol ?? 1) - 1)}${selection!.firstRow ?? 1}` };
    const key = `${at.sheet}!${at.cell}`;
    const inGrid = !options.at && selection ? selection.grid[0]?.[0] : null;
    const holds = this.cells.get(key) ?? (inGrid === null || inGrid === undefined ? "" : String(inGrid));
    if (holds !== "" && !(options.replace === true && options.expected === holds)) return { status: "occupied", at, holds };
    this.cells.set(key, formula);
    return { status: "written", at };
  }

  /** Lets a held write finish. */
  finishWrite(): void {
    this.release?.();
  }

  async loadPlan(options: HostCallOptions = {}): Promise<unknown | null> {
    this.calls.push({ call: "loadPlan", language: options.language });
    return this.plan;
  }

  async savePlan(plan: unknown, options: HostCallOptions = {}): Promise<void> {
    this.calls.push({ call: "savePlan", language: options.language });
    // Stored as Office stores it: JSON, so what comes back is plain data.
    this.plan = plan === null ? null : JSON.parse(JSON.stringify(plan));
    this.savedPlans.push(this.plan);
  }

  async loadPaneSetting(name: PaneSetting, options: HostCallOptions = {}): Promise<unknown | null> {
    this.calls.push({ call: "loadPaneSetting", language: options.language });
    return this.paneSettings.get(name) ?? null;
  }

  async savePaneSetting(name: PaneSetting, value: unknown, options: HostCallOptions = {}): Promise<void> {
    this.calls.push({ call: "savePaneSetting", language: options.language });
    if (value === null) this.paneSettings.delete(name);
    else this.paneSettings.set(name, JSON.parse(JSON.stringify(value)));
  }
}
