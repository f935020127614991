/**
 * CSV (RFC 4180, also tab/semicolon separated) point tables, parsed by
 * papaparse (loaded lazily). Text is UTF-8 (BOM allowed); files that are not
 * valid UTF-8 are read as GBK — Excel on Chinese Windows saves CSV in GBK.
 * The CRS is never declared by a CSV, so it is always detected and reported.
 */
import type { FormatDriver } from "./driver";
import { tableToPoints } from "./table-points";

function decodeText(bytes: Uint8Array): { text: string; encoding: "utf-8" | "gbk" } {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, ""), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("gbk").decode(bytes), encoding: "gbk" };
  }
}

export const csvDriver: FormatDriver = {
  id: "csv",
  extensions: ["csv", "tsv", "txt"],
  read: async (bytes, context) => {
    const { text, encoding } = decodeText(bytes);
    const Papa = (await import("papaparse")).default;
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: "greedy" });
    const raw = tableToPoints(parsed.data, context, "csv");
    if (encoding === "gbk") {
      raw.issues.push(
        context.issue("encoding-assumed", `${context.fileName}: the text is not UTF-8; read as GBK.`, {
          severity: "info",
          details: { kind: "text", encoding: "GBK" },
        }),
      );
    }
    return raw;
  },
};
