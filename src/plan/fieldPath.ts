/**
 * "scorecard.kpis[2].weight" from a validation issue's path: how a plan error names its field.
 *
 * @example
 * fieldPath(["scorecard", "kpis", 2, "weight"]) // => "scorecard.kpis[2].weight"
 */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((s, key) => (typeof key === "number" ? `${s}[${key}]` : s ? `${s}.${String(key)}` : String(key)), "");
}
