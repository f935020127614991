/**
 * The SQL templates of the PostGIS engine (`src/cli/postgis/*.sql`, copied beside the built CLI): readable files
 * with `{{layer}}` for a layer's rows and `:name` for a bound value (comments, `--` to the end of a line, are
 * not sent). `renderStatements` turns one template into
 * the statements to send, each with its own `$n` parameters.
 */
import { readFileSync } from "node:fs";
import { escapeIdentifier } from "pg";

export type TemplateName =
  | "centre"
  | "projection"
  | "units"
  | "units-by-district"
  | "parks"
  | "greenways"
  | "coverage"
  | "parks-summary"
  | "greenway-length"
  | "district-names"
  | "red-line"
  | "red-line-split"
  | "red-line-area"
  | "red-line-by-district"
  | "shoreline";

/** A value bound to a `:name` placeholder: text, a number (int when whole), or an array of numbers. */
export type SqlValue = string | number | readonly number[];

export interface Statement {
  text: string;
  values: unknown[];
}

const cache = new Map<TemplateName, string>();

/** The text of one template, read once. */
export function template(name: TemplateName): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(new URL(`./postgis/${name}.sql`, import.meta.url), "utf8");
    cache.set(name, text);
  }
  return text;
}

/** `schema.table` or `table` with each part quoted as an identifier. */
export function quoteTable(qualified: string): string {
  return qualified
    .split(".")
    .map((part) => escapeIdentifier(part))
    .join(".");
}

function castOf(value: SqlValue): string {
  if (typeof value === "string") return "text";
  if (typeof value === "number") return Number.isInteger(value) ? "int" : "float8";
  return "float8[]";
}

/**
 * The statements of a template (split at `;` ending a line) with `{{layer}}` replaced by the layer's row source
 * and each `:name` by a typed `$n` bound to `values[name]`.
 * @throws Error naming a placeholder that has no value
 */
export function renderStatements(sql: string, layers: Readonly<Record<string, string>>, values: Readonly<Record<string, SqlValue>>): Statement[] {
  const withLayers = sql.replace(/--[^\n]*/g, "").replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const source = layers[name];
    if (source === undefined) throw new Error(`SQL template needs the layer {{${name}}}`);
    return source;
  });
  return withLayers
    .split(/;[ \t]*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .map((part) => {
      const bound: unknown[] = [];
      const numbers = new Map<string, number>();
      const text = part.replace(/(?<![:\w]):([a-z_][a-z0-9_]*)/g, (_, name: string) => {
        const value = values[name];
        if (value === undefined) throw new Error(`SQL template needs the value :${name}`);
        let n = numbers.get(name);
        if (n === undefined) {
          bound.push(Array.isArray(value) ? [...value] : value);
          n = bound.length;
          numbers.set(name, n);
        }
        return `$${n}::${castOf(value)}`;
      });
      return { text, values: bound };
    });
}
