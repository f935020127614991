import { describe, expect, test } from "vitest";
import { createProgress } from "./progress";

function stream(isTTY: boolean) {
  const chunks: string[] = [];
  return { isTTY, columns: 60, chunks, write: (text: string) => chunks.push(text) };
}

describe("createProgress", () => {
  test("on a terminal: a bar redrawn in place, at most every 100 ms, erased before a warning", () => {
    const out = stream(true);
    let t = 0;
    const progress = createProgress(out, false, () => t);
    progress.update(0.5, "reading parks.geojson");
    t = 50;
    progress.update(0.6, "skipped: too soon");
    t = 200;
    progress.warn("parks.geojson: no CRS declared");
    progress.update(1, "done");
    progress.end();
    expect(out.chunks).toEqual([
      "\r\u001b[K[############............]  50% reading parks.geojson",
      "\r\u001b[K",
      "warning: parks.geojson: no CRS declared\n",
      "\r\u001b[K[########################] 100% done",
      "\r\u001b[K",
    ]);
  });

  test("in a pipe: no bar, only notes and warnings as whole lines; quiet prints nothing", () => {
    const out = stream(false);
    const progress = createProgress(out, false);
    progress.update(0.5, "reading");
    progress.note("青岛: done in 1.2 s (1/2)");
    progress.end();
    expect(out.chunks).toEqual(["青岛: done in 1.2 s (1/2)\n"]);
    const silent = stream(true);
    const quiet = createProgress(silent, true);
    quiet.update(0.5, "x");
    quiet.note("y");
    quiet.warn("z");
    quiet.end();
    expect(silent.chunks).toEqual([]);
  });
});
