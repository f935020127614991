import type { Map as MapLibreMap } from "maplibre-gl";

/**
 * On a narrow map (a phone) MapLibre shows the attribution compact but opened; it starts closed here, behind
 * its ⓘ button, so it does not cover the map. It opens once its text first arrives, so the listener waits for
 * that and leaves it alone afterwards (a tap opens and closes it).
 */
export function startCompactAttributionCollapsed(map: MapLibreMap): void {
  const collapse = () => {
    const attribution = map.getContainer().querySelector(".maplibregl-ctrl-attrib");
    if (!attribution?.classList.contains("maplibregl-compact-show")) return;
    attribution.classList.remove("maplibregl-compact-show");
    attribution.setAttribute("open", "");
    map.off("styledata", collapse);
    map.off("sourcedata", collapse);
  };
  map.on("styledata", collapse);
  map.on("sourcedata", collapse);
}
