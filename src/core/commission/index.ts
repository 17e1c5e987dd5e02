export { acceleratorFor, type Accelerator } from "./acceleratorFor";
export {
  commissionFor,
  compileTiers,
  type CommissionMethod,
  type CompiledTiers,
  type Tier,
} from "./commissionFor";
export { drawPayouts } from "./drawPayouts";
export { payoutFor, type Payout } from "./payoutFor";
export { reconcile, type PaymentStatus, type Reconciliation } from "./reconcile";
export { payPeriods, type PayPeriod, type PayPeriodLength } from "./payPeriods";
export { periodDues } from "./periodDues";
export { periodDraws, type PeriodDraw } from "./periodDraws";
