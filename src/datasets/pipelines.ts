import type { Catalogue } from "../i18n/languages";
import { DEFAULT_STAGES } from "./columns";
import { labelKey } from "./keys";
import type { StageDefinition } from "./records";

/**
 * The sales pipelines people already have: each CRM's default deal stages, in order, with the stage
 * that means won last and the words that mean lost (or a deal to leave out) after it. When the plan
 * names no stages, the reader picks the one whose stages cover the most of the deals (`choosePipeline`).
 *
 * Stage names and default probabilities as the vendors document them:
 * - HubSpot, the default "Sales Pipeline": Appointment scheduled 20%, Qualified to buy 40%, Presentation
 *   scheduled 60%, Decision maker bought-in 80%, Contract sent 90%, Closed won 100%, Closed lost 0%
 *   (exports write the label; the API writes the internal value such as `appointmentscheduled`).
 * - Salesforce, the standard Opportunity Stage picklist with its default Probability (%).
 * - Zoho CRM, the standard Stage picklist (Identify Decision Makers, Closed-Lost to Competition).
 * - Pipedrive, the default pipeline (Qualified, Contact Made, Demo Scheduled, Proposal Made, Negotiations
 *   Started); won and lost are its Status column, not stages, and it gives stages no probability of its
 *   own worth using, so the probabilities here are this tool's, said in the warning that names the pipeline.
 * - Dynamics 365 Sales, the pipeline phases of its lead-to-opportunity process (1-Qualify, 2-Develop,
 *   3-Propose, 4-Close); won and lost are its Status column. Probabilities are this tool's.
 * - 纷享销客 (验证客户, 需求确定, 方案/报价, 谈判审核, 赢单 / 输单 / 无效) and 销售易 (初步接洽, 需求确定,
 *   方案/报价, 谈判审核, 赢单 / 输单, with 输单阶段 naming where a lost deal stopped).
 * - Plain: Prospecting → Engaging → Won / Lost, as in the widely used public CRM sample data set.
 */
export interface KnownPipeline {
  key: string;
  name: Catalogue<string>;
  stages: readonly StageDefinition[];
}

const stage = (name: string, probability: number, aliases: readonly string[] = [], outcome?: StageDefinition["outcome"]): StageDefinition => ({
  name,
  aliases,
  probability,
  maxDays: null,
  ...(outcome ? { outcome } : {}),
});

export const KNOWN_PIPELINES: readonly KnownPipeline[] = [
  { key: "default", name: { en: "this tool's default stages", "zh-CN": "本工具的默认阶段" }, stages: DEFAULT_STAGES },
  {
    key: "plain",
    name: { en: "the plain pipeline (Prospecting, Engaging, Won / Lost)", "zh-CN": "简单管道（Prospecting、Engaging、Won / Lost）" },
    stages: [stage("Prospecting", 0.1), stage("Engaging", 0.5), stage("Won", 1, [], "won"), stage("Lost", 0, [], "lost")],
  },
  {
    key: "hubspot",
    name: { en: "HubSpot's default sales pipeline", "zh-CN": "HubSpot 默认销售管道" },
    stages: [
      stage("Appointment Scheduled", 0.2, ["appointmentscheduled"]),
      stage("Qualified To Buy", 0.4, ["qualifiedtobuy"]),
      stage("Presentation Scheduled", 0.6, ["presentationscheduled"]),
      stage("Decision Maker Bought-In", 0.8, ["Decision Maker Bought In", "decisionmakerboughtin"]),
      stage("Contract Sent", 0.9, ["contractsent"]),
      stage("Closed Won", 1, ["closedwon"], "won"),
      stage("Closed Lost", 0, ["closedlost"], "lost"),
    ],
  },
  {
    key: "salesforce",
    name: { en: "Salesforce's standard opportunity stages", "zh-CN": "Salesforce 标准商机阶段" },
    stages: [
      stage("Prospecting", 0.1),
      stage("Qualification", 0.1),
      stage("Needs Analysis", 0.2),
      stage("Value Proposition", 0.5),
      stage("Id. Decision Makers", 0.6, ["Id Decision Makers"]),
      stage("Perception Analysis", 0.7),
      stage("Proposal/Price Quote", 0.75),
      stage("Negotiation/Review", 0.9),
      stage("Closed Won", 1, [], "won"),
      stage("Closed Lost", 0, [], "lost"),
    ],
  },
  {
    key: "zoho",
    name: { en: "Zoho CRM's standard deal stages", "zh-CN": "Zoho CRM 标准商机阶段" },
    stages: [
      stage("Qualification", 0.1),
      stage("Needs Analysis", 0.2),
      stage("Value Proposition", 0.4),
      stage("Identify Decision Makers", 0.6, ["Id. Decision Makers"]),
      stage("Proposal/Price Quote", 0.75),
      stage("Negotiation/Review", 0.9),
      stage("Closed Won", 1, [], "won"),
      stage("Closed Lost", 0, ["Closed-Lost to Competition", "Closed Lost to Competition"], "lost"),
    ],
  },
  {
    key: "pipedrive",
    name: { en: "Pipedrive's default pipeline", "zh-CN": "Pipedrive 默认管道" },
    stages: [
      stage("Qualified", 0.1),
      stage("Contact Made", 0.2),
      stage("Demo Scheduled", 0.4),
      stage("Proposal Made", 0.6),
      stage("Negotiations Started", 0.8),
      stage("Won", 1, [], "won"),
    ],
  },
  {
    key: "dynamics",
    name: { en: "Dynamics 365 Sales's pipeline phases", "zh-CN": "Dynamics 365 Sales 管道阶段" },
    stages: [
      stage("Qualify", 0.2, ["1-Qualify"]),
      stage("Develop", 0.4, ["2-Develop"]),
      stage("Propose", 0.6, ["3-Propose"]),
      stage("Close", 0.8, ["4-Close"]),
      stage("Won", 1, [], "won"),
    ],
  },
  {
    key: "fxiaoke",
    name: { en: "纷享销客's default opportunity stages", "zh-CN": "纷享销客默认商机阶段" },
    stages: [
      stage("验证客户", 0.1),
      stage("需求确定", 0.3),
      stage("方案/报价", 0.6, ["方案报价"]),
      stage("谈判审核", 0.8),
      stage("赢单", 1, [], "won"),
      stage("输单", 0, [], "lost"),
      stage("无效", 0, [], "excluded"),
    ],
  },
  {
    key: "xiaoshouyi",
    name: { en: "销售易's default opportunity stages", "zh-CN": "销售易默认商机阶段" },
    stages: [
      stage("初步接洽", 0.1, ["初步接触"]),
      stage("需求确定", 0.3, ["需求确认"]),
      stage("方案/报价", 0.5, ["方案报价"]),
      stage("谈判审核", 0.8, ["商务谈判"]),
      stage("赢单", 1, [], "won"),
      stage("输单", 0, [], "lost"),
    ],
  },
];

/** The steps of a funnel: the stages that are not a lost or excluded outcome. */
export function funnelSteps<S extends StageDefinition>(stages: readonly S[]): S[] {
  return stages.filter((s) => s.outcome !== "lost" && s.outcome !== "excluded");
}

/** Every name and alias of the stages → its stage, names winning over another stage's alias. */
export function stageIndex(stages: readonly StageDefinition[]): Map<string, StageDefinition> {
  const map = new Map<string, StageDefinition>();
  for (const s of stages) for (const alias of s.aliases) map.set(labelKey(alias), s);
  for (const s of stages) map.set(labelKey(s.name), s);
  return map;
}

/**
 * The known pipeline whose stages cover the most deals: each value of the stage column counted as often
 * as it occurs. Ties go to the pipeline with fewer steps (it leaves fewer empty columns), then to the
 * one listed first (this tool's own default first).
 *
 * @param counts - stage value (as `labelKey` keys it) → the number of rows that hold it
 * @returns the pipeline, or null when no stage value is a stage of any of them
 *
 * @example
 * choosePipeline(new Map([["prospecting", 500], ["engaging", 1589], ["won", 4238], ["lost", 2473]]))?.key // => "plain"
 */
export function choosePipeline(counts: ReadonlyMap<string, number>): KnownPipeline | null {
  let best: KnownPipeline | null = null;
  let bestCovered = 0;
  for (const pipeline of KNOWN_PIPELINES) {
    const index = stageIndex(pipeline.stages);
    let covered = 0;
    for (const [value, count] of counts) if (index.has(value)) covered += count;
    const fewerSteps = best !== null && funnelSteps(pipeline.stages).length < funnelSteps(best.stages).length;
    if (covered > bestCovered || (covered === bestCovered && covered > 0 && fewerSteps)) {
      best = pipeline;
      bestCovered = covered;
    }
  }
  return best;
}
