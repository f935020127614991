import type { FeatureCollection } from "geojson";
import { matchSyllables, normalizeLatin, type PinyinReadings, readingVariants } from "./pinyin-match";

/** One layer to search: its features' names come from `nameProperty` (default `name`). */
export interface PlaceSource {
  layerId: string;
  collection: FeatureCollection;
  /** What the layer holds, passed through to matches (e.g. "park", "bay", "district"). */
  kind?: string;
  nameProperty?: string;
}

interface PlaceEntry {
  layerId: string;
  featureIndex: number;
  kind?: string;
  name: string;
  /** English name from `nameEn` / `name_en`, when present. */
  nameEnglish?: string;
  /** Alternative tone-less spellings per syllable, best first. */
  syllables: string[][];
}

export interface PlaceIndex {
  entries: PlaceEntry[];
}

type MatchKind = "name" | "pinyin" | "initials" | "english";

export interface PlaceMatch {
  layerId: string;
  featureIndex: number;
  kind?: string;
  name: string;
  nameEnglish?: string;
  matchedBy: MatchKind;
  /** Higher is better; only meaningful for ordering. */
  score: number;
}

const text = (value: unknown): string | undefined => (typeof value === "string" && value.trim().length > 0 ? value.trim() : undefined);

/**
 * Builds an offline place index from named features: each name is read once into tone-less
 * pinyin syllables (with the caller's `readings`, e.g. pinyin-pro loaded on demand) so queries
 * can use Chinese characters, full pinyin or initials. Features without a name are skipped.
 */
export function buildPlaceIndex(sources: readonly PlaceSource[], readings: PinyinReadings): PlaceIndex {
  const entries: PlaceEntry[] = [];
  for (const source of sources) {
    source.collection.features.forEach((feature, featureIndex) => {
      const properties = feature.properties ?? {};
      const name = text(properties[source.nameProperty ?? "name"]);
      if (!name) return;
      const nameEnglish = text(properties.nameEn) ?? text(properties.name_en);
      const syllables = readings(name)
        .map((alternatives) => [...new Set(alternatives.flatMap(readingVariants))])
        .filter((alternatives) => alternatives.length > 0);
      entries.push({
        layerId: source.layerId,
        featureIndex,
        name,
        syllables,
        ...(source.kind ? { kind: source.kind } : {}),
        ...(nameEnglish ? { nameEnglish } : {}),
      });
    });
  }
  return { entries };
}

const HAN = /[\u3400-\u9fff]/;

function scoreEntry(entry: PlaceEntry, raw: string, latin: string): { score: number; matchedBy: MatchKind } | null {
  if (HAN.test(raw)) {
    const query = raw.replace(/\s+/g, "");
    if (entry.name === query) return { score: 100, matchedBy: "name" };
    if (entry.name.startsWith(query)) return { score: 90, matchedBy: "name" };
    if (entry.name.includes(query)) return { score: 80, matchedBy: "name" };
    return null;
  }
  if (latin.length === 0) return null;
  const syllable = matchSyllables(latin, entry.syllables);
  let best: { score: number; matchedBy: MatchKind } | null = null;
  if (syllable) {
    const isWhole = syllable.start === 0 && syllable.count === entry.syllables.length;
    const base = isWhole ? 88 : syllable.start === 0 ? 72 : 60;
    const matchedBy = syllable.style === "initials" && latin.length > 1 ? "initials" : "pinyin";
    best = { score: base + (syllable.style === "mixed" ? -2 : 0), matchedBy };
  }
  const english = entry.nameEnglish ? normalizeLatin(entry.nameEnglish) : "";
  if (english.length > 0 && english.includes(latin)) {
    const score = english === latin ? 86 : english.startsWith(latin) ? 74 : 58;
    if (!best || score > best.score) best = { score, matchedBy: "english" };
  }
  return best;
}

/**
 * Offline place search over an index: Chinese queries match the name (exact, prefix, substring);
 * Latin queries match tone-less pinyin syllable by syllable (full pinyin, initials or a mix, e.g.
 * “zhongshan” or “zsgy” → 中山公园) and English names. Results are ranked by match quality,
 * then by shorter name, and limited to `limit`.
 */
export function searchPlaces(index: PlaceIndex, query: string, limit = 10): PlaceMatch[] {
  const raw = query.trim();
  if (raw.length === 0) return [];
  const latin = normalizeLatin(raw);
  const scored: (PlaceMatch & { order: number })[] = [];
  index.entries.forEach((entry, order) => {
    const match = scoreEntry(entry, raw, latin);
    if (!match) return;
    const { syllables: _syllables, ...place } = entry;
    scored.push({ ...place, ...match, order });
  });
  scored.sort((a, b) => b.score - a.score || a.name.length - b.name.length || a.order - b.order);
  return scored.slice(0, limit).map(({ order: _order, ...match }) => match);
}
