import { pick } from "../../i18n/languages";
import { paidSheet, peopleSheet, transactionsSheet } from "../../sheets/dataCopies";
import type { Build } from "../../sheets/spec";
import type { BuildContext } from "../context";
import { COMMISSION_LABELS, type CommissionLabels } from "./labels";
import { commissionSheet } from "./layout";
import { commissionModel, type CommissionData, type CommissionModel } from "./model";

/**
 * The commission statement and its reconciliation: per rep, sales per product line (from the
 * transactions copy), the tiered commission on each line, accelerator, cap and draw, the total due, and
 * (with a paid table) what was paid against it. Every number is a live formula over the data copies and
 * the settings block on the sheet; each caches the value the core computes.
 */

/** A money amount for summary lines: 1,234.50. */
function money(value: number): string {
  return value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** The summary lines: reps, sales and due, and with paid data what was paid and how many mismatch. */
function summaryOf(t: CommissionLabels, model: CommissionModel, withPaid: boolean): string[] {
  const reps = model.reps;
  const total = (amount: (rep: (typeof reps)[number]) => number): number => reps.reduce((s, r) => s + amount(r), 0);
  const summary = [t.summaryReps(reps.length), t.summarySales(money(total((r) => r.totalSales))), t.summaryDue(money(total((r) => r.due)))];
  if (withPaid) {
    summary.push(t.summaryPaid(money(total((r) => r.paid))));
    summary.push(t.summaryMismatches(reps.filter((r) => r.status !== "ok").length));
    if (model.periods !== null && model.periodsPaid) summary.push(t.summaryPeriodMismatches(model.periods.filter((p) => p.status !== "ok").length));
  }
  return summary;
}

/**
 * Builds the commission statement and reconciliation sheet, with the data copies its formulas read.
 *
 * @param ctx - the plan (ctx.plan.commission: method, tiers per product line, accelerator, cap, draw,
 *   tolerance), the language and the period; only transactions dated within the period count.
 * @param data.transactions - the sales credited to reps (split deals carry each rep's share)
 * @param data.people - optional: each rep's quota (target) for the attainment and the accelerator
 * @param data.paid - optional: what each rep was paid, to reconcile against what is due
 * @returns the data copy sheets, then the "Commission" review sheet; summary lines and warnings
 *
 * @example
 * buildCommission(ctx, { transactions }).sheets.map((s) => s.name)
 * // => ["Data - Transactions", "Commission"]
 */
export function buildCommission(ctx: BuildContext, data: CommissionData): Build {
  const t = pick(ctx.language, COMMISSION_LABELS);
  const tx = transactionsSheet(data.transactions.records, ctx.language);
  const people = data.people ? peopleSheet(data.people.records, ctx.language) : undefined;
  const paid = data.paid ? paidSheet(data.paid.records, ctx.language) : undefined;

  const model = commissionModel(ctx, data, t);
  const review = commissionSheet(ctx, t, model, { tx, ...(people ? { people } : {}), ...(paid ? { paid } : {}) });
  const sheets = [tx.spec, ...(people ? [people.spec] : []), ...(paid ? [paid.spec] : []), review];
  return { sheets, summary: summaryOf(t, model, paid !== undefined), warnings: model.warnings };
}
