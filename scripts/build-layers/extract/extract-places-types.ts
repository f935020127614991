/** One row of `scripts/build-layers/inputs/places.json`. */
export interface PlaceInput {
  name: string;
  nameEn: string;
  kind: string;
  lon: number;
  lat: number;
  crs: "WGS84" | "GCJ-02";
  confidence: string;
  /** Where the coordinate comes from (URL or repository path), kept on the feature. */
  source: string;
}
