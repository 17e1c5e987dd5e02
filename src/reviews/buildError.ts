import type { Dataset } from "../datasets/records";

/**
 * A build that cannot go ahead because the plan or the data leaves a number undecided (no team target,
 * nobody with a weight). The message says what is missing and how to supply it; `where` names the plan
 * field or the data (`targets.annual`, `Sheet "People"`) so a host can point at it.
 */
export class BuildError extends Error {
  constructor(
    message: string,
    readonly where?: string,
    /**
     * The dataset that was there but held nothing the review can use (deals without a dated won deal):
     * an `all` build leaves the review out saying so, as it does when the dataset is missing.
     */
    readonly unusable?: Dataset,
  ) {
    super(message);
    this.name = "BuildError";
  }
}
