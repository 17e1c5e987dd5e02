export { activitiesPerDeal } from "./perDeal";
export { quotaToDate, WORKING_DAYS_PER_WEEK } from "./quotaToDate";
export { shortfalls } from "./shortfalls";
export { streaks } from "./streaks";
export { weekStart, workingDayList } from "./workingDayList";
export { daysInRole } from "./daysInRole";
