/**
 * Line breaking and shortening of text for pictures drawn with the 2D canvas, given a function that measures
 * a string's width. Breaks at spaces and between CJK characters; a word wider than the line is cut by character.
 */

/** Width in pixels of `text` in the font the caller draws it with. */
export type MeasureWidth = (text: string) => number;

/** CJK ideographs, kana, Hangul and full-width forms: each one may stand at the end of a line. */
const CJK_CHAR = "\\u2e80-\\u9fff\\u3000-\\u303f\\uac00-\\ud7af\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uffef";
const TOKEN = new RegExp(`\\s+|[${CJK_CHAR}]|[^\\s${CJK_CHAR}]+`, "gu");

function splitLongWord(word: string, maxWidthPx: number, measure: MeasureWidth): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const char of word) {
    if (piece && measure(piece + char) > maxWidthPx) {
      pieces.push(piece);
      piece = char;
    } else {
      piece += char;
    }
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * Breaks `text` into lines no wider than `maxWidthPx` (a single character wider than that still gets a line of
 * its own). Runs of white space collapse at line ends; nothing is dropped but that white space.
 */
export function wrapText(text: string, maxWidthPx: number, measure: MeasureWidth): string[] {
  const lines: string[] = [];
  let line = "";
  const finish = () => {
    const trimmed = line.trimEnd();
    if (trimmed) lines.push(trimmed);
    line = "";
  };
  for (const token of text.match(TOKEN) ?? []) {
    if (/^\s+$/u.test(token)) {
      if (line) line += " ";
      continue;
    }
    if (measure(line + token) <= maxWidthPx) {
      line += token;
      continue;
    }
    finish();
    if (measure(token) <= maxWidthPx) {
      line = token;
      continue;
    }
    const pieces = splitLongWord(token, maxWidthPx, measure);
    lines.push(...pieces.slice(0, -1));
    line = pieces.at(-1) ?? "";
  }
  finish();
  return lines;
}

/** `text`, or its longest start that fits `maxWidthPx` with "…" after it. */
export function shortenText(text: string, maxWidthPx: number, measure: MeasureWidth): string {
  if (measure(text) <= maxWidthPx) return text;
  const chars = [...text];
  let kept = chars.length;
  while (kept > 0 && measure(`${chars.slice(0, kept).join("").trimEnd()}…`) > maxWidthPx) kept -= 1;
  return kept === 0 ? "…" : `${chars.slice(0, kept).join("").trimEnd()}…`;
}
