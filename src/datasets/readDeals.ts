import { show } from "../core/errors";
import { editDistance } from "../core/text/editDistance";
import { parseNumber } from "../core/text/parseNumber";
import { currencyCode, parseMoney } from "../core/currency";
import { DEAL_EXTRA_HEADERS, DEFAULT_STAGES, normalizeHeader, parseOutcome, type DealOutcome } from "./columns";
import { choosePipeline, funnelSteps, stageIndex } from "./pipelines";
import type { CellValue } from "../excel/cell";
import { labelKey } from "./keys";
import { Grid } from "./grid";
import type { ReadMessages } from "./readMessages";
import type { StageDefinition } from "./records";
import { ReadOptions, Context, RowReader, isBlank, cellText, columnPlace, Tally } from "./readContext";

/**
 * Reading deals as CRMs export them: the stages read against (the plan's, or the pipeline recognised from
 * the values), outcomes in the stage column, lost-at-stage columns, per-deal probabilities, and each
 * unknown value tallied so it is reported once with its rows.
 */
/** The deals' stages, and what the read tallies so that each problem is reported once with its rows. */
export interface DealsContext {
  /**
   * Of the warnings, those about how the stages and the open and lost deals were read (the pipeline
   * chosen, lost deals counted at the first stage, deals without an amount): the funnel's concern.
   */
  stageNotes: string[];
  /** The stages read against, outcomes included. */
  stages: readonly StageDefinition[];
  /** True when the plan named them. */
  fromPlan: boolean;
  /** The plan section that lists stages, for the lines a message offers to copy; null when not given. */
  section: string | null;
  index: Map<string, StageDefinition>;
  steps: readonly StageDefinition[];
  wonStage: string;
  statusWords: Record<string, DealOutcome>;
  /** The "lost at stage" column (销售易's 输单阶段), if any: its grid column and header. */
  lostStage?: { col: number; header: string };
  /** The amount won column (a 企业微信 CRM's 赢单金额), if any, and the won deals that used it or lacked it. */
  wonAmount?: { col: number; header: string; used: number[]; blank: number[] };
  /** The CRM's converted amount column (Salesforce's "Amount (Converted)") and its currency column, if any. */
  exported?: { col: number; header: string; currencyCol: number | null };
  unknownStages: Tally;
  unknownStatuses: Tally;
  excluded: Tally;
  lostAtFirst: number[];
  blankAmounts: number[];
  /** Words that mean lost, read as something else because the plan says so. */
  lostNotLost: Tally;
  /** Rows whose stage is a step of the funnel or an outcome. */
  matched: number;
  /** What a probability cell's number is multiplied by: 0.01 when the column is in percent (a value above 1, or "%" in its header). */
  probabilityScale: number;
}

/** Where a lost deal stopped: the "lost at stage" column when it names a step, else the first step (counted for a warning). */
export function lostAt(r: RowReader<"deals">, d: DealsContext): string {
  if (d.lostStage !== undefined) {
    const v = r.cellAt(d.lostStage.col);
    const step = typeof v === "string" ? d.index.get(labelKey(v)) : undefined;
    if (step !== undefined && step.outcome !== "lost" && step.outcome !== "excluded") return step.name;
  }
  d.lostAtFirst.push(r.sheetRow);
  return d.steps[0].name;
}

/**
 * The deals' stages (the plan's, else the known pipeline covering the most stage values, else the
 * default ones), the plan's status words, and the "lost at stage" column if the sheet has one.
 */
export function dealsContext(ctx: Context<"deals">, grid: Grid, headerRow: number, headerCells: readonly (string | null)[], options: ReadOptions): DealsContext {
  const counts = new Map<string, number>();
  const stageCol = ctx.columns.stage;
  if (stageCol !== undefined) {
    for (let i = headerRow + 1; i < grid.length; i++) {
      const v = grid[i]?.[stageCol];
      if (isBlank(v ?? null)) continue;
      const key = labelKey(cellText(v as CellValue));
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const taken = new Set(Object.values(ctx.columns));
  const lostCol = headerCells.findIndex((h, i) => h !== null && !taken.has(i) && isExtraHeader("lostStage", h));
  // The stages a lost deal stopped at are stage values too: they tell pipelines that share words apart.
  if (lostCol >= 0) {
    for (let i = headerRow + 1; i < grid.length; i++) {
      const v = grid[i]?.[lostCol];
      if (isBlank(v ?? null)) continue;
      const key = labelKey(cellText(v as CellValue));
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const wonAmountCol = headerCells.findIndex((h, i) => h !== null && !taken.has(i) && isExtraHeader("wonAmount", h));
  const convertedCol = headerCells.findIndex((h, i) => h !== null && !taken.has(i) && isExtraHeader("converted", h));
  const convertedCurrencyCol = headerCells.findIndex((h, i) => h !== null && !taken.has(i) && isExtraHeader("convertedCurrency", h));
  const fromPlan = options.stages !== undefined && options.stages.length > 0;
  const chosen = fromPlan ? null : choosePipeline(counts);
  const stages: readonly StageDefinition[] = fromPlan
    ? options.stages!.map((s) => ({ name: s.name, aliases: s.aliases, probability: s.probability ?? 0, maxDays: s.maxDays ?? null, ...(s.outcome ? { outcome: s.outcome } : {}) }))
    : (chosen?.stages ?? DEFAULT_STAGES);
  const stageNotes: string[] = [];
  if (chosen !== null && chosen.key !== "default") {
    const steps = funnelSteps(chosen.stages).map((s) => `${s.name} (${Math.round(s.probability * 100)}%)`);
    const note = ctx.m.pipelineChosen(ctx.m.sheet(ctx.where.sheet), chosen.name[ctx.m.language], steps);
    ctx.warnings.push(note);
    stageNotes.push(note);
  }
  const steps = funnelSteps(stages);
  // No prototype: a plan word such as "__proto__" is a word like any other.
  const statusWords = Object.create(null) as Record<string, DealOutcome>;
  for (const [outcome, words] of Object.entries(options.statusWords ?? {}) as [DealOutcome, readonly string[]][]) {
    for (const w of words) statusWords[normalizeHeader(w)] = outcome;
  }
  return {
    stages,
    fromPlan,
    section: options.stagesSection ?? null,
    index: stageIndex(stages),
    steps,
    wonStage: (steps.find((s) => s.outcome === "won") ?? steps[steps.length - 1]).name,
    statusWords,
    ...(lostCol >= 0 ? { lostStage: { col: lostCol, header: headerCells[lostCol] as string } } : {}),
    ...(wonAmountCol >= 0 ? { wonAmount: { col: wonAmountCol, header: headerCells[wonAmountCol] as string, used: [], blank: [] } } : {}),
    ...(convertedCol >= 0 ? { exported: { col: convertedCol, header: headerCells[convertedCol] as string, currencyCol: convertedCurrencyCol >= 0 ? convertedCurrencyCol : null } } : {}),
    stageNotes,
    unknownStages: new Map(),
    unknownStatuses: new Map(),
    excluded: new Map(),
    lostAtFirst: [],
    blankAmounts: [],
    lostNotLost: new Map(),
    matched: 0,
    probabilityScale: probabilityScale(ctx, grid, headerRow),
  };
}

/**
 * How the probability column writes a probability: in percent (45 for 45%) when its header says "%" or
 * any number in it is above 1, else as a fraction (0.45). A cell typed "45%" is a fraction either way.
 */
function probabilityScale(ctx: Context<"deals">, grid: Grid, headerRow: number): number {
  const col = ctx.columns.probability;
  if (col === undefined) return 1;
  if ((ctx.headers.probability ?? "").includes("%")) return 0.01;
  for (let i = headerRow + 1; i < grid.length; i++) {
    const v = grid[i]?.[col];
    const n = typeof v === "number" ? v : typeof v === "string" && !v.includes("%") ? parseNumber(v) : null;
    if (n !== null && n > 1) return 0.01;
  }
  return 1;
}

/**
 * The CRM's own conversion of a deal's amount (see `exported` on DealRecord): the converted cell as a
 * number (null when blank or not a number: the review then does not use the column) and the currency
 * its currency column, or the cell itself ("USD 12,960.00"), names.
 */
export function exportedAmount(r: RowReader<"deals">, d: DealsContext, symbols: Readonly<Record<string, string>>): { amount: number | null; currency: string | null } | undefined {
  if (d.exported === undefined) return undefined;
  const v = r.cellAt(d.exported.col);
  const money = typeof v === "number" ? { amount: v, currency: null } : typeof v === "string" && !isBlank(v) ? parseMoney(v, { symbols }) : null;
  const codeCell = d.exported.currencyCol === null ? null : r.cellAt(d.exported.currencyCol);
  const column = typeof codeCell === "string" && !isBlank(codeCell) ? currencyCode(codeCell, { symbols, anyCode: true }) : null;
  const amount = money !== null && Number.isFinite(money.amount) ? money.amount : null;
  return { amount, currency: column ?? money?.currency ?? null };
}

/**
 * A won deal's amount from the amount won column (a 企业微信 CRM's 赢单金额) when it has one there; null
 * (the amount column counts) when the sheet has no such column or the cell is blank or not a number,
 * each case tallied for one warning.
 */
export function wonAmountOf(r: RowReader<"deals">, d: DealsContext, symbols: Readonly<Record<string, string>>): number | null {
  if (d.wonAmount === undefined) return null;
  const v = r.cellAt(d.wonAmount.col);
  const money = typeof v === "number" ? { amount: v } : typeof v === "string" && !isBlank(v) ? parseMoney(v, { symbols }) : null;
  if (money === null || !Number.isFinite(money.amount)) {
    d.wonAmount.blank.push(r.sheetRow);
    return null;
  }
  d.wonAmount.used.push(r.sheetRow);
  return money.amount;
}

/** A deal's own probability as a fraction; null when blank; a problem when it is not a number from 0 to 100%. */
export function dealProbability(r: RowReader<"deals">, d: DealsContext, m: ReadMessages): number | null | undefined {
  const raw = r.raw("probability");
  const n = r.number("probability");
  if (n === null || n === undefined) return n;
  const fraction = typeof raw === "string" && raw.includes("%") ? n : n * d.probabilityScale;
  // 45 × 0.01 is 0.45000000000000001: kept to the digits the cell shows, so the copy holds 0.45.
  const value = Number(fraction.toPrecision(12));
  if (!(value >= 0 && value <= 1)) return r.problem("probability", m.probabilityOutOfRange(typeof raw === "string" ? raw.trim() : show(n)));
  return value;
}

/** True when a header is one of the deals' extra columns' synonyms (with or without a bracketed unit). */
function isExtraHeader(kind: keyof typeof DEAL_EXTRA_HEADERS, header: string): boolean {
  const words = DEAL_EXTRA_HEADERS[kind].map(normalizeHeader);
  const bare = header.normalize("NFKC").replace(/\([^)]*\)|（[^）]*）/g, "");
  return words.includes(normalizeHeader(header)) || words.includes(normalizeHeader(bare));
}

/** Each tallied problem of the deals once, with its rows: unknown stages and statuses, rows left out, lost deals without a stage, blank amounts. */
export function dealWarnings(ctx: Context<"deals">): void {
  const d = ctx.deals as DealsContext;
  const { m } = ctx;
  const stagePlace = columnPlace(ctx, "stage");
  const names = d.stages.map((s) => s.name);
  for (const { value, rows } of d.unknownStages.values()) {
    ctx.warnings.push(m.at(stagePlace, m.unknownStageRows(value, rows, nearest(value, d.stages), names)));
  }
  if (d.unknownStatuses.size > 0) {
    const statusPlace = columnPlace(ctx, "status");
    for (const { value, rows } of d.unknownStatuses.values()) ctx.warnings.push(m.at(statusPlace, m.unknownStatusRows(value, rows)));
  }
  for (const { value, rows } of d.excluded.values()) ctx.warnings.push(m.at(m.sheet(ctx.where.sheet), m.excludedRows(value, rows)));
  for (const { value, rows } of d.lostNotLost.values()) ctx.warnings.push(m.at(m.sheet(ctx.where.sheet), m.lostReadAsOther(value, rows)));
  const note = (text: string): void => {
    ctx.warnings.push(text);
    d.stageNotes.push(text);
  };
  if (d.lostAtFirst.length > 0) note(m.at(stagePlace, m.lostAtFirstStage(d.lostAtFirst, d.steps[0].name, d.lostStage?.header ?? null)));
  if (d.blankAmounts.length > 0) note(m.at(columnPlace(ctx, "amount"), m.blankAmounts(d.blankAmounts)));
  const won = d.wonAmount;
  const amountHeader = ctx.headers.amount ?? "";
  if (won && won.used.length > 0) ctx.warnings.push(m.at(m.sheet(ctx.where.sheet), m.wonAmountUsed(won.header, amountHeader, won.used)));
  if (won && won.blank.length > 0) ctx.warnings.push(m.at(m.sheet(ctx.where.sheet), m.wonAmountBlank(won.header, amountHeader, won.blank)));
}

/** The error when no deal's stage is known: every stage value with its count, and plan lines to copy. */
export function noStageMatches(ctx: Context<"deals">): string {
  const d = ctx.deals as DealsContext;
  const values = [...d.unknownStages.values()].map(({ value, rows }) => ({ value, count: rows.length })).sort((a, b) => b.count - a.count);
  const lines = values.map(({ value }) => {
    const outcome = parseOutcome(value, d.statusWords);
    const tail = outcome === "lost" || outcome === "excluded" ? `, "outcome": "${outcome}", "probability": 0` : outcome === "won" ? `, "outcome": "won", "probability": 1` : `, "probability": 0.5`;
    return `{ "name": ${JSON.stringify(value)}${tail} }`;
  });
  // Steps first (most deals first: a funnel narrows), then won, then lost and excluded.
  const rank = (line: string): number => (line.includes('"won"') ? 1 : line.includes('"outcome"') ? 2 : 0);
  lines.sort((a, b) => rank(a) - rank(b));
  return ctx.m.at(columnPlace(ctx, "stage"), ctx.m.noStageMatches(values, d.stages.map((s) => s.name), lines, d.section));
}

/** The stage name or alias nearest to a misspelt value, when it is near enough to be a likely typo. */
function nearest(value: string, stages: readonly StageDefinition[]): string | null {
  const key = labelKey(value);
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const s of stages) {
    for (const word of [s.name, ...s.aliases]) {
      const distance = editDistance(key, labelKey(word));
      if (distance < bestDistance) {
        best = s.name;
        bestDistance = distance;
      }
    }
  }
  return best !== null && bestDistance <= Math.max(1, Math.floor(key.length / 3)) ? best : null;
}
