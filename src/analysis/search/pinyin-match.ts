/**
 * Per-character pinyin readings of a text, best reading first: `中山` → [["zhong"], ["shan"]].
 * Non-Chinese characters read as themselves. Injected by the caller (e.g. `loadPinyin()`), so the
 * search module carries no dictionary.
 */
export type PinyinReadings = (text: string) => string[][];

/** Lower-cases, removes tone marks and separators; `ü` (with any tone) becomes `v`. */
export function normalizeLatin(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/u\u0308/g, "v")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\s'’·\-_.]/g, "");
}

/** The tone-less spellings a reading may be typed as (`lǜ` → `lv`, `lu`). */
export function readingVariants(reading: string): string[] {
  const decomposed = reading.toLowerCase().normalize("NFD");
  const variants = [normalizeLatin(decomposed), normalizeLatin(decomposed.replace(/u\u0308/g, "u"))];
  return [...new Set(variants.filter((variant) => variant.length > 0))];
}

/** How a query matched a run of syllables. */
export interface SyllableMatch {
  /** Index of the first syllable matched. */
  start: number;
  /** Number of syllables the query covered. */
  count: number;
  /** Every syllable typed in full (full pinyin), every one by its first letter (initials), or a mix. */
  style: "full" | "initials" | "mixed";
}

interface Walk {
  end: number;
  isAllFull: boolean;
  isAllInitials: boolean;
}

function walkFrom(query: string, syllables: readonly (readonly string[])[], start: number): Walk | null {
  const memo = new Map<number, Walk | null>();
  const walk = (position: number, index: number): Walk | null => {
    if (position === query.length) return { end: index, isAllFull: true, isAllInitials: true };
    if (index >= syllables.length) return null;
    const key = position * 1000 + index;
    if (memo.has(key)) return memo.get(key) ?? null;
    let found: Walk | null = null;
    for (const spelling of syllables[index] ?? []) {
      for (let length = Math.min(spelling.length, query.length - position); length >= 1 && !found; length -= 1) {
        if (query.slice(position, position + length) !== spelling.slice(0, length)) continue;
        const rest = walk(position + length, index + 1);
        if (rest)
          found = {
            end: rest.end,
            isAllFull: rest.isAllFull && length === spelling.length,
            isAllInitials: rest.isAllInitials && length === 1,
          };
      }
      if (found) break;
    }
    memo.set(key, found);
    return found;
  };
  return walk(0, start);
}

/**
 * Matches a normalized query against a sequence of syllables (each with alternative spellings),
 * letting every syllable be typed as any non-empty prefix: “zhongshan”, “zsgy” and “zhongsgy” all
 * match 中山公园. Tries each start syllable in order and returns the earliest that matches.
 */
export function matchSyllables(query: string, syllables: readonly (readonly string[])[]): SyllableMatch | null {
  if (query.length === 0) return null;
  for (let start = 0; start < syllables.length; start += 1) {
    const found = walkFrom(query, syllables, start);
    if (!found) continue;
    const style = found.isAllFull ? "full" : found.isAllInitials ? "initials" : "mixed";
    return { start, count: found.end - start, style };
  }
  return null;
}
