import type { FeatureCollection, Point } from "geojson";
import type * as maplibregl from "maplibre-gl";
import { raiseOverlays } from "./apply-map-changes";
import { SITING_LAYER_IDS, SITING_SOURCE_ID, sitingLayers } from "./siting-style";

/** A suggested site as the map numbers it. */
export interface SiteView {
  readonly rank: number;
  readonly lon: number;
  readonly lat: number;
  readonly selected: boolean;
}

/**
 * The sites as GeoJSON points; each feature's id is its rank − 1, the index a click on it selects.
 * @param sites - the suggested sites
 * @returns the collection the siting source draws
 */
export function sitesCollection(sites: readonly SiteView[]): FeatureCollection<Point> {
  return {
    type: "FeatureCollection",
    features: sites.map((site) => ({
      type: "Feature",
      id: site.rank - 1,
      properties: { rank: site.rank, selected: site.selected },
      geometry: { type: "Point", coordinates: [site.lon, site.lat] },
    })),
  };
}

/**
 * The suggested park sites of the siting tool as a map layer: numbered discs drawn by MapLibre (in exported images
 * too, kept in order with the other overlays by `raiseOverlays`, picked like any feature); removed when there are none.
 */
export class SitingLayer {
  private sites: readonly SiteView[] = [];

  constructor(
    private readonly map: maplibregl.Map,
    /** Calls its argument once the map's style has loaded (at once when it has). */
    private readonly whenReady: (ready: () => void) => void,
  ) {}

  /** Replaces the sites with `sites` (none: removes the source and its layers). */
  show(sites: readonly SiteView[]): void {
    this.sites = sites;
    this.whenReady(() => this.apply());
  }

  /** The drawn site of a selection index (rank − 1), for the selection highlight. */
  siteAt(index: number): SiteView | undefined {
    return this.sites[index]?.rank === index + 1 ? this.sites[index] : this.sites.find((site) => site.rank === index + 1);
  }

  private apply(): void {
    const source = this.map.getSource(SITING_SOURCE_ID) as maplibregl.GeoJSONSource | undefined;
    if (this.sites.length === 0) {
      for (const id of SITING_LAYER_IDS) if (this.map.getLayer(id)) this.map.removeLayer(id);
      if (source) this.map.removeSource(SITING_SOURCE_ID);
      return;
    }
    const data = sitesCollection(this.sites);
    if (source) {
      source.setData(data);
      return;
    }
    this.map.addSource(SITING_SOURCE_ID, { type: "geojson", data });
    for (const layer of sitingLayers()) this.map.addLayer(layer);
    raiseOverlays(this.map);
  }
}
