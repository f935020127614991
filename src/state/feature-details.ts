import type { Feature } from "geojson";
import { geodesicAreaM2, geodesicLengthM } from "../analysis/feature-measure";
import type { LayerMeta } from "../domain/layer-meta";

export interface FeatureDetails {
  meta: LayerMeta;
  feature: Feature;
  name: string | null;
  /** Value of the layer's category property, e.g. park type. */
  className: string | null;
  areaM2: number | null;
  lengthM: number | null;
}

const NAME_KEYS = ["name", "名称", "NAME", "Name", "title"];

/** A feature's name, from the first of the usual name properties it has (null when none). */
export function featureNameOf(feature: Feature): string | null {
  const properties = feature.properties ?? {};
  const nameKey = NAME_KEYS.find((key) => properties[key] !== undefined && properties[key] !== null);
  return nameKey ? String(properties[nameKey]) : null;
}

/** Everything the inspector shows for one feature, measured on the ellipsoid. */
export function describeFeature(meta: LayerMeta, feature: Feature): FeatureDetails {
  const properties = feature.properties ?? {};
  const categoryProperty = meta.style.categoryProperty;
  const geometryType = feature.geometry?.type ?? "";
  return {
    meta,
    feature,
    name: featureNameOf(feature),
    className: categoryProperty && properties[categoryProperty] != null ? String(properties[categoryProperty]) : null,
    areaM2: geometryType.endsWith("Polygon") ? geodesicAreaM2(feature.geometry) : null,
    lengthM: geometryType.endsWith("LineString") ? geodesicLengthM(feature.geometry) : null,
  };
}
