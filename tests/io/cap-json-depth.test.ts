/**
 * A project file with a value nested thousands of levels deep: the import worker cuts it before posting the parsed
 * file to the page (a structured clone overflows its stack on such nesting, and the whole file was refused).
 */
import { describe, expect, it } from "vitest";
import { capJsonDepth } from "../../src/io/cap-json-depth";
import { guardSnapshot } from "../../src/state/project-snapshot-guard";
import { VALID_LAYER_ID, validProject } from "../e2e/hostile-projects";

/** JSON text of `depth` arrays and objects nested in each other (built as text: no recursion here). */
const nestedText = (depth: number) => `${'{"a":['.repeat(depth)}"deep"${"]}".repeat(depth)}`;

describe("capping the nesting of a parsed project file", () => {
  it("a style colour nested 20,000 levels deep: the parsed file can be posted, and only that style is dropped", () => {
    const project = validProject();
    const text = JSON.stringify(project).replace('"styles":{"park":{"color":"#3f9b4a"', `"styles":{"park":{"color":${nestedText(10_000)}`);
    const parsed: unknown = JSON.parse(text);
    expect(() => structuredClone(parsed)).toThrow(RangeError);
    const { value, replaced } = capJsonDepth(parsed);
    expect(replaced).toBe(1);
    const posted = structuredClone(value);
    const guarded = guardSnapshot(posted);
    expect(guarded?.snapshot.userLayers.map((layer) => layer.meta.id)).toEqual([VALID_LAYER_ID]);
    expect(guarded?.repairs).toEqual([{ kind: "style-dropped", subject: "park" }]);
  });

  it("leaves a valid project as it is", () => {
    const project = validProject();
    const { value, replaced } = capJsonDepth(JSON.parse(JSON.stringify(project)));
    expect(replaced).toBe(0);
    expect(value).toEqual(project);
  });
});
