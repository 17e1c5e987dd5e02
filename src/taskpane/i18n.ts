import { type Catalogue, type Language, LANGUAGES } from "../i18n/languages";

export { LANGUAGES, type Language } from "../i18n/languages";

/*
 * The pane's shared words, one catalogue per language: its shell, the steps of the flow, the data and
 * its columns, the general plan fields and messages. A review's own words live with its form
 * (src/taskpane/<kind>/labels.ts), its name and help in its definition (src/reviews/<kind>/index.ts).
 * Values with {placeholders} are filled by `format`; keys ending in a dataset, role or capability name
 * (role_amount, effect_charts) are looked up by that name, so adding a role to the plan means adding its
 * label here.
 */
const en = {
  title: "KPI Toolkit",
  startFailed: "KPI Toolkit could not start: {message}",
  intro:
    "KPI Toolkit adds functions to Excel for sales targets and KPIs: score results against targets, split a " +
    "target across a team or the months of a year, read a sales funnel and work out commission. Each function " +
    "takes a single cell or a whole column, and every error says what is wrong and in which row.",
  howTo: "Type =KPI. in any cell to start. Percentages are fractions: 85% is 0.85.",
  example: "Example",
  otherLanguageName: "中文",
  switchLanguage: "Show this pane in Chinese",
  tabBuild: "Review sheets",
  tabFunctions: "Functions",
  tabsLabel: "Parts of KPI Toolkit",
  buildIntro: "Build a review sheet from the data in this workbook. Your data is only read, never changed.",

  messagesLabel: "Messages",
  dismiss: "Dismiss",
  panelFailed: "This part of the pane stopped working: {message}",
  panelStopped: "This part of the pane stopped working.",
  tryAgain: "Try again",
  engineFailed: "The pane could not load its calculations: {message}. Close and reopen the pane.",
  hostUnsupported: "This version of Excel cannot build review sheets: it lacks {sets}. Update Excel or use Excel on the web; the KPI functions still work.",
  hostDegraded: "This version of Excel lacks a few newer features; review sheets are still built, with these differences:",
  capabilityLine: "{set}: {effect}",
  effect_readSources: "the pane cannot read tables or sheets",
  effect_writeSheets: "the pane cannot write review sheets",
  effect_sheetMarkerProperty: "the sheets the add-in makes are marked by a hidden name only",
  effect_frozenPanes: "header rows are not frozen",
  effect_conditionalFormats: "there is no colour highlighting",
  effect_dataValidation: "dropdown lists are left out",
  effect_charts: "charts are left out",
  effect_funnelChart: "a bar chart stands in for the funnel chart",
  effect_multiAreaRanges: "a rule over several areas is added area by area",
  effect_suspendCalculation: "large builds recalculate while they write",
  effect_suspendScreenUpdating: "the screen redraws while large builds write",

  stepOf: "Step {n} of {total}",
  step_builder: "Choose a review",
  step_sources: "Choose the data",
  step_columns: "Check the columns",
  step_plan: "Set the plan",
  step_build: "Preview and build",
  back: "Back",
  next: "Next",
  working: "Working…",

  builderLabel: "Review to build",
  savedPlanHeading: "Saved plan",
  savedPlan: "This workbook keeps the plan of the last build. Rebuild from the same data and plan in one click, replacing the sheets made last time.",
  rebuild: "Rebuild {builder}",
  savedPlanInvalid: "The plan saved in this workbook could not be used, so the pane starts afresh: {message}",

  readingWorkbook: "Reading the workbook…",
  dataset_scores: "KPI results",
  dataset_people: "People",
  dataset_history: "Sales history",
  dataset_deals: "Deals",
  dataset_transactions: "Transactions",
  dataset_paid: "Payouts made",
  dataset_activities: "Activities",
  sourceOptional: "{dataset} (optional)",
  sourceNone: "None",
  sourceSelection: "Current selection ({address})",
  sourceTable: "Table {name} on {sheet} ({rows} rows)",
  sourceSheet: "Sheet {name} ({rows} rows)",
  sourceProposed: "Proposed: its headers match the {dataset} best.",
  sourceNoMatch: "No table or sheet has all the columns of the {dataset}; choose where they are.",
  sourceMissing: "Choose where the {dataset} are.",
  noSources: "This workbook has no tables or sheets with data yet.",
  sourcesBlocked: "Choose the data for every required source before going on.",

  headerRowAt: "Headers in row {row} of {place}.",
  placeSheet: "sheet “{name}”",
  placeTable: "table “{name}”",
  noHeaderRow: "{place} has no row of headers among its first rows.",
  columnsOf: "Columns of the {dataset}",
  columnNotUsed: "Not used",
  columnChoose: "Choose a column",
  columnOption: "{letter}: {header}",
  roleRequired: "Choose the column that holds this.",
  columnTwice: "Column {letter} is chosen more than once.",
  mappingBlocked: "Choose a column for every required field before going on: {list}.",
  role_name: "Name",
  role_kpi: "KPI",
  role_target: "Target",
  role_actual: "Actual",
  role_team: "Team",
  role_lastYear: "Last year",
  role_potential: "Potential",
  role_weight: "Weight",
  role_start: "Start date",
  role_end: "End date",
  role_year: "Year",
  role_month: "Month",
  role_amount: "Amount",
  role_id: "ID",
  role_owner: "Owner",
  role_stage: "Stage",
  role_created: "Created",
  role_stageDate: "In stage since",
  role_closeDate: "Close date",
  role_status: "Status",
  role_probability: "Win probability",
  role_rep: "Rep",
  role_date: "Date",
  role_line: "Product line",
  role_share: "Share",
  role_paid: "Paid",
  role_type: "Activity type",
  role_count: "Count",
  role_customer: "Customer",
  role_deal: "Deal",
  role_outcome: "Outcome",

  planGeneral: "Review sheet",
  planLanguage: "Language of the review sheet",
  planAsOf: "Review date",
  planAsOfHint: "YYYY-MM-DD. Blank: the latest date in the data.",
  planPeriodStart: "Period starts",
  planPeriodEnd: "Period ends",
  planPeriodHint: "YYYY-MM-DD. Blank: the calendar year of the review date.",
  planBlocked: "Correct the fields marked in red before going on.",
  aliases: "Other names in the data",
  aliasesHint: "Separated by commas",

  errNumber: "Enter a number.",
  errWholeNumber: "Enter a whole number.",
  errMin: "Must be {min} or more.",
  errMoreThan: "Must be more than {min}.",
  errMax: "Must be {max} or less.",
  errText: "Enter a name.",
  errAtLeast: "Add at least {min}.",
  errDate: "Write the date as YYYY-MM-DD.",
  errPeriodOrder: "The period starts after it ends.",
  errOther: "Check this value: {message}",

  previewHeading: "First rows of “{sheet}”",
  previewRegion: "Preview of {sheet}, scrolls sideways",
  previewEmpty: "The review sheet has no rows to show.",
  previewMore: "…and {count} more rows on the sheet.",
  summaryHeading: "In numbers",
  sheetsToWrite: "Sheets to write: {sheets}",
  replaceSheets: "Replace the sheets this add-in made before",
  build: "Build",
  cancel: "Cancel",
  buildProgress: "Writing the review sheets",
  buildProgressCount: "{done} of {total} written",
  buildDone: "Wrote {sheets}. The plan is saved in this workbook for the next rebuild.",
  buildDoneUnsaved: "Wrote {sheets}.",
  quoted: "“{text}”",
  listSeparator: ", ",
  buildCancelled: "The build was cancelled; nothing was left behind.",
  buildFailed: "The build failed: {message}",
  planNotSaved: "The sheets were written, but {message}",
  readFailed: "The data could not be read:",
  readMore: "…and {count} more problems",
  reviewFailed: "The review could not be computed: {message}",
  hostFailed: "Excel reported a problem: {message}",
  buildWarnings: "Left out while building:",
};

/** A key of the catalogue. */
export type MessageKey = keyof typeof en;
/** The words of the pane in one language. */
export type Messages = Readonly<Record<MessageKey, string>>;

const zhCN: Messages = {
  title: "KPI 工具包",
  startFailed: "KPI 工具包无法启动：{message}",
  intro:
    "KPI 工具包为 Excel 添加了用于销售目标和 KPI 的函数：对照目标为结果打分，把目标分解到团队成员或各个月份，" +
    "分析销售漏斗，计算提成。每个函数既可用于单个单元格，也可用于整列；每个错误都会说明原因和所在行。",
  howTo: "在任意单元格中输入 =KPI. 即可开始。百分比以小数表示：85% 即 0.85。",
  example: "示例",
  otherLanguageName: "English",
  switchLanguage: "以英文显示此窗格",
  tabBuild: "分析表",
  tabFunctions: "函数",
  tabsLabel: "KPI 工具包的功能",
  buildIntro: "用本工作簿中的数据生成分析表。您的数据只会被读取，绝不会被修改。",

  messagesLabel: "消息",
  dismiss: "关闭",
  panelFailed: "窗格的这一部分出错停止了：{message}",
  panelStopped: "窗格的这一部分出错停止了。",
  tryAgain: "重试",
  engineFailed: "窗格无法加载计算模块：{message}。请关闭后重新打开窗格。",
  hostUnsupported: "此版本的 Excel 无法生成分析表：缺少 {sets}。请更新 Excel 或使用网页版 Excel；KPI 函数仍可使用。",
  hostDegraded: "此版本的 Excel 缺少部分较新的功能；分析表仍可生成，但有以下不同：",
  capabilityLine: "{set}：{effect}",
  effect_readSources: "窗格无法读取表格或工作表",
  effect_writeSheets: "窗格无法写入分析表",
  effect_sheetMarkerProperty: "加载项生成的工作表只能用隐藏名称标记",
  effect_frozenPanes: "表头行不会冻结",
  effect_conditionalFormats: "不会有颜色突出显示",
  effect_dataValidation: "不会生成下拉列表",
  effect_charts: "不会生成图表",
  effect_funnelChart: "用条形图代替漏斗图",
  effect_multiAreaRanges: "跨多个区域的规则会逐个区域添加",
  effect_suspendCalculation: "写入大量数据时会同时重算",
  effect_suspendScreenUpdating: "写入大量数据时屏幕会同时刷新",

  stepOf: "第 {n} 步，共 {total} 步",
  step_builder: "选择分析表",
  step_sources: "选择数据",
  step_columns: "核对列",
  step_plan: "设置方案",
  step_build: "预览并生成",
  back: "上一步",
  next: "下一步",
  working: "正在处理…",

  builderLabel: "要生成的分析表",
  savedPlanHeading: "已保存的方案",
  savedPlan: "本工作簿保存了上次生成时的方案。一键即可用相同的数据和方案重新生成，并替换上次生成的工作表。",
  rebuild: "重新生成{builder}",
  savedPlanInvalid: "本工作簿中保存的方案无法使用，窗格将从头开始：{message}",

  readingWorkbook: "正在读取工作簿…",
  dataset_scores: "考核结果",
  dataset_people: "人员",
  dataset_history: "历史销售",
  dataset_deals: "商机",
  dataset_transactions: "交易明细",
  dataset_paid: "已发放提成",
  dataset_activities: "销售活动",
  sourceOptional: "{dataset}（可选）",
  sourceNone: "无",
  sourceSelection: "当前选定区域（{address}）",
  sourceTable: "表格 {name}，位于 {sheet}（{rows} 行）",
  sourceSheet: "工作表 {name}（{rows} 行）",
  sourceProposed: "建议：它的表头与{dataset}最吻合。",
  sourceNoMatch: "没有哪个表格或工作表包含{dataset}的全部列，请选择数据所在位置。",
  sourceMissing: "请选择{dataset}所在位置。",
  noSources: "本工作簿中还没有含数据的表格或工作表。",
  sourcesBlocked: "请先为每个必需的数据选择来源，再继续。",

  headerRowAt: "表头位于{place}的第 {row} 行。",
  placeSheet: "工作表“{name}”",
  placeTable: "表格“{name}”",
  noHeaderRow: "{place}的前若干行中没有表头行。",
  columnsOf: "{dataset}的列",
  columnNotUsed: "不使用",
  columnChoose: "请选择列",
  columnOption: "{letter}：{header}",
  roleRequired: "请选择包含此项的列。",
  columnTwice: "{letter} 列被选用了不止一次。",
  mappingBlocked: "请先为每个必需项选择列，再继续：{list}。",
  role_name: "姓名",
  role_kpi: "指标",
  role_target: "目标",
  role_actual: "实际",
  role_team: "团队",
  role_lastYear: "上年实际",
  role_potential: "潜力",
  role_weight: "权重",
  role_start: "入职日期",
  role_end: "离职日期",
  role_year: "年份",
  role_month: "月份",
  role_amount: "金额",
  role_id: "编号",
  role_owner: "负责人",
  role_stage: "阶段",
  role_created: "创建日期",
  role_stageDate: "进入阶段日期",
  role_closeDate: "关闭日期",
  role_status: "状态",
  role_probability: "赢率",
  role_rep: "销售员",
  role_date: "日期",
  role_line: "产品线",
  role_share: "分成比例",
  role_paid: "已发放",
  role_type: "活动类型",
  role_count: "次数",
  role_customer: "客户",
  role_deal: "商机",
  role_outcome: "结果",

  planGeneral: "分析表",
  planLanguage: "分析表的语言",
  planAsOf: "分析日期",
  planAsOfHint: "格式为 YYYY-MM-DD。留空：取数据中最晚的日期。",
  planPeriodStart: "考核期开始",
  planPeriodEnd: "考核期结束",
  planPeriodHint: "格式为 YYYY-MM-DD。留空：分析日期所在的自然年。",
  planBlocked: "请先更正标红的字段，再继续。",
  aliases: "数据中的其他名称",
  aliasesHint: "用逗号分隔",

  errNumber: "请输入数字。",
  errWholeNumber: "请输入整数。",
  errMin: "不能小于 {min}。",
  errMoreThan: "必须大于 {min}。",
  errMax: "不能大于 {max}。",
  errText: "请输入名称。",
  errAtLeast: "至少需要 {min} 项。",
  errDate: "日期请写成 YYYY-MM-DD。",
  errPeriodOrder: "考核期的开始晚于结束。",
  errOther: "请检查此值：{message}",

  previewHeading: "“{sheet}”的前几行",
  previewRegion: "{sheet}的预览，可横向滚动",
  previewEmpty: "分析表中没有可显示的行。",
  previewMore: "……表中另有 {count} 行。",
  summaryHeading: "主要数字",
  sheetsToWrite: "将写入的工作表：{sheets}",
  replaceSheets: "替换本加载项之前生成的工作表",
  build: "生成",
  cancel: "取消",
  buildProgress: "正在写入分析表",
  buildProgressCount: "已写入 {done} / {total}",
  buildDone: "已写入 {sheets}。方案已保存在本工作簿中，下次可一键重新生成。",
  buildDoneUnsaved: "已写入 {sheets}。",
  quoted: "“{text}”",
  listSeparator: "、",
  buildCancelled: "已取消生成，未留下任何内容。",
  buildFailed: "生成失败：{message}",
  planNotSaved: "工作表已写入，但{message}",
  readFailed: "无法读取数据：",
  readMore: "……另有 {count} 个问题",
  reviewFailed: "无法计算分析表：{message}",
  hostFailed: "Excel 报告了一个问题：{message}",
  buildWarnings: "生成时略过的内容：",
};

export const MESSAGES: Catalogue<Messages> = { en, "zh-CN": zhCN };

/**
 * Each language's name, in every language of the pane: the choices of the review sheets' language. A
 * language added to LANGUAGES does not compile until it has a name here, and a name in it.
 */
export const LANGUAGE_NAMES: Catalogue<Catalogue<string>> = {
  en: { en: "English", "zh-CN": "Simplified Chinese" },
  "zh-CN": { en: "英文", "zh-CN": "简体中文" },
};

/**
 * The same text made in every language, from a catalogue: a message whose words belong to one review,
 * carried until the pane knows which language to show it in.
 *
 * @example
 * inEveryLanguage(MESSAGES, (t) => t.build) // => { en: "Build", "zh-CN": "生成" }
 */
export function inEveryLanguage<T, R>(catalogue: Catalogue<T>, make: (words: T) => R): Catalogue<R> {
  return Object.fromEntries(LANGUAGES.map((language) => [language, make(catalogue[language])])) as Catalogue<R>;
}

/**
 * Fills the {placeholders} of a catalogue text; a placeholder without a value stays as written, so a
 * missing value shows rather than vanishes.
 *
 * @example
 * format("Step {n} of {total}", { n: 2, total: 5 }) // => "Step 2 of 5"
 */
export function format(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * Chooses the pane's language from the first known language tag, e.g. Office's display language and
 * then the browser's: any Chinese tag gives zh-CN (the only Chinese catalogue), anything else English.
 */
export function pickLanguage(...tags: readonly (string | null | undefined)[]): Language {
  const tag = tags.find((candidate): candidate is string => typeof candidate === "string" && candidate.trim() !== "");
  return tag !== undefined && /^zh\b/i.test(tag.trim()) ? "zh-CN" : "en";
}
