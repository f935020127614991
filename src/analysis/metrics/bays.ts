import type { FeatureCollection } from "geojson";
import type { BaysResult } from "../../domain/metrics-report";

/** The `status` value of a bay built as a 美丽海湾 (beautiful bay). */
const BUILT_BAY_STATUS = "built";

/**
 * Bay (海湾) programme figures from the bay layer's `status` attribute (built, target-2025, …, phased): the number
 * of bays, the count and share of each status, and the names of the bays built as 美丽海湾. Bays without a
 * status are counted in `withoutStatusCount` and in no status.
 * @example bayMetrics(bays).byStatus // [{ status: "built", count: 1, share: 0.1 }, …]
 */
export function bayMetrics(bays: FeatureCollection): BaysResult {
  const counts = new Map<string, number>();
  const beautifulBayNames: string[] = [];
  let withoutStatusCount = 0;
  for (const feature of bays.features) {
    const raw = feature.properties?.status;
    const status = typeof raw === "string" ? raw.trim() : "";
    if (!status) {
      withoutStatusCount += 1;
      continue;
    }
    counts.set(status, (counts.get(status) ?? 0) + 1);
    if (status === BUILT_BAY_STATUS) beautifulBayNames.push(String(feature.properties?.name ?? ""));
  }
  const count = bays.features.length;
  return {
    count,
    byStatus: [...counts.entries()].map(([status, statusCount]) => ({ status, count: statusCount, share: statusCount / count })),
    beautifulBayNames,
    withoutStatusCount,
  };
}
