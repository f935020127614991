import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useMemo, useRef, useState } from "react";
import { layersStore, uiStore } from "../../state/app-stores";
import { useLayers, useLayersShallow, useUi } from "../../state/hooks";
import { featureBbox } from "../../state/place-search";
import { layerFieldNames } from "../../state/restyle";
import { type TableQuery, tableRows } from "../../state/table-rows";
import { propertyText } from "../format";
import { useTranslate } from "../use-translate";
import { localeNumber } from "../locale-number";

const ROW_HEIGHT_PX = 30;

/**
 * The attribute table of one layer: filter, sort, click a row to select and zoom to the feature;
 * the map's selection highlights and scrolls to its row. Virtualised, so 100k rows stay fluid.
 * It is also the text alternative to the map.
 */
export function AttributeTable() {
  const { t, pick, language } = useTranslate();
  const selection = useUi((state) => state.selection);
  const loadedIds = useLayersShallow((state) => state.order.filter((id) => state.data[id] && state.metas[id]?.kind !== "land"));
  const metas = useLayers((state) => state.metas);
  const [layerId, setLayerId] = useState<string>(selection?.layerId ?? loadedIds.find((id) => metas[id]?.kind === "park") ?? loadedIds[0] ?? "");
  const data = useLayers((state) => state.data[layerId]);
  const [query, setQuery] = useState<TableQuery>({ search: "", sortKey: null, sortDirection: "ascending" });
  // biome-ignore lint/correctness/useExhaustiveDependencies: the field names are read from the layer data, which may arrive after the layer id
  const columns = useMemo(() => layerFieldNames(layerId).slice(0, 12), [data, layerId]);
  const rows = useMemo(() => (data ? tableRows(data, query) : []), [data, query]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT_PX, overscan: 10 });
  const selectedRow = selection?.layerId === layerId ? rows.indexOf(selection.featureIndex) : -1;
  useEffect(() => {
    if (selectedRow >= 0) virtualizer.scrollToIndex(selectedRow, { align: "center" });
  }, [selectedRow, virtualizer]);
  const sortBy = (key: string) =>
    setQuery((current) => ({
      ...current,
      sortKey: key,
      sortDirection: current.sortKey === key && current.sortDirection === "ascending" ? "descending" : "ascending",
    }));
  const choose = (featureIndex: number) => {
    uiStore.getState().selectFeature({ layerId, featureIndex });
    const bbox = featureBbox(layersStore.getState(), layerId, featureIndex);
    if (bbox) uiStore.getState().requestView(bbox);
  };
  const gridTemplate = `repeat(${Math.max(1, columns.length)}, minmax(90px, 1fr))`;
  return (
    <section className="attribute-table-panel" aria-label={t("tab.table")} data-testid="attribute-table">
      <div className="table-controls">
        <label>
          {t("table.layer")}
          <select value={layerId} onChange={(event) => setLayerId(event.target.value)} data-testid="table-layer">
            {loadedIds.map((id) => (
              <option key={id} value={id}>
                {metas[id] ? pick(metas[id].title) : id}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("table.search")}
          <input type="search" value={query.search} onChange={(event) => setQuery({ ...query, search: event.target.value })} data-testid="table-search" />
        </label>
        <p className="hint" aria-live="polite">
          {t("table.rows", { shown: localeNumber(rows.length, language), total: localeNumber(data?.features.length ?? 0, language) })} · {t("table.sortHint")}
        </p>
      </div>
      {!data ? (
        <p>{t("table.empty")}</p>
      ) : (
        <div role="table" aria-rowcount={rows.length + 1} className="virtual-table">
          <div role="row" className="virtual-row header-row" style={{ gridTemplateColumns: gridTemplate }}>
            {columns.map((column) => (
              <span role="columnheader" key={column} aria-sort={query.sortKey === column ? query.sortDirection : "none"}>
                <button type="button" onClick={() => sortBy(column)}>
                  {column}
                  {query.sortKey === column ? (query.sortDirection === "ascending" ? " ▲" : " ▼") : ""}
                </button>
              </span>
            ))}
          </div>
          <div ref={scrollRef} className="virtual-body">
            <div style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
              {virtualizer.getVirtualItems().map((item) => {
                const featureIndex = rows[item.index] as number;
                const properties = data.features[featureIndex]?.properties ?? {};
                return (
                  <div
                    role="row"
                    key={item.key}
                    aria-rowindex={item.index + 2}
                    aria-selected={item.index === selectedRow}
                    tabIndex={0}
                    className="virtual-row"
                    data-testid="table-row"
                    style={{ gridTemplateColumns: gridTemplate, transform: `translateY(${item.start}px)`, height: ROW_HEIGHT_PX }}
                    onClick={() => choose(featureIndex)}
                    onKeyDown={(event) => {
                      if (event.key === "Enter") choose(featureIndex);
                    }}
                  >
                    {columns.map((column) => (
                      <span role="cell" key={column}>
                        {propertyText(Object.hasOwn(properties, column) ? properties[column] : undefined)}
                      </span>
                    ))}
                  </div>
                );
              })}
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
