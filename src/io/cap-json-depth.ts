/**
 * The deepest nesting of arrays and objects kept in a parsed project file. A project's own structure is about ten
 * levels deep (a feature's MultiPolygon coordinates inside its layer); a browser's structured clone, which carries the
 * parsed file from the import worker to the page, overflows its stack at a few thousand levels.
 */
const MAX_JSON_DEPTH = 64;

/**
 * Replaces every array or object nested deeper than `maxDepth` levels in parsed JSON with null, in place, and
 * returns the value and how many were replaced. The walk never goes deeper than `maxDepth`, so it is safe on
 * nesting of any depth.
 */
export function capJsonDepth(value: unknown, maxDepth = MAX_JSON_DEPTH): { value: unknown; replaced: number } {
  let replaced = 0;
  const visit = (node: unknown, depth: number): unknown => {
    if (typeof node !== "object" || node === null) return node;
    if (depth >= maxDepth) {
      replaced += 1;
      return null;
    }
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index++) {
        const child: unknown = node[index];
        if (typeof child === "object" && child !== null) node[index] = visit(child, depth + 1);
      }
    } else {
      const record = node as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        const child = record[key];
        if (typeof child === "object" && child !== null) record[key] = visit(child, depth + 1);
      }
    }
    return node;
  };
  return { value: visit(value, 0), replaced };
}
