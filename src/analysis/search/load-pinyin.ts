import type { PinyinReadings } from "./pinyin-match";

/**
 * Loads pinyin-pro on demand (a separate chunk, kept out of the initial bundle) and adapts it to
 * `PinyinReadings`: per character, the reading chosen in context first, then its other readings
 * (polyphones such as 长 chang/zhang), tone-less; non-Chinese characters read as themselves.
 */
export async function loadPinyin(): Promise<PinyinReadings> {
  const { pinyin } = await import("pinyin-pro");
  return (text) =>
    pinyin(text, { type: "all", toneType: "none" }).map((character) =>
      character.isZh && character.pinyin ? [character.pinyin, ...character.polyphonic] : [character.origin],
    );
}
