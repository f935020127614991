import type { MetricsReport, ParkCoverageResult } from "../domain/metrics-report";

type Json = Record<string, unknown>;

/**
 * Control characters from files (ESC starting a terminal escape sequence, BEL, CR, C1 controls such as CSI
 * U+009B) and the bidirectional overrides and line separators that reorder or break what a terminal shows,
 * written as visible `\uXXXX` escapes, so that no text read from a file can drive the terminal.
 */
export function escapeControlCharacters(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the pattern names the control characters it escapes
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, unicodeEscape);
}

function unicodeEscape(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/** `JSON.stringify` (indented); the characters JSON leaves raw in strings (DEL, C1 controls, bidi overrides) are escaped too. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, unicodeEscape)}\n`;
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));
const ratio = (value: number) => round(value, 6);
const m2 = (value: number) => round(value, 2);
const km = (value: number) => round(value, 4);
const km2 = (value: number) => round(value, 6);

/**
 * The CLI's JSON: exactly the keys of the contract (blocks absent when their input is absent);
 * `detail` adds the engine's extra breakdowns (ha, 亩, per district, per level, per type, rule set text).
 */
export function reportToJson(report: MetricsReport, detail: boolean): Json {
  const out: Json = {
    ruleSet: {
      id: report.ruleSet.id,
      classes: report.ruleSet.classes.map((c) => ({ minAreaM2: c.minAreaM2, radiusM: c.radiusM })),
      ...(detail ? { name: report.ruleSet.name, description: report.ruleSet.description } : {}),
    },
  };
  if (report.parkCoverage) out.parkCoverage = coverageJson(report.parkCoverage, detail);
  const network = report.networkCoverage;
  if (network) {
    out.networkCoverage = {
      ...coverageJson(network, detail),
      ...(network.ratioToRadius !== undefined ? { ratioToRadius: ratio(network.ratioToRadius) } : {}),
      radiusOnlyAreaM2: m2(network.radiusOnlyAreaM2),
      parksWithoutNetworkCount: network.parksWithoutNetworkCount,
      ...(detail ? { settings: network.settings, network: { edgeCount: network.network.edgeCount, lengthM: m2(network.network.lengthM) } } : {}),
    };
  }
  if (report.parks) {
    const p = report.parks;
    out.parks = {
      count: p.count,
      countedCount: p.countedCount,
      areaM2: m2(p.areaM2),
      ...(detail ? roundDeep({ byType: p.byType, byDistrict: p.byDistrict, areaPerCapitaM2: p.areaPerCapitaM2 }) : {}),
    };
  }
  if (report.greenways) {
    const g = report.greenways;
    out.greenways = {
      lengthKm: km(g.lengthKm),
      radiusM: g.radiusM,
      ...(g.coverageRatio === undefined ? {} : { coverageRatio: ratio(g.coverageRatio) }),
      ...(detail ? roundDeep({ byLevel: g.byLevel, byDistrict: g.byDistrict }) : {}),
    };
  }
  if (report.redLine) {
    const r = report.redLine;
    out.redLine = {
      areaKm2: km2(r.areaKm2),
      landAreaKm2: km2(r.landAreaKm2),
      seaAreaKm2: km2(r.seaAreaKm2),
      ...(detail ? roundDeep({ areaHa: r.areaHa, areaMu: r.areaMu, landShare: r.landShare, byDistrict: r.byDistrict }) : {}),
    };
  }
  if (report.shoreline) {
    const s = report.shoreline;
    out.shoreline = { lengthKm: km(s.lengthKm), naturalLengthKm: km(s.naturalLengthKm), naturalRatio: ratio(s.naturalRatio) };
  }
  return out;
}

/** A coverage block (radius or walking) with the keys of the contract. */
function coverageJson(coverage: ParkCoverageResult, detail: boolean): Json {
  return {
    ratio: ratio(coverage.ratio),
    residentialAreaM2: m2(coverage.residentialAreaM2),
    coveredAreaM2: m2(coverage.coveredAreaM2),
    byClass: coverage.byClass.map((c) => ({
      radiusM: c.radiusM,
      ratio: ratio(c.ratio),
      ...(detail ? { minAreaM2: c.minAreaM2, coveredAreaM2: m2(c.coveredAreaM2), ...(c.label ? { label: c.label } : {}) } : {}),
    })),
    ...(coverage.populationRatio !== undefined ? { populationRatio: ratio(coverage.populationRatio) } : {}),
    ...(coverage.byDistrict
      ? {
          byDistrict: coverage.byDistrict.map((d) => ({
            name: d.name,
            ratio: ratio(d.ratio),
            residentialAreaM2: m2(d.residentialAreaM2),
            coveredAreaM2: m2(d.coveredAreaM2),
            ...(detail && d.populationRatio !== undefined ? { populationRatio: ratio(d.populationRatio) } : {}),
          })),
        }
      : {}),
  };
}

/** Flattens the JSON into `metric,value,ruleSet` CSV rows (dotted paths; arrays indexed by name or position). */
export function reportToCsv(json: Json): string {
  const ruleSetId = String((json.ruleSet as Json).id);
  const rows = ["metric,value,ruleSet"];
  for (const [path, value] of metricEntries(json)) rows.push(`${csvCell(path)},${csvCell(String(value))},${csvCell(ruleSetId)}`);
  return `${rows.join("\n")}\n`;
}

/** Renders the JSON as a Markdown table, the rule set named in the heading. */
export function reportToMarkdown(json: Json): string {
  const ruleSet = json.ruleSet as Json;
  const lines = [`# Planning metrics (rule set: ${String(ruleSet.id)})`, "", "| metric | value |", "| --- | --- |"];
  for (const [path, value] of metricEntries(json)) {
    lines.push(`| ${escapeControlCharacters(path).replace(/\|/g, "\\|")} | ${escapeControlCharacters(String(value)).replace(/\|/g, "\\|")} |`);
  }
  return `${lines.join("\n")}\n`;
}

/** The metrics of the JSON as `[dotted path, value]` pairs (arrays indexed by name or position), without the rule set and inputs. */
export function metricEntries(json: Json): [string, unknown][] {
  return flatten(json).filter(([path]) => !path.startsWith("ruleSet.") && !path.startsWith("inputs."));
}

function flatten(value: unknown, prefix = ""): [string, unknown][] {
  if (Array.isArray(value)) {
    return value.flatMap((item, i) => {
      const key = item && typeof item === "object" ? ((item as Json).name ?? (item as Json).level ?? (item as Json).type ?? (item as Json).radiusM ?? i) : i;
      return flatten(item, `${prefix}[${String(key)}]`);
    });
  }
  if (value && typeof value === "object") {
    return Object.entries(value as Json).flatMap(([k, v]) => {
      if (Array.isArray(value) === false && ["name", "level", "type"].includes(k) && prefix.endsWith("]")) return [];
      return flatten(v, prefix ? `${prefix}.${k}` : k);
    });
  }
  return [[prefix, value]];
}

/** One CSV field: control characters escaped, quoted when it holds a comma or a quote (RFC 4180). */
export function csvCell(raw: string): string {
  const text = escapeControlCharacters(raw);
  return /[",]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function roundDeep(value: unknown): Json {
  const walk = (v: unknown): unknown => {
    if (typeof v === "number") return Number.isInteger(v) ? v : round(v, 6);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === "object") {
      return Object.fromEntries(
        Object.entries(v)
          .filter(([, x]) => x !== undefined)
          .map(([k, x]) => [k, walk(x)]),
      );
    }
    return v;
  };
  return walk(value) as Json;
}
