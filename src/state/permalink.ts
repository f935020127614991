import type { RegionId } from "../domain/layer-meta";
import { isBuiltinRegionId, isProjectRegionId } from "../domain/regions";
import { DEFAULT_RULE_SET_ID } from "../domain/rule-sets";
import { isKnownRuleSetId } from "./project-snapshot-guard";
import type { AppMode, CameraView, FeatureSelection, Language } from "./ui-store";

/** Everything a shared link restores. Absent fields keep the app's defaults. */
export interface Permalink {
  mode?: AppMode;
  region?: RegionId;
  language?: Language;
  view?: CameraView;
  /** Visible layer ids. */
  layers?: string[];
  feature?: FeatureSelection;
  /** Service-radius rule set id. */
  rules?: string;
  /** Active candidate-park scenario id. */
  scenario?: string;
  /** Other parameters owned by later features (rule set, scenario), carried through verbatim. */
  extras?: Record<string, string>;
}

const KNOWN = new Set(["mode", "region", "lang", "view", "layers", "feature", "rules", "scenario"]);

/** A layer or scenario id as the app makes them (kebab-case), never a member every object inherits (`constructor`). */
const isPlainId = (id: string): boolean => /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/i.test(id) && id.length <= 120 && !(id in Object.prototype);

/** Reads a permalink from a URL query string; malformed parts are ignored, never thrown. */
export function parsePermalink(search: string): Permalink {
  return readPermalink(search).link;
}

/**
 * Reads a permalink and names the parameters it ignored as invalid: unknown values, a longitude beyond ±180, a
 * latitude beyond ±90, a zoom outside 0–24, ids that are not layer ids (`__proto__`, `constructor`), unknown rule sets.
 */
export function readPermalink(search: string): { link: Permalink; ignored: string[] } {
  const params = new URLSearchParams(search);
  const link: Permalink = {};
  const ignored: string[] = [];
  const check = (name: string, isValid: boolean) => {
    if (!isValid && params.has(name)) ignored.push(name);
  };
  const mode = params.get("mode");
  if (mode === "public" || mode === "planner") link.mode = mode;
  check("mode", link.mode !== undefined);
  const region = params.get("region");
  if (isBuiltinRegionId(region) || isProjectRegionId(region)) link.region = region;
  check("region", link.region !== undefined);
  const language = params.get("lang");
  if (language === "zh" || language === "en") link.language = language;
  check("lang", link.language !== undefined);
  const view = (params.get("view") ?? "").split(",").map((part) => (part.trim() === "" ? Number.NaN : Number(part)));
  const [lon = Number.NaN, lat = Number.NaN, zoom = Number.NaN] = view;
  if (view.length === 3 && view.every(Number.isFinite) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90 && zoom >= 0 && zoom <= 24) {
    link.view = { center: [lon, lat], zoom };
  }
  check("view", link.view !== undefined);
  const layers = params.get("layers");
  if (layers !== null) {
    const ids = layers.split(",").filter(Boolean);
    link.layers = ids.filter(isPlainId);
    check("layers", link.layers.length === ids.length);
  }
  const feature = /^([\w-]+):(\d{1,9})$/.exec(params.get("feature") ?? "");
  if (feature && isPlainId(feature[1] as string)) link.feature = { layerId: feature[1] as string, featureIndex: Number(feature[2]) };
  check("feature", link.feature !== undefined);
  const rules = params.get("rules");
  if (rules && /^[\w.:=,-]{1,200}$/.test(rules) && isKnownRuleSetId(rules)) link.rules = rules;
  check("rules", link.rules !== undefined);
  const scenario = params.get("scenario");
  if (scenario && /^[\w-]{1,80}$/.test(scenario) && isPlainId(scenario)) link.scenario = scenario;
  check("scenario", link.scenario !== undefined);
  const extras = [...params.entries()].filter(([key]) => !KNOWN.has(key));
  if (extras.length > 0) link.extras = Object.fromEntries(extras);
  return { link, ignored };
}

/** Writes a permalink as a query string (with leading "?"), in a stable key order. */
export function formatPermalink(link: Permalink): string {
  const params = new URLSearchParams();
  if (link.mode && link.mode !== "planner") params.set("mode", link.mode);
  if (link.region) params.set("region", link.region);
  if (link.language && link.language !== "zh") params.set("lang", link.language);
  if (link.view) {
    const [lon, lat] = link.view.center;
    params.set("view", `${lon.toFixed(5)},${lat.toFixed(5)},${link.view.zoom.toFixed(2)}`);
  }
  if (link.layers) params.set("layers", link.layers.join(","));
  if (link.feature) params.set("feature", `${link.feature.layerId}:${link.feature.featureIndex}`);
  if (link.rules && link.rules !== DEFAULT_RULE_SET_ID) params.set("rules", link.rules);
  if (link.scenario) params.set("scenario", link.scenario);
  for (const [key, value] of Object.entries(link.extras ?? {})) params.set(key, value);
  const text = params.toString().replace(/%2C/g, ",").replace(/%3A/g, ":").replace(/%3D/g, "=");
  return text ? `?${text}` : "";
}
