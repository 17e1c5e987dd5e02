import type { CommissionMethod } from "../../core/commission";
import { fx, join, text, type Formula } from "../../excel/formula";

/**
 * The statement's formulas, one per kind of cell, given the references they read. Each recomputes on
 * the sheet what a core function computed for the cached value (named below), so a person who changes
 * an input cell sees the same rule applied.
 *
 * In the examples, `settings` is a settings block on $B$25:$B$31 (start, end, above, multiplier, cap,
 * draw, tolerance) and `tiers` a tier table on rows 36-37, as on the demo statement.
 */

/** The tier table of one product line, as absolute column ranges of its settings block. */
export interface TierCells {
  /** Each tier's lower bound. */
  from: Formula;
  /** Each tier's rate. */
  rate: Formula;
  /** Each tier's rate less the rate of the tier below. */
  step: Formula;
}

/** The settings cells the statement's formulas read. */
export interface SettingCells {
  start: Formula;
  end: Formula;
  above: Formula;
  multiplier: Formula;
  cap: Formula;
  draw: Formula;
  tolerance: Formula;
}

/** The copy's columns a rep's line sales read (only that rep's block of rows). */
export interface SalesColumns {
  credited: Formula;
  rep: Formula;
  line: Formula;
  date: Formula;
}

/**
 * A rep's quota: the targets of the people rows naming them, added up; blank when none has a target.
 *
 * @example
 * quotaFormula(a1("A:A"), a1("C:C"), a1("$A9"))
 * // => 'IF(COUNTIFS(A:A,$A9,C:C,"<>")=0,"",SUMIFS(C:C,A:A,$A9))'
 */
export function quotaFormula(names: Formula, targets: Formula, rep: Formula): Formula {
  return fx`IF(COUNTIFS(${names},${rep},${targets},"<>")=0,"",SUMIFS(${targets},${names},${rep}))`;
}

/**
 * A rep's credited sales on one product line within the period.
 *
 * @example
 * salesFormula({ credited: a1("G:G"), rep: a1("B:B"), line: a1("D:D"), date: a1("C:C") }, a1("$A9"), a1("C$7"), settings)
 * // => 'SUMIFS(G:G,B:B,$A9,D:D,C$7,C:C,">="&$B$25,C:C,"<="&$B$26)'
 */
export function salesFormula(columns: SalesColumns, rep: Formula, line: Formula, settings: SettingCells): Formula {
  const { credited, date } = columns;
  return fx`SUMIFS(${credited},${columns.rep},${rep},${columns.line},${line},${date},">="&${settings.start},${date},"<="&${settings.end})`;
}

/**
 * The commission on a line's sales under its tiers (the core's `commissionFor`): marginal as a
 * SUMPRODUCT over the rate steps, retroactive as the rate of the highest tier reached.
 *
 * @example
 * commissionFormula(ref(8, 2), tiers, "retroactive") // => "C9*IFERROR(LOOKUP(C9,$B$36:$B$37,$C$36:$C$37),0)"
 */
export function commissionFormula(sales: Formula, tiers: TierCells, method: CommissionMethod): Formula {
  return cents(
    method === "marginal"
      ? fx`SUMPRODUCT((${sales}>${tiers.from})*(${sales}-${tiers.from})*${tiers.step})`
      : fx`${sales}*IFERROR(LOOKUP(${sales},${tiers.from},${tiers.rate}),0)`,
  );
}

/**
 * The cells added up; 0 when there are none.
 *
 * @example
 * sumFormula([ref(8, 2), ref(8, 4)]) // => "C9+E9"
 */
/**
 * Money owed to people is rounded to the cent where it is computed, so a tolerance of 0 compares cents,
 * not float noise, and every engine shows the same amount the statement cached.
 *
 * @example
 * cents(fx`A1-B1`) // => "ROUND(A1-B1,2)"
 */
export function cents(amount: Formula): Formula {
  return fx`ROUND(${amount},${MONEY_DECIMALS})`;
}

/** Money is held to this many decimals (cents). */
export const MONEY_DECIMALS = 2;

/** A sum of money cells, to the cent. */
export function moneySumFormula(cells: readonly Formula[]): Formula {
  return cents(join(cells, "+", 0));
}

export function sumFormula(cells: readonly Formula[]): Formula {
  return join(cells, "+", 0);
}

/**
 * Attainment: sales over quota, blank without a quota.
 *
 * @example
 * attainmentFormula(ref(8, 8), ref(8, 1)) // => 'IF(N(B9)=0,"",I9/B9)'
 */
export function attainmentFormula(sales: Formula, quota: Formula): Formula {
  return fx`IF(N(${quota})=0,"",${sales}/${quota})`;
}

/**
 * The accelerator on the share of sales above the threshold (the core's `acceleratorFor`).
 *
 * @example
 * acceleratorFormula({ base: ref(8, 10), sales: ref(8, 8), quota: ref(8, 1) }, settings)
 * // => 'IF(B9="",0,IF(AND($B$28>1,I9>$B$27*B9,I9>0),($B$28-1)*K9*(I9-$B$27*B9)/I9,0))'
 */
export function acceleratorFormula(cells: { base: Formula; sales: Formula; quota: Formula }, settings: SettingCells): Formula {
  const { base, sales, quota } = cells;
  const { above, multiplier } = settings;
  return cents(fx`IF(${quota}="",0,IF(AND(${multiplier}>1,${sales}>${above}*${quota},${sales}>0),(${multiplier}-1)*${base}*(${sales}-${above}*${quota})/${sales},0))`);
}

/**
 * Base plus accelerator held to the cap, no cap when its cell is blank (the core's `payoutFor`).
 *
 * @example
 * cappedFormula(ref(8, 10), ref(8, 11), settings) // => 'IF($B$29="",K9+L9,MIN($B$29,K9+L9))'
 */
export function cappedFormula(base: Formula, accelerator: Formula, settings: SettingCells): Formula {
  const earned = fx`${base}+${accelerator}`;
  return cents(fx`IF(${settings.cap}="",${earned},MIN(${settings.cap},${earned}))`);
}

/**
 * What the draw adds to the capped amount (the core's `payoutFor`).
 *
 * @example
 * topUpFormula(ref(8, 12), settings) // => "MAX(0,$B$30-M9)"
 */
export function topUpFormula(capped: Formula, settings: SettingCells): Formula {
  return cents(fx`MAX(0,${settings.draw}-${capped})`);
}

/**
 * What is due: the capped amount plus the draw's top-up (the core's `payoutFor`).
 *
 * @example
 * dueFormula(ref(8, 12), ref(8, 13)) // => "M9+N9"
 */
export function dueFormula(capped: Formula, topUp: Formula): Formula {
  return cents(fx`${capped}+${topUp}`);
}

/**
 * What a rep was paid: the paid rows naming them, added up.
 *
 * @example
 * paidFormula(a1("A:A"), a1("B:B"), a1("$A9")) // => "SUMIFS(B:B,A:A,$A9)"
 */
export function paidFormula(reps: Formula, paid: Formula, rep: Formula): Formula {
  return fx`SUMIFS(${paid},${reps},${rep})`;
}

/**
 * What a rep was paid for the days from `start` to `end`: the paid rows naming them whose period falls
 * between the two.
 *
 * @example
 * paidBetweenFormula({ reps: a1("A:A"), paid: a1("B:B"), period: a1("C:C") }, a1("$A9"), a1("$B$25"), a1("$B$26"))
 * // => 'SUMIFS(B:B,A:A,$A9,C:C,">="&$B$25,C:C,"<="&$B$26)'
 */
export function paidBetweenFormula(columns: { reps: Formula; paid: Formula; period: Formula }, rep: Formula, start: Formula, end: Formula): Formula {
  return fx`SUMIFS(${columns.paid},${columns.reps},${rep},${columns.period},">="&${start},${columns.period},"<="&${end})`;
}

/**
 * Paid less due (the core's `reconcile`).
 *
 * @example
 * differenceFormula(ref(8, 15), ref(8, 14)) // => "P9-O9"
 */
export function differenceFormula(paid: Formula, due: Formula): Formula {
  return cents(fx`${paid}-${due}`);
}

/** The words the status formula writes for each payment status. */
export interface StatusWords {
  ok: string;
  underpaid: string;
  overpaid: string;
}

/**
 * The payment status from the difference (the core's `reconcile`): OK within the tolerance, else
 * underpaid or overpaid.
 *
 * @example
 * statusFormula(ref(8, 16), settings, { ok: "OK", underpaid: "Underpaid", overpaid: "Overpaid" })
 * // => 'IF(ABS(Q9)<=$B$31,"OK",IF(Q9<0,"Underpaid","Overpaid"))'
 */
export function statusFormula(difference: Formula, settings: SettingCells, words: StatusWords): Formula {
  return fx`IF(ABS(${difference})<=${settings.tolerance},${text(words.ok)},IF(${difference}<0,${text(words.underpaid)},${text(words.overpaid)}))`;
}
