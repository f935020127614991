import "maplibre-gl/dist/maplibre-gl.css";
import { useEffect, useRef } from "react";
import { analysisStore, layersStore, pointerStore, scenarioStore, sitingStore, uiStore } from "../state/app-stores";
import { MapAdapter } from "./map-adapter";
import { connectMap, mapAdapterOptions } from "./map-controller";

const stores = { layersStore, uiStore, pointerStore, analysisStore, scenarioStore, sitingStore };

/** The map: creates one `MapAdapter` and connects it to the stores (`connectMap`); React never re-renders for map data. */
export function MapView({ label }: { label: string }) {
  const containerRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const adapter = new MapAdapter(container, mapAdapterOptions(stores));
    const disconnect = connectMap(adapter, stores);
    return () => {
      disconnect();
      adapter.destroy();
    };
  }, []);
  return <div ref={containerRef} className="map-container" role="application" aria-label={label} data-testid="map" />;
}
