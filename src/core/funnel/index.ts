export { funnelRates } from "./funnelRates";
export { reverseFunnel } from "./reverseFunnel";
export { velocity } from "./velocity";
export {
  compileStageTable,
  weightedPipeline,
  weightedPipelineByStage,
  weightedPipelineByDeal,
  type ProbableDeal,
  type CompiledStageTable,
  type StageProbability,
} from "./weightedPipeline";
export { coverage } from "./coverage";
export { funnelCounts, type CountedDeal, type DealStatus, type FunnelCounts } from "./funnelCounts";
export { teamCounts } from "./teamCounts";
export { dealsReached } from "./dealsReached";
export { weakestStage } from "./weakestStage";
export { winRate } from "./winRate";
export { averageCycleDays, type DatedDeal } from "./averageCycleDays";
export { daysInStage } from "./daysInStage";
export { daysOverLimit } from "./daysOverLimit";
export { stuckDeals, type StageStay, type StuckDeal } from "./stuckDeals";
