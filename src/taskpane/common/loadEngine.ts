/** The engine module (common/engine.ts) as the pane holds it once loaded. */
export type Engine = typeof import("./engine");

/** Loads the engine chunk: the plan schema, readers and builders the pane computes with. */
export function loadEngine(): Promise<Engine> {
  return import(/* webpackChunkName: "engine" */ "./engine");
}
