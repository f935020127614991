#!/usr/bin/env node
/**
 * `shanhai`: the command line over the app's engine (`npm run --silent metrics -- …` runs the same).
 * Parses the command line before loading any engine code, so `--help` and usage errors answer at once;
 * results go to stdout, warnings and progress to stderr. Bad input exits with code 2 and one line on stderr;
 * text from files never reaches the terminal with its control characters.
 */
import { parseCommandLine, type CommandLine } from "./cli-args";
import { InputError, UsageError } from "./cli-errors";
import { helpText } from "./cli-flags";
import { escapeControlCharacters } from "./cli-output";
import { createProgress, type Progress } from "./progress";

async function run(line: CommandLine, progress: Progress): Promise<number> {
  switch (line.command) {
    case "help":
      process.stdout.write(helpText(line.topic));
      return 0;
    case "site": {
      const { runSite } = await import("./site-command");
      const output = await runSite(line.args, (message) => progress.warn(message));
      progress.end();
      process.stdout.write(output);
      return 0;
    }
    case "batch": {
      const { runBatch } = await import("./batch-command");
      return runBatch(line.args, progress);
    }
    case "metrics": {
      if (line.args.byCity) {
        const { runPostgisByCity } = await import("./postgis-command");
        return runPostgisByCity(line.args, progress);
      }
      const { runMetrics } = await import("./metrics-command");
      process.stdout.write(await runMetrics(line.args, progress));
      return 0;
    }
  }
}

async function main(): Promise<number> {
  let progress: Progress | undefined;
  try {
    const line = parseCommandLine(process.argv.slice(2));
    progress = createProgress(process.stderr, line.command !== "help" && line.args.quiet === true);
    return await run(line, progress);
  } catch (error) {
    progress?.end();
    if (error instanceof UsageError || error instanceof InputError) {
      process.stderr.write(`error: ${escapeControlCharacters(error.message)}\n`);
      return 2;
    }
    process.stderr.write(`error: internal failure: ${escapeControlCharacters(error instanceof Error ? error.message : String(error))}\n`);
    return 1;
  }
}

process.exitCode = await main();
