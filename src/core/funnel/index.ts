export { funnelRates } from "./funnelRates";
export { reverseFunnel } from "./reverseFunnel";
export { velocity } from "./velocity";
export {
  compileStageTable,
  weightedPipeline,
  weightedPipelineByStage,
  type CompiledStageTable,
  type StageProbability,
} from "./weightedPipeline";
export { coverage } from "./coverage";
