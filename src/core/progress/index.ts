export { behindPace } from "./behindPace";
export { countDays, type DayCount } from "./countDays";
export { neededPerDay } from "./neededPerDay";
export { paceGap } from "./paceGap";
export { runRateForecast } from "./runRateForecast";
export { timeElapsed } from "./timeElapsed";
export { growth } from "./growth";
export { shiftMonths } from "./shiftMonths";
export { windowTarget, type PlanMonth } from "./windowTarget";
