/**
 * The Office.js host: everything the task pane does to the open workbook goes through the WorkbookHost
 * this module returns. It is the only module that calls `Excel.run` or reads `Office` (with
 * hostCapabilities.ts); officeRead.ts and officeWrite.ts work inside the contexts it opens.
 *
 * The plan is kept in the workbook as JSON in the add-in's document settings
 * (`Office.context.document.settings`, key PLAN_SETTING), saved with `saveAsync`: settings travel with
 * the file, are private to the add-in and suit a small document such as a plan.
 */
import type { Build } from "../sheets/spec";
import type { Grid } from "../datasets/grid";
import { hostCapabilities, type Capabilities } from "./hostCapabilities";
import { listSourcesIn, readGridIn, type SourceList, type SourceRef } from "./officeRead";
import { HOST_MESSAGES, type HostCallOptions, type HostMessages } from "./hostMessages";
import { insertFormulaIn, type InsertContext, type InsertFormulaOptions, type InsertResult } from "./officeInsert";
import { BadSpec, BuildCancelled, CHUNK_BYTES, newJournal, rollbackBuild, writeBuildIn, type WriteBuildOptions, type WriteBuildResult } from "./officeWrite";

export type { SourceList, SourceRef, TableSource, SheetSource, GridRead } from "./officeRead";
export type { WriteBuildOptions, WriteBuildResult, BuildJournal } from "./officeWrite";
export type { CellAddress, InsertFormulaOptions, InsertResult } from "./officeInsert";
export { HOST_MESSAGES, type HostCallOptions, type HostLanguage, type HostMessages } from "./hostMessages";
export { BASE_SYNCS, BuildCancelled, CHUNK_BYTES, MARKER_NAME, planChunks, asText, uniqueSheetName, renameSheetRefs, widthInPoints } from "./officeWrite";
export { hostCapabilities, FEATURE_NEEDS, type Capabilities, type Feature, type MissingFeature } from "./hostCapabilities";

/**
 * What the pane needs from the workbook. Every call takes the pane's language, in which its errors are
 * told (hostMessages.ts; default English).
 */
export interface WorkbookHost {
  /** Tables, sheets (with used-range address) and the current selection, for the source picker. */
  listSources(options?: HostCallOptions): Promise<SourceList>;
  /** Reads a source as a Grid (raw values, dates as serials) plus where it starts (1-based firstRow, firstCol), in whole blocks, values only. */
  readGrid(source: SourceRef, options?: HostCallOptions): Promise<{ grid: Grid; sheet: string; firstRow: number; firstCol: number }>;
  /** Writes a Build's sheets (src/sheets/spec.ts). */
  writeBuild(build: Build, options?: WriteBuildOptions): Promise<WriteBuildResult>;
  /** The plan saved in this workbook, or null when there is none. */
  loadPlan(options?: HostCallOptions): Promise<unknown | null>;
  /** Saves the plan in this workbook; null removes it (the settings view's reset). */
  savePlan(plan: unknown, options?: HostCallOptions): Promise<void>;
  /**
   * Writes a formula into the selected cell (or `options.at`); a cell that holds anything is reported,
   * not written over, unless `replace` is given with what it holds (officeInsert.ts).
   */
  insertFormula(formula: string, options?: InsertFormulaOptions): Promise<InsertResult>;
  /** What the pane keeps in this workbook beside the plan (the unfinished draft, when each review was built); null when absent. */
  loadPaneSetting(name: PaneSetting, options?: HostCallOptions): Promise<unknown | null>;
  /** Keeps a pane setting in this workbook (as JSON); null removes it. */
  savePaneSetting(name: PaneSetting, value: unknown, options?: HostCallOptions): Promise<void>;
}

/**
 * The pane's own settings kept in the workbook beside the plan: `draft`, the review being set up and
 * its unfinished plan; `built`, when each review was last built. Both belong to the workbook (they
 * name its sheets), so they go where the plan goes: the add-in's document settings.
 */
export type PaneSetting = "draft" | "built";

/** The document setting of each pane setting. */
export const PANE_SETTINGS: Readonly<Record<PaneSetting, string>> = { draft: "KPIToolkit.draft", built: "KPIToolkit.built" };

/** The document setting that holds the plan's JSON. */
export const PLAN_SETTING = "KPIToolkit.plan";

/** The part of the `Excel` namespace the host calls. */
export interface ExcelRunner {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/** The part of `Office.context.document.settings` the host uses. */
export interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback: (result: { error?: { message: string } | null }) => void): void;
}

/** The part of the `Office` namespace the host uses. */
export interface OfficeLike {
  context: {
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    document: { settings: SettingsLike };
  };
}

export interface OfficeHostOptions {
  /** Stands in for the `Excel` global (tests, the scripted host of the browser test). */
  excel?: ExcelRunner;
  /** Stands in for the `Office` global. */
  office?: OfficeLike;
  /** Request and response budget per sync; defaults to CHUNK_BYTES (Excel's limit is 5 MB). */
  chunkBytes?: number;
}

/**
 * The WorkbookHost over Office.js. The globals are looked up on each call, so the host can be made
 * before Office has loaded.
 *
 * @example
 * const host = officeHost();
 * const { grid, sheet } = await host.readGrid({ table: "Deals" }) // => grid of the table, header first
 */
export function officeHost(options: OfficeHostOptions = {}): WorkbookHost {
  const chunkBytes = options.chunkBytes ?? CHUNK_BYTES;
  // Sheets read as sources in this session: a rebuild never replaces one, even one the add-in made.
  const sources = new Set<string>();
  const excel = (m: HostMessages): ExcelRunner => {
    const runner = options.excel ?? (typeof Excel === "undefined" ? undefined : Excel);
    if (!runner) throw new Error(m.notInExcel);
    return runner;
  };
  const office = (m: HostMessages): OfficeLike => {
    const host = options.office ?? (typeof Office === "undefined" ? undefined : (Office as unknown as OfficeLike));
    if (!host?.context?.document) throw new Error(m.notInExcel);
    return host;
  };
  const capabilities = (m: HostMessages): Capabilities => {
    // Office is found first: outside Excel every set would read as missing and hide the real reason.
    const requirements = office(m).context.requirements;
    const caps = hostCapabilities((name, version) => requirements.isSetSupported(name, version));
    const lacking = caps.missing.filter((missing) => missing.required);
    if (lacking.length > 0) throw new Error(m.lacks([...new Set(lacking.map((missing) => missing.set))]));
    return caps;
  };

  return {
    async listSources(call = {}) {
      const m = wordsFor(call);
      const caps = capabilities(m);
      return excel(m).run((context) => listSourcesIn(context, caps));
    },

    async readGrid(source, call = {}) {
      const m = wordsFor(call);
      const caps = capabilities(m);
      const read = await excel(m).run((context) => readGridIn(context, source, { caps, chunkBytes, messages: m }));
      sources.add(read.sheet.toLowerCase());
      return read;
    },

    async writeBuild(build, writeOptions = {}) {
      const m = wordsFor(writeOptions);
      const caps = capabilities(m);
      const journal = newJournal(writeOptions.language);
      try {
        return await excel(m).run((context) => writeBuildIn(context, build, { caps, chunkBytes, sources }, writeOptions, journal));
      } catch (error) {
        throw await failedBuild(excel(m), journal, error, m);
      }
    },

    async loadPlan(call = {}) {
      const m = wordsFor(call);
      return readSetting(office(m).context.document.settings, PLAN_SETTING, m.planNotJson);
    },

    async insertFormula(formula, call = {}) {
      const m = wordsFor(call);
      const runner = excel(m);
      try {
        // Any Excel with custom functions can write one cell: no requirement set beyond ExcelApi 1.1 is asked.
        return await runner.run((context) => insertFormulaIn(context as unknown as InsertContext, formula, call));
      } catch (error) {
        const code = (error as { code?: string } | null)?.code;
        const where = call.at ? `${call.at.sheet}!${call.at.cell}` : null;
        throw withCause(code === "InvalidSelection" ? m.selectACell : m.insertFailed(where, describe(error)), error);
      }
    },

    async savePlan(plan, call = {}) {
      const m = wordsFor(call);
      await writeSetting(office(m).context.document.settings, PLAN_SETTING, plan, m.planNotSaved);
    },

    async loadPaneSetting(name, call = {}) {
      const m = wordsFor(call);
      // A setting the pane cannot read is as good as none: it is only a convenience.
      return readSetting(office(m).context.document.settings, PANE_SETTINGS[name], () => "").catch(() => null);
    },

    async savePaneSetting(name, value, call = {}) {
      const m = wordsFor(call);
      await writeSetting(office(m).context.document.settings, PANE_SETTINGS[name], value, m.settingNotSaved);
    },
  };
}

/** A document setting's JSON, parsed; null when it is absent. */
async function readSetting(settings: SettingsLike, key: string, notJson: (detail: string) => string): Promise<unknown | null> {
  const saved: unknown = settings.get(key);
  if (saved === null || saved === undefined) return null;
  if (typeof saved !== "string") return saved;
  try {
    return JSON.parse(saved) as unknown;
  } catch (error) {
    throw new Error(notJson((error as Error).message));
  }
}

/** Sets (or, for null, removes) a document setting and saves the settings into the document. */
async function writeSetting(settings: SettingsLike, key: string, value: unknown, notSaved: (detail: string) => string): Promise<void> {
  if (value === null || value === undefined) settings.remove(key);
  else settings.set(key, JSON.stringify(value));
  await new Promise<void>((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.error) reject(new Error(notSaved(result.error.message)));
      else resolve();
    });
  });
}

/** The host's words in the language a call asked for. */
function wordsFor(call: HostCallOptions): HostMessages {
  return HOST_MESSAGES[call.language ?? "en"];
}

/**
 * Undoes what a failed build changed and returns the error to throw: it says what the build was doing,
 * what Excel answered, and whether the workbook is back as it was.
 */
async function failedBuild(excel: ExcelRunner, journal: ReturnType<typeof newJournal>, error: unknown, m: HostMessages): Promise<Error> {
  const cancelled = error instanceof BuildCancelled;
  const reason = cancelled ? m.cancelled : error instanceof BadSpec ? error.message : m.failedWhile(journal.stage, describe(error));
  if (journal.written) {
    // Every new sheet is complete; only removing the replaced ones failed, so nothing is rolled back.
    return withCause(m.keptAside(reason, journal.movedAside.map((moved) => moved.aside)), error);
  }
  try {
    if (journal.created.length > 0) await excel.run((context) => rollbackBuild(context, journal));
  } catch (rollbackError) {
    return withCause(m.rollbackFailed(reason, describe(rollbackError), journal.created), error);
  }
  return withCause(m.undone(reason, journal.created.length > 0), error);
}

function describe(error: unknown): string {
  const { message, code } = (error ?? {}) as { message?: string; code?: string };
  const text = message || String(error);
  return code && !text.includes(code) ? `${text} (${code})` : text;
}

function withCause(message: string, cause: unknown): Error {
  const error = cause instanceof BuildCancelled ? new BuildCancelled(message) : new Error(message);
  (error as Error & { cause?: unknown }).cause = cause;
  return error;
}
