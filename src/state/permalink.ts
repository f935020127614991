import type { RegionId } from "../domain/layer-meta";
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

/** Reads a permalink from a URL query string; malformed parts are ignored, never thrown. */
export function parsePermalink(search: string): Permalink {
  const params = new URLSearchParams(search);
  const link: Permalink = {};
  const mode = params.get("mode");
  if (mode === "public" || mode === "planner") link.mode = mode;
  const region = params.get("region");
  if (region === "qingdao" || region === "yantai") link.region = region;
  const language = params.get("lang");
  if (language === "zh" || language === "en") link.language = language;
  const view = (params.get("view") ?? "").split(",").map(Number);
  if (view.length === 3 && view.every(Number.isFinite) && Math.abs(view[1] ?? 99) <= 90) {
    link.view = { center: [view[0] as number, view[1] as number], zoom: view[2] as number };
  }
  const layers = params.get("layers");
  if (layers !== null) link.layers = layers.split(",").filter(Boolean);
  const feature = /^([\w-]+):(\d+)$/.exec(params.get("feature") ?? "");
  if (feature) link.feature = { layerId: feature[1] as string, featureIndex: Number(feature[2]) };
  const rules = params.get("rules");
  if (rules && /^[\w.:=,-]{1,200}$/.test(rules)) link.rules = rules;
  const scenario = params.get("scenario");
  if (scenario && /^[\w-]{1,80}$/.test(scenario)) link.scenario = scenario;
  const extras = [...params.entries()].filter(([key]) => !KNOWN.has(key));
  if (extras.length > 0) link.extras = Object.fromEntries(extras);
  return link;
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
  if (link.rules && link.rules !== "qingdao-300-500") params.set("rules", link.rules);
  if (link.scenario) params.set("scenario", link.scenario);
  for (const [key, value] of Object.entries(link.extras ?? {})) params.set(key, value);
  const text = params.toString().replace(/%2C/g, ",").replace(/%3A/g, ":").replace(/%3D/g, "=");
  return text ? `?${text}` : "";
}
