export { splitTotal, type SplitTotalOptions } from "./splitTotal";
export { seasonalSplit, type SeasonalSplitOptions } from "./seasonalSplit";
export { rampTarget, rampTargetCompiled, compileRampSchedule, type RampSchedule } from "./rampTarget";
export { prorate } from "./prorate";
export { seasonalShares, type SeasonalSharesOptions } from "./seasonalShares";
export { yearShares, type YearShares } from "./yearShares";
export { splitWorking, type SplitWorking } from "./splitWorking";
