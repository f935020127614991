/** `shanhai batch`: the indicators of every city of a manifest. */
import type { BatchArgs } from "./cli-args";
import { InputError } from "./cli-errors";
import type { Progress } from "./progress";

/** Computes every city of the manifest and writes one table; returns the exit code. */
export async function runBatch(args: BatchArgs, progress: Progress): Promise<number> {
  void progress;
  throw new InputError(`--manifest ${args.manifest}: batches are not yet available`);
}
