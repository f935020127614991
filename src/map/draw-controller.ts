import type { Feature, LineString, Polygon } from "geojson";
import type { Map as MapLibreMap } from "maplibre-gl";
import { TerraDraw, TerraDrawLineStringMode, TerraDrawPolygonMode, TerraDrawSelectMode } from "terra-draw";
import { TerraDrawMapLibreGLAdapter } from "terra-draw-maplibre-gl-adapter";
import type { DrawTool } from "../state/scenario-store";
import type { MeasureTool } from "../state/ui-store";

const MODE_OF: Record<DrawTool, string> = { off: "static", draw: "polygon", path: "path", edit: "select" };
const MEASURE_MODE_OF: Record<Exclude<MeasureTool, "off">, string> = { distance: "measure-line", area: "measure-area" };
const PARK_GREEN = "#1a9850";
const PATH_PURPLE = "#6a3d9a";

/**
 * Drawing, moving, reshaping and deleting candidate parks and candidate walking paths with terra-draw (the
 * MapLibre adapter). Reports the whole set of polygons and of paths after every finished edit or deletion.
 */
export class DrawController {
  private readonly draw: TerraDraw;
  private isLoading = false;

  private scenarioTool: DrawTool = "off";
  private measureTool: MeasureTool = "off";

  constructor(
    map: MapLibreMap,
    private readonly onParksChange: (parks: Feature<Polygon>[]) => void,
    private readonly onPathsChange: (paths: Feature<LineString>[]) => void,
    private readonly onMeasure: (geometry: LineString | Polygon | null) => void,
  ) {
    this.draw = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map, coordinatePrecision: 7 }),
      modes: [
        new TerraDrawPolygonMode({ styles: { fillColor: PARK_GREEN, fillOpacity: 0.45, outlineColor: "#0b5d2a", outlineWidth: 2 } }),
        new TerraDrawLineStringMode({ modeName: "path", styles: { lineStringColor: PATH_PURPLE, lineStringWidth: 4 } }),
        new TerraDrawLineStringMode({ modeName: "measure-line", styles: { lineStringColor: "#d95f02", lineStringWidth: 3 } }),
        new TerraDrawPolygonMode({ modeName: "measure-area", styles: { fillColor: "#d95f02", fillOpacity: 0.2, outlineColor: "#d95f02", outlineWidth: 2 } }),
        new TerraDrawSelectMode({
          flags: {
            polygon: { feature: { draggable: true, coordinates: { draggable: true, deletable: true, midpoints: true } } },
            path: { feature: { draggable: true, coordinates: { draggable: true, deletable: true, midpoints: true } } },
          },
          styles: { selectedPolygonColor: "#66bd63", selectedPolygonOutlineColor: "#0b5d2a" },
        }),
      ],
    });
    this.draw.start();
    this.draw.on("finish", (id) => {
      const feature = this.draw.getSnapshotFeature(id);
      const mode = feature?.properties.mode;
      if (mode === "measure-line" || mode === "measure-area") this.finishMeasure(id, feature?.geometry as LineString | Polygon);
      else this.report();
    });
    this.draw.on("change", (_ids, type) => {
      if (type === "delete") this.report();
    });
  }

  /** Switches between no drawing, drawing new parks, and editing (select, drag, reshape, Delete key). */
  setTool(tool: DrawTool): void {
    this.scenarioTool = tool;
    this.applyMode();
  }

  /** Measuring (ellipsoidal distance or area) takes precedence over the scenario tool while on. */
  setMeasureTool(tool: MeasureTool): void {
    this.measureTool = tool;
    if (tool === "off") this.clearMeasures();
    this.applyMode();
  }

  private applyMode(): void {
    this.draw.setMode(this.measureTool === "off" ? MODE_OF[this.scenarioTool] : MEASURE_MODE_OF[this.measureTool]);
  }

  private measureIds(): (string | number)[] {
    return this.draw
      .getSnapshot()
      .filter((feature) => feature.properties.mode === "measure-line" || feature.properties.mode === "measure-area")
      .map((feature) => feature.id as string | number);
  }

  private finishMeasure(id: string | number, geometry: LineString | Polygon): void {
    const older = this.measureIds().filter((candidate) => candidate !== id);
    if (older.length > 0) this.draw.removeFeatures(older);
    this.onMeasure(geometry);
  }

  private clearMeasures(): void {
    const ids = this.measureIds();
    if (ids.length > 0) this.draw.removeFeatures(ids);
    this.onMeasure(null);
  }

  /** Shows a scenario's parks and paths (replacing what is drawn) without reporting them back. */
  load(parks: Feature<Polygon>[], paths: Feature<LineString>[] = []): void {
    this.isLoading = true;
    const drawnIds = this.draw
      .getSnapshot()
      .filter((feature) => feature.properties.mode === "polygon" || feature.properties.mode === "path")
      .map((feature) => feature.id as string | number);
    if (drawnIds.length > 0) this.draw.removeFeatures(drawnIds);
    const asDrawn = (feature: Feature, mode: string) => ({ ...feature, id: String(feature.id), properties: { ...feature.properties, mode } });
    this.draw.addFeatures([...parks.map((park) => asDrawn(park, "polygon")), ...paths.map((path) => asDrawn(path, "path"))] as never);
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
          properties: { id: String(feature.id), name: "候选公园（情景）", type: "候选公园", candidate: true },
          geometry: feature.geometry as Polygon,
        }),
      );
    this.onParksChange(parks);
    const paths = this.draw
      .getSnapshot()
      .filter((feature) => feature.geometry.type === "LineString" && feature.properties.mode === "path" && !feature.properties.currentlyDrawing)
      .map(
        (feature): Feature<LineString> => ({
          type: "Feature",
          id: String(feature.id),
          properties: { id: String(feature.id), name: "候选步行路径（情景）", candidate: true },
          geometry: feature.geometry as LineString,
        }),
      );
    this.onPathsChange(paths);
  }

  destroy(): void {
    this.draw.stop();
  }
}
