import type { RowBlock } from "../../sheets/dataSheet";
import type { DealsCopy, transactionsSheet } from "../../sheets/dataCopies";
import { fx, type Formula } from "../../excel/formula";

/**
 * The sales the sheet's actuals add up, in a data copy grouped by person: the transactions' credited
 * amounts by date, or the won deals' amounts by close date (plan: progress.actuals).
 */
export interface SalesCopy {
  blockOf: (group: string) => RowBlock | null;
  /** SUMIFS of the sales of `name` (everyone's when null) dated `from` to `to`, within a person's block when given. */
  sum: (block: RowBlock | null, name: Formula | null, from: Formula, to: Formula) => Formula;
  /** The whole column of dates: the data's first day is its MIN. */
  dates: Formula;
}

/** The transactions as sales: each row's credited amount (amount × share) on its date. */
export function transactionSales(tx: ReturnType<typeof transactionsSheet>): SalesCopy {
  return {
    blockOf: (group) => tx.blockOf(group),
    sum: (block, name, from, to) => {
      const column = (role: "credited" | "rep" | "date"): Formula => (block === null ? tx.column(role) : tx.column(role, block));
      const date = column("date");
      const who = name === null ? fx`` : fx`,${column("rep")},${name}`;
      return fx`SUMIFS(${column("credited")}${who},${date},">="&${from},${date},"<="&${to})`;
    },
    dates: tx.column("date"),
  };
}

/** A CRM export's won deals as sales: each won deal's amount on its close date. */
export function wonDealSales(deals: DealsCopy): SalesCopy {
  return {
    blockOf: (group) => deals.blockOf(group),
    sum: (block, name, from, to) => {
      const column = (role: "amount" | "owner" | "status" | "closeDate"): Formula => (block === null ? deals.column(role) : deals.column(role, block));
      const close = column("closeDate");
      const who = name === null ? fx`` : fx`,${column("owner")},${name}`;
      return fx`SUMIFS(${column("amount")}${who},${column("status")},${deals.status("won")},${close},">="&${from},${close},"<="&${to})`;
    },
    dates: deals.column("closeDate"),
  };
}
