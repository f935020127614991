import * as maplibregl from "maplibre-gl";
import type { Feature, FeatureCollection } from "geojson";
import { HIGHLIGHT_LAYER_IDS, NEAREST_SOURCE_ID, nearestParkLayers } from "./highlight-style";

/** The public viewer's nearest park to a place, as drawn: the park, the line's two ends and its distance label. */
export interface NearestParkView {
  park: Feature;
  from: [number, number];
  to: [number, number];
  distanceM: number;
  label: string;
}

/**
 * What the public viewer draws for the place a resident asked about: a marker on the place, and its nearest park
 * highlighted with a straight line from the place to the park's nearest boundary point and the distance at the
 * line's middle (no line inside the park).
 */
export class PublicViewerOverlay {
  private probeMarker: maplibregl.Marker | null = null;
  private nearestPark: NearestParkView | null = null;
  private nearestLabel: maplibregl.Marker | null = null;
  private isAttached = false;

  constructor(private readonly map: maplibregl.Map) {}

  /** Adds the nearest-park source and style layers (below the highlight) once the style has loaded, and draws what is due. */
  attach(): void {
    this.map.addSource(NEAREST_SOURCE_ID, { type: "geojson", data: { type: "FeatureCollection", features: [] } });
    for (const layer of nearestParkLayers()) this.map.addLayer(layer, HIGHLIGHT_LAYER_IDS[0]);
    this.isAttached = true;
    this.showNearestPark(this.nearestPark);
  }

  /** Shows (or removes) the marker of the place a resident asked about. */
  showProbe(lonLat: [number, number] | null): void {
    this.probeMarker?.remove();
    this.probeMarker = null;
    if (!lonLat) return;
    const element = document.createElement("div");
    element.className = "probe-marker";
    element.dataset.testid = "probe-marker";
    this.probeMarker = new maplibregl.Marker({ element }).setLngLat(lonLat).addTo(this.map);
  }

  /** Shows (or removes) the nearest park to the resident's place. */
  showNearestPark(nearest: NearestParkView | null): void {
    this.nearestPark = nearest;
    this.nearestLabel?.remove();
    this.nearestLabel = null;
    const source = this.isAttached ? (this.map.getSource(NEAREST_SOURCE_ID) as maplibregl.GeoJSONSource | undefined) : undefined;
    if (!source) return;
    const features: FeatureCollection["features"] = [];
    if (nearest?.park.geometry) features.push({ type: "Feature", properties: { role: "park" }, geometry: nearest.park.geometry });
    if (nearest && nearest.distanceM > 0) {
      features.push({ type: "Feature", properties: { role: "path" }, geometry: { type: "LineString", coordinates: [nearest.from, nearest.to] } });
      const element = document.createElement("div");
      element.className = "nearest-distance";
      element.dataset.testid = "nearest-distance";
      element.textContent = nearest.label;
      const middle: [number, number] = [(nearest.from[0] + nearest.to[0]) / 2, (nearest.from[1] + nearest.to[1]) / 2];
      this.nearestLabel = new maplibregl.Marker({ element }).setLngLat(middle).addTo(this.map);
    }
    source.setData({ type: "FeatureCollection", features });
  }
}
