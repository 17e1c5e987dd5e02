import type { Direction } from "../scoring/achievement";

export type { Direction };

const WORDS: Record<string, Direction> = {
  higher: "higher",
  high: "higher",
  up: "higher",
  "越高越好": "higher",
  "高": "higher",
  "正向": "higher",
  lower: "lower",
  low: "lower",
  down: "lower",
  "越低越好": "lower",
  "低": "lower",
  "反向": "lower",
};

/**
 * Reads a KPI direction written in English or Chinese, ignoring case and surrounding spaces.
 *
 * @param text - "higher" or "lower" (also high/low, up/down, 越高越好/越低越好, 正向/反向)
 * @returns the direction, or null when the word is not one of those
 *
 * @example
 * parseDirection(" Lower ") // => "lower"
 */
export function parseDirection(text: string): Direction | null {
  return WORDS[text.trim().toLowerCase()] ?? null;
}
