import type { FeatureCollection } from "geojson";

/** What `projectFileBlob` needs of a project snapshot (`state/project-snapshot`): its leading keys and the user layers. */
export interface ProjectFileParts {
  format: string;
  version: number;
  savedAt: string;
  userLayers: readonly { meta: unknown; data: FeatureCollection }[];
}

/**
 * The project file as a Blob assembled from parts: the snapshot without its user layers, stringified (small), with
 * each user layer's metadata and GeoJSON text (`layerText`, e.g. `whenLayerJsonBlob`, made in slices) spliced into
 * the empty `userLayers` array. A 200k-parcel layer is thus never stringified in one piece on the main thread.
 * The result parses to the snapshot. (`userLayers` is the fourth key, after three fixed ones, so its first
 * occurrence in the text is the key itself, whatever the user named things.)
 */
export async function projectFileBlob(snapshot: ProjectFileParts, layerText: (data: FeatureCollection) => Promise<Blob>): Promise<Blob> {
  const { format, version, savedAt, userLayers, ...rest } = snapshot;
  const skeleton = JSON.stringify({ format, version, savedAt, userLayers: [], ...rest });
  const key = '"userLayers":[';
  const at = skeleton.indexOf(`${key}]`) + key.length;
  const texts = await Promise.all(userLayers.map((layer) => layerText(layer.data)));
  const entries = userLayers.flatMap((layer, index) => [`${index > 0 ? "," : ""}{"meta":${JSON.stringify(layer.meta)},"data":`, texts[index] as Blob, "}"]);
  return new Blob([skeleton.slice(0, at), ...entries, skeleton.slice(at)], { type: "application/json" });
}
