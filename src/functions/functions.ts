import { KpiError, valueError } from "../core/errors";
import { Direction, parseDirection } from "../core/text/parseDirection";
import { achievement as achievementOf, score as scoreOf, bandScore as bandScoreOf, compileBands, weighted as weightedOf, rating as ratingOf, compileScale } from "../core/scoring";
import { splitTotal, seasonalSplit, rampTarget, prorate as prorateOf } from "../core/allocation";
import { funnelRates, reverseFunnel as reverseFunnelOf, velocity as velocityOf, weightedPipeline as weightedPipelineOf, weightedPipelineByStage, compileStageTable, coverage as coverageOf } from "../core/funnel";
import { commissionFor, compileTiers, CommissionMethod, drawPayouts } from "../core/commission";
import { abcClasses } from "../core/segments";
import { readBoolean, readDate, readLabel, readNumber, readText } from "./cells";
import { excel, spill } from "./excelError";
import { elementwise, readList, readScalar, readTable, Reader, renameRows, reshape, Shape } from "./ranges";

/*
 * The KPI.* custom functions. Each one reads Excel's arguments with the readers in cells.ts and
 * ranges.ts, calls the pure calculation in src/core, and returns a matrix that spills in the shape of
 * its input. Blank-cell rules, shared by every function:
 * - a blank cell in an elementwise argument (actual, target, amount...) gives a blank result cell;
 * - a blank cell inside a list (weights, counts, earned, values) stays blank and takes no part;
 * - an omitted optional argument takes its default; a missing required one is #VALUE!.
 * Numbers stored as text ("1,234", "85%", "12万") are read as numbers; TRUE/FALSE are not numbers.
 */

const readDirection: Reader<Direction> = (cell, where) => {
  const text = readText(cell);
  if (text === null) return null;
  return parseDirection(text) ?? valueError(`${where} is "${text}"; use "higher" or "lower"`);
};

const METHODS: Record<string, CommissionMethod> = {
  marginal: "marginal",
  "超额累进": "marginal",
  retroactive: "retroactive",
  "全额累进": "retroactive",
};

const readMethod: Reader<CommissionMethod> = (cell, where) => {
  const text = readText(cell);
  if (text === null) return null;
  return METHODS[text.toLowerCase()] ?? valueError(`${where} is "${text}"; use "marginal" or "retroactive"`);
};

function fail(error: KpiError, shape?: Shape): never {
  throw shape ? renameRows(error, shape) : error;
}

/** Blanks in a list result become "" so the spilled cell shows empty. */
function blankAsEmpty<T>(values: readonly (T | null)[]): (T | string)[] {
  return values.map((v) => (v === null ? "" : v));
}

/**
 * Achievement of a KPI: actual ÷ target, or for a lower-is-better KPI 2 − actual ÷ target (not below 0).
 * Works on single cells or on whole columns at once.
 * @customfunction ACHIEVEMENT
 * @param actual The actual result: a cell such as B2, or a column such as B2:B20.
 * @param target The target: a cell, or a range shaped like actual, such as C2:C20. A target of 0 gives #DIV/0!.
 * @param [direction] "higher" (default: more is better) or "lower" (cost, churn, complaints).
 * @returns The achievement as a fraction: 1.2 is 120% (format the cell as a percentage); a blank actual or target gives a blank.
 * @example =KPI.ACHIEVEMENT(120, 100) returns 1.2
 */
export function achievement(actual: any[][], target: any[][], direction?: any[][]): any[][] {
  return excel(() =>
    spill(
      elementwise(
        [
          { name: "actual", arg: actual, read: readNumber },
          { name: "target", arg: target, read: readNumber },
          { name: "direction", arg: direction, read: readDirection, fallback: "higher" as Direction },
        ],
        (a: number, t: number, d: Direction | null) => achievementOf(a, t, d ?? "higher"),
      ),
    ),
  );
}

/**
 * KPI score: the achievement, 0 below the threshold, and never above the cap.
 * @customfunction SCORE
 * @param actual The actual result: a cell such as B2, or a column such as B2:B20.
 * @param target The target: a cell, or a range shaped like actual.
 * @param [threshold] Minimum achievement that scores at all, as a fraction: 0.8 is 80%. Default 0.
 * @param [cap] Highest score, as a fraction: 1.2 is 120%. Default: no cap.
 * @param [direction] "higher" (default) or "lower" (cost, churn, complaints).
 * @returns The score as a fraction: 1.2 is 120% (format the cell as a percentage); a blank actual or target gives a blank.
 * @example =KPI.SCORE(130, 100, 0.8, 1.2) returns 1.2
 */
export function score(actual: any[][], target: any[][], threshold?: any[][], cap?: any[][], direction?: any[][]): any[][] {
  return excel(() =>
    spill(
      elementwise(
        [
          { name: "actual", arg: actual, read: readNumber },
          { name: "target", arg: target, read: readNumber },
          { name: "threshold", arg: threshold, read: readNumber, fallback: 0 },
          { name: "cap", arg: cap, read: readNumber, fallback: null },
          { name: "direction", arg: direction, read: readDirection, fallback: "higher" as Direction },
        ],
        (a: number, t: number, th: number | null, c: number | null, d: Direction | null) =>
          scoreOf(a, t, { threshold: th ?? 0, cap: c, direction: d ?? "higher" }),
      ),
    ),
  );
}

/**
 * Score from a band table: stepped (the score of the highest lower bound reached) or interpolated (a payout curve).
 * @customfunction BANDSCORE
 * @param value The value to score (a cell or a range), for example an achievement of 0.95.
 * @param bands Two columns, lower bound and score, ascending by bound: a range such as F2:G4, or typed as {0.8,60;0.9,80;1,100} (commas between columns, semicolons between rows).
 * @param [interpolate] TRUE for straight lines between the band points. Default FALSE (stepped).
 * @returns The score; 0 below the first bound, the last score above the last bound.
 * @example =KPI.BANDSCORE(0.95, {0.8,60;0.9,80;1,100}) returns 80
 */
export function bandScore(value: any[][], bands: any[][], interpolate?: any[][]): any[][] {
  return excel(() => {
    const table = readTable<[number, number]>("bands", bands, [
      { title: "lower bound", read: readNumber },
      { title: "score", read: readNumber },
    ]);
    const compiled = compileBands(table.map(([bound, s]) => ({ bound, score: s })));
    if (compiled instanceof KpiError) fail(compiled);
    const smooth = readScalar("interpolate", interpolate, readBoolean, false);
    return spill(
      elementwise([{ name: "value", arg: value, read: readNumber }], (v: number) =>
        bandScoreOf(v, compiled, { interpolate: smooth }),
      ),
    );
  });
}

/**
 * Weighted score: Σ score × weight ÷ Σ weight over the KPIs that have a score (a blank KPI does not apply
 * and the others are re-weighted). Weights may be fractions or percents.
 * Scores for many people at once: a table with one row per person and one column per KPI, with the
 * weights as one row, gives one weighted score per person.
 * @customfunction WEIGHTED
 * @param scores The KPI scores: a row such as {85,92,78}, a column, or a table with one row per person and one column per KPI.
 * @param weights One weight per KPI, such as {40,30,30} or {0.4,0.3,0.3}; negative weights give #VALUE!.
 * @returns The weighted score (one per person for a table).
 * @example =KPI.WEIGHTED({85,92,78}, {40,30,30}) returns 85
 */
export function weighted(scores: any[][], weights: any[][]): any[][] {
  return excel(() => {
    const s = readList("scores", scores, readNumber);
    const w = readList("weights", weights, readNumber);
    if (s.values.length === w.values.length) {
      const result = weightedOf(s.values, w.values);
      return [[result instanceof KpiError ? fail(result, w.shape) : result]];
    }
    const k = w.values.length;
    if (s.shape.cols === k && s.shape.rows > 1) {
      return spill(
        reshape(
          Array.from({ length: s.shape.rows }, (_, r) => weightedOf(s.values.slice(r * k, (r + 1) * k), w.values)),
          { rows: s.shape.rows, cols: 1 },
        ),
      );
    }
    if (s.shape.rows === k && s.shape.cols > 1) {
      const perColumn = Array.from({ length: s.shape.cols }, (_, c) =>
        weightedOf(
          Array.from({ length: k }, (_, r) => s.values[r * s.shape.cols + c]),
          w.values,
        ),
      );
      return spill([perColumn]);
    }
    throw valueError(
      `scores has ${s.values.length} cells (${s.shape.rows}×${s.shape.cols}) and weights ${k}; give one weight per score, or per column of a people × KPIs table`,
    );
  });
}

/**
 * Rating label for a score from a scale of minimum scores.
 * @customfunction RATING
 * @param score The score (a cell or a range).
 * @param scale Two columns, minimum score and label, in any order: a range, or typed as {0,"C";0.8,"B";0.9,"A"}.
 * @returns The label of the highest minimum at or below the score; #N/A below every minimum.
 * @example =KPI.RATING(0.93, {0,"C";0.8,"B";0.9,"A"}) returns "A"
 */
export function rating(score: any[][], scale: any[][]): any[][] {
  return excel(() => {
    const table = readTable<[number, string | number]>("scale", scale, [
      { title: "minimum score", read: readNumber },
      { title: "label", read: (cell) => readLabel(cell) },
    ]);
    const compiled = compileScale(table.map(([min, label]) => ({ min, label })));
    if (compiled instanceof KpiError) fail(compiled);
    return spill(elementwise([{ name: "score", arg: score, read: readNumber }], (v: number) => ratingOf(v, compiled)));
  });
}

/**
 * Splits a total in proportion to weights, rounded so the parts add up to the total exactly (largest
 * remainder; ties go to the earlier row), within optional per-row minimums and maximums.
 * @customfunction SPLIT
 * @param total The amount to split, such as the team's annual target.
 * @param weights One weight per row, such as {1;1;1} or a column of headcounts; a blank weight leaves its row blank.
 * @param [decimals] Decimal places of each part (default 0). The total must be whole at that precision.
 * @param [minimums] Per-row minimums: a range shaped like weights, or one value for every row; blank = none.
 * @param [maximums] Per-row maximums: a range shaped like weights, or one value for every row; blank = none.
 * @returns The parts, shaped like weights. #NUM! when the bounds cannot be met, #DIV/0! when all weights are 0.
 * @example =KPI.SPLIT(100, {1;1;1}) returns {34;33;33}
 */
export function split(total: any[][], weights: any[][], decimals?: any[][], minimums?: any[][], maximums?: any[][]): any[][] {
  return excel(() => {
    const t = readScalar("total", total, readNumber);
    const w = readList("weights", weights, readNumber);
    const d = readScalar("decimals", decimals, readNumber, 0);
    const bounds = (name: string, arg: unknown): (number | null)[] | null => {
      if (arg === null || arg === undefined) return null;
      const list = readList(name, arg, readNumber);
      if (list.values.length === 1) return w.values.map(() => list.values[0]);
      if (list.values.length !== w.values.length) {
        throw valueError(`${name} has ${list.values.length} cells but weights has ${w.values.length}`);
      }
      return list.values;
    };
    const parts = splitTotal(t, w.values, { decimals: d, minimums: bounds("minimums", minimums), maximums: bounds("maximums", maximums) });
    if (parts instanceof KpiError) fail(parts, w.shape);
    return reshape(blankAsEmpty(parts), w.shape);
  });
}

/**
 * Splits a total over periods by seasonality: each period's average share of its year in the history.
 * @customfunction SEASONAL
 * @param total The amount to split, such as the annual target.
 * @param history Past actuals: one row per year, one column per period, such as B2:M4 for three years of months (a single column is one year, periods down). Years with a blank period are left out as incomplete.
 * @param [decimals] Decimal places of each part (default 0); the parts add up to the total exactly.
 * @returns One value per period, as a row (as a column for a single-column history).
 * @example =KPI.SEASONAL(1200, {100,200,300}) returns {200,400,600}
 */
export function seasonal(total: any[][], history: any[][], decimals?: any[][]): any[][] {
  return excel(() => {
    const t = readScalar("total", total, readNumber);
    const h = readList("history", history, readNumber);
    const d = readScalar("decimals", decimals, readNumber, 0);
    const column = h.shape.cols === 1 && h.shape.rows > 1;
    const years = column ? [h.values] : reshape(h.values, h.shape);
    const parts = seasonalSplit(t, years, { decimals: d });
    if (parts instanceof KpiError) fail(parts);
    return column ? parts.map((p) => [p]) : [parts];
  });
}

/**
 * Ramped target for someone new in the role: target × the schedule's factor for their period in the role.
 * @customfunction RAMP
 * @param target The full target (a cell or a range).
 * @param tenure Which period in the role this is, counting from 1 (a cell or a range); fractions are truncated.
 * @param schedule Factors by period in the role, such as {0.25,0.5,0.75,1}; past its end the last factor applies.
 * @returns The ramped target.
 * @example =KPI.RAMP(100000, 2, {0.25,0.5,0.75,1}) returns 50000
 */
export function ramp(target: any[][], tenure: any[][], schedule: any[][]): any[][] {
  return excel(() => {
    const factors = readList("schedule", schedule, readNumber).values.filter((f): f is number => f !== null);
    return spill(
      elementwise(
        [
          { name: "target", arg: target, read: readNumber },
          { name: "tenure", arg: tenure, read: readNumber },
        ],
        (t: number, n: number) => rampTarget(t, n, factors),
      ),
    );
  });
}

/**
 * Prorates an amount to the days someone was in the role during a period (both ends inclusive).
 * @customfunction PRORATE
 * @param amount The full-period amount (a cell or a range).
 * @param start First day in the role, a date such as DATE(2026,4,1); blank ("") when they were there before the period.
 * @param end Last day in the role, a date; blank ("") when they stay.
 * @param periodStart First day of the period.
 * @param periodEnd Last day of the period.
 * @returns amount × days in the role within the period ÷ days in the period.
 * @example =KPI.PRORATE(120000, DATE(2026,4,1), "", DATE(2026,1,1), DATE(2026,12,31)) returns 90410.96
 */
export function prorate(amount: any[][], start: any[][], end: any[][], periodStart: any[][], periodEnd: any[][]): any[][] {
  return excel(() =>
    spill(
      elementwise(
        [
          { name: "amount", arg: amount, read: readNumber },
          { name: "start", arg: start, read: readDate, fallback: null },
          { name: "end", arg: end, read: readDate, fallback: null },
          { name: "periodStart", arg: periodStart, read: readDate },
          { name: "periodEnd", arg: periodEnd, read: readDate },
        ],
        (a: number, s: number | null, e: number | null, ps: number, pe: number) => prorateOf(a, s, e, ps, pe),
      ),
    ),
  );
}

/**
 * Conversion rate at each funnel stage: step (each stage ÷ the one before) or cumulative (÷ the first).
 * @customfunction FUNNEL
 * @param counts Count at each stage, top first: a column such as {1000;300;120}, or a range.
 * @param [cumulative] TRUE for each stage ÷ the first stage. Default FALSE (step).
 * @returns Rates as fractions (0.3 is 30%), shaped like counts; the first stage is 1. A zero stage gives #DIV/0! in the next cell only.
 * @example =KPI.FUNNEL({1000;300;120;50;15}) returns {1;0.3;0.4;0.4167;0.3}
 */
export function funnel(counts: any[][], cumulative?: any[][]): any[][] {
  return excel(() => {
    const c = readList("counts", counts, readNumber);
    const rates = funnelRates(c.values, { cumulative: readScalar("cumulative", cumulative, readBoolean, false) });
    if (rates instanceof KpiError) fail(rates, c.shape);
    return spill(reshape(blankAsEmpty(rates), c.shape));
  });
}

/**
 * Works a funnel backwards: how many deals each stage needs to reach a target.
 * @customfunction REVERSEFUNNEL
 * @param target Wins needed, or revenue when dealSize is given.
 * @param rates Step conversion rates from the top stage down, as fractions: n − 1 rates for n stages, such as {0.1;0.35;0.5;0.4}.
 * @param [dealSize] Average deal size; wins needed = target ÷ dealSize, rounded up.
 * @returns The count needed at each stage, top first, rounded up; shaped like rates (one more cell).
 * @example =KPI.REVERSEFUNNEL(14, {0.1;0.35;0.5;0.4}) returns {2000;200;70;35;14}
 */
export function reverseFunnel(target: any[][], rates: any[][], dealSize?: any[][]): any[][] {
  return excel(() => {
    const t = readScalar("target", target, readNumber);
    const r = readList("rates", rates, readNumber);
    const steps = r.values.filter((v): v is number => v !== null);
    const counts = reverseFunnelOf(t, steps, { dealSize: readScalar("dealSize", dealSize, readNumber, null) });
    if (counts instanceof KpiError) fail(counts, r.shape);
    return r.shape.rows === 1 && r.shape.cols > 1 ? [counts] : counts.map((n) => [n]);
  });
}

/**
 * Sales velocity: revenue per day = opportunities × win rate × deal size ÷ cycle days.
 * @customfunction VELOCITY
 * @param opportunities Open opportunities.
 * @param winRate Win rate as a fraction: 0.25 is 25%.
 * @param dealSize Average deal size.
 * @param cycleDays Average sales cycle in days.
 * @returns Revenue per day.
 * @example =KPI.VELOCITY(40, 0.25, 25000, 90) returns 2777.78
 */
export function velocity(opportunities: any[][], winRate: any[][], dealSize: any[][], cycleDays: any[][]): any[][] {
  return excel(() =>
    spill(
      elementwise(
        [
          { name: "opportunities", arg: opportunities, read: readNumber },
          { name: "winRate", arg: winRate, read: readNumber },
          { name: "dealSize", arg: dealSize, read: readNumber },
          { name: "cycleDays", arg: cycleDays, read: readNumber },
        ],
        (o: number, w: number, s: number, c: number) => velocityOf(o, w, s, c),
      ),
    ),
  );
}

/**
 * Weighted pipeline: Σ amount × probability, with probabilities given directly or looked up by stage.
 * @customfunction WEIGHTEDPIPELINE
 * @param amounts Deal amounts.
 * @param probabilities Win probability of each deal as a fraction (0.4 is 40%), or its stage name when stageTable is given.
 * @param [stageTable] Two columns, stage name and probability, such as {"Qualify",0.1;"Propose",0.4}. Names match ignoring case; an unknown stage is #N/A.
 * @returns The probability-weighted pipeline.
 * @example =KPI.WEIGHTEDPIPELINE({80000;45000;30000;60000}, {0.1;0.4;0.6;0.8}) returns 92000
 */
export function weightedPipeline(amounts: any[][], probabilities: any[][], stageTable?: any[][]): any[][] {
  return excel(() => {
    const a = readList("amounts", amounts, readNumber);
    if (stageTable === null || stageTable === undefined) {
      const p = readList("probabilities", probabilities, readNumber);
      const total = weightedPipelineOf(a.values, p.values);
      return [[total instanceof KpiError ? fail(total, a.shape) : total]];
    }
    const stages = readList("probabilities", probabilities, (cell) => readText(cell));
    const table = readTable<[string, number]>("stageTable", stageTable, [
      { title: "stage", read: (cell) => readText(cell) },
      { title: "probability", read: readNumber },
    ]);
    const compiled = compileStageTable(table.map(([stage, probability]) => ({ stage, probability })));
    if (compiled instanceof KpiError) fail(compiled);
    const total = weightedPipelineByStage(a.values, stages.values, compiled);
    if (total instanceof KpiError) {
      // the core calls the stage names "stages"; in Excel they are the probabilities argument
      fail(new KpiError(total.kind, total.message.replace(/^stages:/, "probabilities:")), a.shape);
    }
    return [[total]];
  });
}

/**
 * Pipeline coverage: pipeline ÷ the target still to reach.
 * @customfunction COVERAGE
 * @param pipeline Open pipeline (a cell or a range).
 * @param target The target.
 * @param [achieved] Already achieved (default 0).
 * @returns Coverage as a ratio (3 = 3× the remaining target).
 * @example =KPI.COVERAGE(300000, 150000, 50000) returns 3
 */
export function coverage(pipeline: any[][], target: any[][], achieved?: any[][]): any[][] {
  return excel(() =>
    spill(
      elementwise(
        [
          { name: "pipeline", arg: pipeline, read: readNumber },
          { name: "target", arg: target, read: readNumber },
          { name: "achieved", arg: achieved, read: readNumber, fallback: 0 },
        ],
        (p: number, t: number, a: number | null) => coverageOf(p, t, a ?? 0),
      ),
    ),
  );
}

/**
 * Commission on an amount from a tier table: marginal (each slice at its tier's rate, like tax brackets)
 * or retroactive (the whole amount at the highest tier reached).
 * @customfunction COMMISSION
 * @param amount The sales amount (a cell or a range).
 * @param tiers Two columns, lower bound and rate as a fraction, ascending by bound, such as {0,0.05;100000,0.06}: 5% from 0, 6% from 100,000.
 * @param [method] "marginal" (default, 超额累进) or "retroactive" (全额累进).
 * @returns The commission; amounts below the first bound earn 0.
 * @example =KPI.COMMISSION(180000, {0,0.5;100000,0.6}) returns 98000
 */
export function commission(amount: any[][], tiers: any[][], method?: any[][]): any[][] {
  return excel(() => {
    const table = readTable<[number, number]>("tiers", tiers, [
      { title: "lower bound", read: readNumber },
      { title: "rate", read: readNumber },
    ]);
    const compiled = compileTiers(table.map(([from, rate]) => ({ from, rate })));
    if (compiled instanceof KpiError) fail(compiled);
    const how = readScalar("method", method, readMethod, "marginal" as CommissionMethod);
    return spill(
      elementwise([{ name: "amount", arg: amount, read: readNumber }], (a: number) =>
        commissionFor(a, compiled, { method: how }),
      ),
    );
  });
}

/**
 * Payouts under a guaranteed draw, period by period: what the draw advances is recovered from later
 * periods unless recoverable is FALSE.
 * @customfunction DRAW
 * @param earned Commission earned in each period (a column or a row).
 * @param draw The guaranteed minimum payout per period.
 * @param [recoverable] TRUE (default): what the draw advances is recovered from later periods. FALSE: nothing is carried.
 * @returns The payout of each period, shaped like earned.
 * @example =KPI.DRAW({2000;9000;4000;12000}, 5000) returns {5000;6000;5000;11000}
 */
export function draw(earned: any[][], draw: any[][], recoverable?: any[][]): any[][] {
  return excel(() => {
    const e = readList("earned", earned, readNumber);
    const payouts = drawPayouts(e.values, readScalar("draw", draw, readNumber), {
      recoverable: readScalar("recoverable", recoverable, readBoolean, true),
    });
    if (payouts instanceof KpiError) fail(payouts, e.shape);
    return reshape(blankAsEmpty(payouts), e.shape);
  });
}

/**
 * Pareto (ABC) classes of customers or products by value: the few that make most of the total are A,
 * the next B, the tail C.
 * @customfunction ABC
 * @param values The value of each customer (a column or a row); blanks stay blank.
 * @param [cutoffs] Cumulative-share cutoffs as ascending fractions. Default {0.8,0.95}: A up to 80% of the total, B up to 95%.
 * @param [labels] One label per class (one more than cutoffs). Default {"A","B","C"}.
 * @returns The class of each value, shaped like values.
 * @example =KPI.ABC({500;300;100;60;40}) returns {"A";"A";"B";"B";"C"}
 */
export function abc(values: any[][], cutoffs?: any[][], labels?: any[][]): any[][] {
  return excel(() => {
    const v = readList("values", values, readNumber);
    const options: { cutoffs?: number[]; labels?: (string | number)[] } = {};
    if (toPresent(cutoffs)) options.cutoffs = nonBlank(readList("cutoffs", cutoffs, readNumber).values);
    if (toPresent(labels)) options.labels = nonBlank(readList("labels", labels, (cell) => readLabel(cell)).values);
    const classes = abcClasses(v.values, options);
    if (classes instanceof KpiError) fail(classes, v.shape);
    return reshape(blankAsEmpty(classes), v.shape);
  });
}

function toPresent(arg: unknown): boolean {
  return arg !== null && arg !== undefined;
}

function nonBlank<T>(values: readonly (T | null)[]): T[] {
  return values.filter((v): v is T => v !== null);
}
