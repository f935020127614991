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

async function run(line: CommandLine, warn: (message: string) => void): Promise<number> {
  switch (line.command) {
    case "help":
      process.stdout.write(helpText(line.topic));
      return 0;
    case "site": {
      const { runSite } = await import("./site-command");
      process.stdout.write(await runSite(line.args, warn));
      return 0;
    }
    case "batch": {
      const { runBatch } = await import("./batch-command");
      return runBatch(line.args, warn);
    }
    case "metrics": {
      const { runMetrics } = await import("./metrics-command");
      process.stdout.write(await runMetrics(line.args, warn));
      return 0;
    }
  }
}

async function main(): Promise<number> {
  try {
    const line = parseCommandLine(process.argv.slice(2));
    const quiet = line.command !== "help" && line.args.quiet === true;
    const warn = (message: string) => {
      if (!quiet) process.stderr.write(`warning: ${escapeControlCharacters(message)}\n`);
    };
    return await run(line, warn);
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError) {
      process.stderr.write(`error: ${escapeControlCharacters(error.message)}\n`);
      return 2;
    }
    process.stderr.write(`error: internal failure: ${escapeControlCharacters(error instanceof Error ? error.message : String(error))}\n`);
    return 1;
  }
}

process.exitCode = await main();
