/**
 * Progress of a long run on stderr. On a terminal: one bar redrawn in place (at most every 100 ms) and erased
 * when the run ends or a warning is printed. Elsewhere (a pipe, a log file): no bar, only the lines a command
 * asks for with `note` (the batch's one line per finished city), so scripts reading stderr see whole lines.
 */
import { escapeControlCharacters } from "./cli-output";

const BAR_WIDTH = 24;
const REDRAW_MS = 100;

export interface Progress {
  /** The run is at `ratio` (0–1) of its work, doing `label`. */
  update(ratio: number, label: string): void;
  /** One line of progress that stays (printed on a terminal and in logs alike). */
  note(line: string): void;
  /** A warning line; the bar is erased first. */
  warn(line: string): void;
  /** Erases the bar. */
  end(): void;
}

interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

/** A progress reporter on `stream`; `quiet` silences everything (warnings and notes included). */
export function createProgress(stream: ProgressStream, quiet: boolean, now: () => number = () => performance.now()): Progress {
  const tty = stream.isTTY === true;
  let shown = false;
  let lastDraw = -Infinity;
  const erase = () => {
    if (shown) stream.write("\r\u001b[K");
    shown = false;
  };
  return {
    update(ratio, label) {
      if (quiet || !tty) return;
      const t = now();
      if (t - lastDraw < REDRAW_MS && ratio < 1) return;
      lastDraw = t;
      const clamped = Math.min(1, Math.max(0, ratio));
      const filled = Math.round(clamped * BAR_WIDTH);
      const line = `[${"#".repeat(filled)}${".".repeat(BAR_WIDTH - filled)}] ${String(Math.round(clamped * 100)).padStart(3)}% ${label}`;
      stream.write(`\r\u001b[K${escapeControlCharacters(line).slice(0, Math.max(20, (stream.columns ?? 80) - 1))}`);
      shown = true;
    },
    note(line) {
      if (quiet) return;
      erase();
      stream.write(`${escapeControlCharacters(line)}\n`);
    },
    warn(line) {
      if (quiet) return;
      erase();
      stream.write(`warning: ${escapeControlCharacters(line)}\n`);
    },
    end() {
      erase();
    },
  };
}
