import * as maplibregl from "maplibre-gl";

/** A suggested site as the map numbers it. */
export interface SiteMarkerView {
  readonly rank: number;
  readonly lon: number;
  readonly lat: number;
  readonly selected: boolean;
}

/**
 * The suggested park sites of the siting tool, numbered by the coverage each adds (1 = most), as HTML markers:
 * at most a few hundred, so DOM markers cost less than a source and two style layers (and no shader build).
 */
export class SitingMarkers {
  private markers: maplibregl.Marker[] = [];

  constructor(private readonly map: maplibregl.Map) {}

  /** Replaces the markers with `sites` (none: removes them). */
  show(sites: readonly SiteMarkerView[]): void {
    for (const marker of this.markers) marker.remove();
    this.markers = sites.map((site) => {
      const element = document.createElement("div");
      element.className = site.selected ? "siting-marker" : "siting-marker siting-marker-unselected";
      element.dataset.testid = "siting-marker";
      element.textContent = String(site.rank);
      return new maplibregl.Marker({ element }).setLngLat([site.lon, site.lat]).addTo(this.map);
    });
  }
}
