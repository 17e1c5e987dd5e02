export {
  commissionFor,
  compileTiers,
  type CommissionMethod,
  type CompiledTiers,
  type Tier,
} from "./commissionFor";
export { drawPayouts } from "./drawPayouts";
