import { isKpiError, naError, numError, show, valueError, type KpiError, type Result } from "../errors";

/** One row of a stage table: a pipeline stage and the chance that a deal in it is won. */
export type StageProbability = { stage: string; probability: number };

/**
 * A stage table checked once and indexed for lookups; build it with `compileStageTable` and reuse it
 * across many calls of `weightedPipelineByStage`.
 */
export type CompiledStageTable = {
  readonly kind: "CompiledStageTable";
  /** Probability by stage name, keyed both as written (trimmed) and trimmed + lower-cased. */
  readonly probabilities: ReadonlyMap<string, number>;
};

function stageKey(stage: string): string {
  return stage.trim().toLowerCase();
}

function probabilityProblem(argument: string, row: number, probability: number): KpiError | null {
  if (probability >= 0 && probability <= 1) return null;
  const hint =
    probability > 1 && probability <= 100
      ? `write ${show(probability)}% or ${show(probability / 100)}`
      : "write 40% or 0.4";
  return numError(`${argument}: row ${row} is ${show(probability)}, outside 0 to 1 (${hint})`);
}

/**
 * Weighted pipeline: the expected revenue of open deals, Σ amount × probability.
 *
 * Rows whose amount is blank are skipped (blank rows in an oversized range).
 *
 * @param amounts - each deal's value, in currency; `null` for a blank row (skipped).
 * @param probabilities - each deal's chance of being won, as a fraction (40% = 0.4), 0 to 1; same
 *   length as `amounts`; blank only where the amount is blank too.
 * @returns the weighted total in the currency of `amounts` (0 when every row is blank); `#VALUE!` when
 *   the lengths differ or a deal has no probability, `#NUM!` naming a probability outside 0 to 1.
 *
 * @example
 * weightedPipeline([80000, 45000, 30000, 60000], [0.1, 0.4, 0.6, 0.8])
 * // => 92000
 */
export function weightedPipeline(
  amounts: readonly (number | null)[],
  probabilities: readonly (number | null)[],
): Result<number> {
  const n = amounts.length;
  if (probabilities.length !== n) {
    return valueError(`probabilities: has ${probabilities.length} rows but amounts has ${n}; give one probability per deal`);
  }
  let total = 0;
  for (let i = 0; i < n; i++) {
    const amount = amounts[i];
    if (amount === null) continue;
    const probability = probabilities[i];
    if (probability === null) {
      return valueError(`probabilities: row ${i + 1} is blank but amounts has ${show(amount)}`);
    }
    const problem = probabilityProblem("probabilities", i + 1, probability);
    if (problem) return problem;
    total += amount * probability;
  }
  if (!Number.isFinite(total)) return numError("amounts: the weighted total is too large to compute");
  return total;
}

/**
 * Checks a stage table once (names, duplicates, probabilities) and indexes it for lookups.
 *
 * @param table - one row per stage: its name (matched trimmed and case-insensitively, like MATCH) and
 *   the chance a deal in that stage is won, as a fraction (40% = 0.4), 0 to 1.
 * @returns the compiled table; `#VALUE!` naming an empty table, a blank or repeated stage name,
 *   `#NUM!` naming a probability outside 0 to 1.
 *
 * @example
 * const table = compileStageTable([{ stage: "Qualify", probability: 0.1 }, { stage: "Won", probability: 1 }]);
 * if (!isKpiError(table)) weightedPipelineByStage([80000, 20000], ["qualify", "Won"], table);
 * // => 28000
 * compileStageTable([{ stage: "Won", probability: 1 }, { stage: "won ", probability: 0.9 }])
 * // => KpiError #VALUE! "stageTable: row 2 repeats stage "won" (already in row 1)"
 */
export function compileStageTable(table: readonly StageProbability[]): Result<CompiledStageTable> {
  if (table.length === 0) return valueError("stageTable: is empty; list at least one stage and its probability");
  const probabilities = new Map<string, number>();
  const firstRow = new Map<string, number>();
  for (let i = 0; i < table.length; i++) {
    const { stage, probability } = table[i];
    const written = stage.trim();
    if (written === "") return valueError(`stageTable: row ${i + 1} has no stage name`);
    const key = written.toLowerCase();
    const earlier = firstRow.get(key);
    if (earlier !== undefined) {
      return valueError(`stageTable: row ${i + 1} repeats stage "${written}" (already in row ${earlier})`);
    }
    const problem = probabilityProblem("stageTable", i + 1, probability);
    if (problem) return problem;
    firstRow.set(key, i + 1);
    probabilities.set(key, probability);
    probabilities.set(written, probability);
  }
  return { kind: "CompiledStageTable", probabilities };
}

/**
 * Weighted pipeline with each deal's probability looked up from its stage: Σ amount × probability(stage).
 *
 * Stage names match trimmed and case-insensitively, like MATCH. Rows whose amount is blank are skipped.
 *
 * @param amounts - each deal's value, in currency; `null` for a blank row (skipped).
 * @param stages - each deal's stage name; same length as `amounts`; blank only where the amount is blank.
 * @param stageTable - the stage probabilities (fractions, 0 to 1), as rows or compiled once with
 *   `compileStageTable`.
 * @returns the weighted total in the currency of `amounts`; `#N/A` naming an unknown stage and its row,
 *   `#VALUE!` for different lengths or a deal without a stage, or the table's own error.
 *
 * @example
 * weightedPipelineByStage([80000, 45000], ["Qualify", "proposal "], [
 *   { stage: "Qualify", probability: 0.1 },
 *   { stage: "Proposal", probability: 0.4 },
 * ])
 * // => 26000
 */
export function weightedPipelineByStage(
  amounts: readonly (number | null)[],
  stages: readonly (string | null)[],
  stageTable: readonly StageProbability[] | CompiledStageTable,
): Result<number> {
  const compiled = isCompiledStageTable(stageTable) ? stageTable : compileStageTable(stageTable);
  if (isKpiError(compiled)) return compiled;
  const n = amounts.length;
  if (stages.length !== n) {
    return valueError(`stages: has ${stages.length} rows but amounts has ${n}; give one stage per deal`);
  }
  const probabilities = compiled.probabilities;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const amount = amounts[i];
    if (amount === null) continue;
    const stage = stages[i];
    if (stage === null) return valueError(`stages: row ${i + 1} is blank but amounts has ${show(amount)}`);
    let probability = probabilities.get(stage);
    if (probability === undefined) {
      const key = stageKey(stage);
      if (key === "") return valueError(`stages: row ${i + 1} is blank but amounts has ${show(amount)}`);
      probability = probabilities.get(key);
      if (probability === undefined) {
        return naError(`stages: row ${i + 1} has stage "${stage.trim()}", which is not in stageTable`);
      }
    }
    total += amount * probability;
  }
  if (!Number.isFinite(total)) return numError("amounts: the weighted total is too large to compute");
  return total;
}

function isCompiledStageTable(
  table: readonly StageProbability[] | CompiledStageTable,
): table is CompiledStageTable {
  return !Array.isArray(table);
}

/** An open deal for `weightedPipelineByDeal`: its amount, its own win probability (null when blank) and its stage. */
export type ProbableDeal = { amount: number; probability: number | null; stage: number };

/**
 * Weighted pipeline with each deal's own probability where it has one, else its stage's:
 * Σ amount × own probability over the deals that have one, plus, stage by stage, the stage's probability
 * × the amounts of the deals without one (the order in which the sheet's formulas add them up).
 *
 * @param deals - the open deals: amount, own probability as a fraction (0 to 1) or null, stage index
 * @param stageProbabilities - each stage's probability (0 to 1), by stage index
 * @returns the weighted total in the currency of the amounts; `#NUM!` naming a probability outside
 *   0 to 1, `#VALUE!` naming a deal whose stage is not in `stageProbabilities`.
 *
 * @example
 * weightedPipelineByDeal(
 *   [{ amount: 10000, probability: 0.9, stage: 0 }, { amount: 20000, probability: null, stage: 0 }, { amount: 5000, probability: null, stage: 1 }],
 *   [0.1, 0.5],
 * )
 * // => 9000 + 2000 + 2500 = 13500
 */
export function weightedPipelineByDeal(deals: readonly ProbableDeal[], stageProbabilities: readonly number[]): Result<number> {
  for (let s = 0; s < stageProbabilities.length; s++) {
    const problem = probabilityProblem("stageProbabilities", s + 1, stageProbabilities[s]);
    if (problem) return problem;
  }
  let own = 0;
  const blankByStage = stageProbabilities.map(() => 0);
  for (let i = 0; i < deals.length; i++) {
    const { amount, probability, stage } = deals[i];
    if (!Number.isInteger(stage) || stage < 0 || stage >= stageProbabilities.length) {
      return valueError(`deals: row ${i + 1} has stage ${show(stage)}, which is not in stageProbabilities`);
    }
    if (probability === null) {
      blankByStage[stage] += amount;
      continue;
    }
    const problem = probabilityProblem("deals", i + 1, probability);
    if (problem) return problem;
    own += amount * probability;
  }
  let total = own;
  for (let s = 0; s < stageProbabilities.length; s++) total += stageProbabilities[s] * blankByStage[s];
  if (!Number.isFinite(total)) return numError("amounts: the weighted total is too large to compute");
  return total;
}
