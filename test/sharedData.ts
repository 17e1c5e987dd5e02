import { existsSync } from "fs";
import path from "path";

/**
 * A file of the shared CRM sample data set (Maven Analytics' public pipeline), which sits beside the
 * repository in ../shared/data/crm-sample (a git worktree one folder deeper finds it one level further
 * up). CI has it too, so a test that needs it fails when it is missing, never skips: this throws naming
 * where it looked.
 *
 * @example
 * crmSample("sales_pipeline.csv") // => "/work/shared/data/crm-sample/sales_pipeline.csv"
 */
export function crmSample(file: string): string {
  const root = path.resolve(__dirname, "..");
  const places = [path.resolve(root, "../shared/data/crm-sample", file), path.resolve(root, "../../shared/data/crm-sample", file)];
  const found = places.find((p) => existsSync(p));
  if (found === undefined) throw new Error(`the CRM sample data set is missing: looked at ${places.join(" and ")}`);
  return found;
}
