import type { Feature, Polygon } from "geojson";
import type { Map as MapLibreMap } from "maplibre-gl";
import { TerraDraw, TerraDrawPolygonMode, TerraDrawSelectMode } from "terra-draw";
import { TerraDrawMapLibreGLAdapter } from "terra-draw-maplibre-gl-adapter";
import type { DrawTool } from "../state/scenario-store";

const MODE_OF: Record<DrawTool, string> = { off: "static", draw: "polygon", edit: "select" };
const PARK_GREEN = "#1a9850";

/**
 * Drawing, moving, reshaping and deleting candidate parks with terra-draw (the MapLibre adapter).
 * Reports the whole set of polygons after every finished edit or deletion.
 */
export class DrawController {
  private readonly draw: TerraDraw;
  private isLoading = false;

  constructor(map: MapLibreMap, private readonly onParksChange: (parks: Feature<Polygon>[]) => void) {
    this.draw = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map, coordinatePrecision: 7 }),
      modes: [
        new TerraDrawPolygonMode({ styles: { fillColor: PARK_GREEN, fillOpacity: 0.45, outlineColor: "#0b5d2a", outlineWidth: 2 } }),
        new TerraDrawSelectMode({
          flags: {
            polygon: { feature: { draggable: true, coordinates: { draggable: true, deletable: true, midpoints: true } } },
          },
          styles: { selectedPolygonColor: "#66bd63", selectedPolygonOutlineColor: "#0b5d2a" },
        }),
      ],
    });
    this.draw.start();
    this.draw.on("finish", () => this.report());
    this.draw.on("change", (_ids, type) => {
      if (type === "delete") this.report();
    });
  }

  /** Switches between no drawing, drawing new parks, and editing (select, drag, reshape, Delete key). */
  setTool(tool: DrawTool): void {
    this.draw.setMode(MODE_OF[tool]);
  }

  /** Shows a scenario's parks (replacing what is drawn) without reporting them back. */
  load(parks: Feature<Polygon>[]): void {
    this.isLoading = true;
    this.draw.clear();
    this.draw.addFeatures(
      parks.map((park) => ({ ...park, id: String(park.id), properties: { ...park.properties, mode: "polygon" } })) as never,
    );
    this.isLoading = false;
  }

  private report(): void {
    if (this.isLoading) return;
    const parks = this.draw
      .getSnapshot()
      .filter((feature) => feature.geometry.type === "Polygon" && feature.properties.mode === "polygon" && !feature.properties.currentlyDrawing)
      .map(
        (feature): Feature<Polygon> => ({
          type: "Feature",
          id: String(feature.id),
          properties: { id: String(feature.id), name: "候选公园（情景）", type: "candidate", candidate: true },
          geometry: feature.geometry as Polygon,
        }),
      );
    this.onParksChange(parks);
  }

  destroy(): void {
    this.draw.stop();
  }
}
