/**
 * Chooses the text encoding of a Shapefile's .dbf attributes: the user's
 * choice, else the .cpg code page, else the dBase language-driver id (byte 29),
 * else a guess: valid UTF-8 stays UTF-8, anything else is read as GBK — most
 * Chinese Shapefiles (ArcGIS "ANSI" on a Chinese Windows) are code page 936.
 * Labels follow the WHATWG Encoding Standard, which TextDecoder implements.
 * Only ASCII-compatible encodings are accepted: dBase field names, numbers,
 * dates and padding are single-byte ASCII whatever the code page, so a .cpg
 * naming UTF-16 (or an ISO-2022 or "replacement" encoding) cannot describe a
 * .dbf; such a .cpg, or one naming no known encoding, is reported exactly as
 * written (`rejectedCpg`) and the encoding is chosen as if it were absent.
 */

export interface EncodingChoice {
  /** WHATWG label, e.g. "utf-8", "gbk", "gb18030". */
  encoding: string;
  source: "option" | "cpg" | "language-driver" | "guess";
  /** The .cpg text (NULs and surrounding blanks removed) when it named no usable encoding. */
  rejectedCpg?: string;
}

const PRINTABLE_ASCII = Uint8Array.from({ length: 0x7f - 0x20 }, (_, index) => 0x20 + index);
const PRINTABLE_ASCII_TEXT = String.fromCharCode(...PRINTABLE_ASCII);
/** Stateful encodings that read plain ASCII as ASCII but switch on escape sequences. */
const STATEFUL = new Set(["iso-2022-jp"]);

/** True when TextDecoder knows `label` and decodes printable ASCII bytes as themselves. */
function isSupported(label: string): boolean {
  try {
    const decoder = new TextDecoder(label);
    return !STATEFUL.has(decoder.encoding) && decoder.decode(PRINTABLE_ASCII) === PRINTABLE_ASCII_TEXT;
  } catch {
    return false;
  }
}

/** The .cpg text as quoted in messages: cut to 40 characters, control characters shown as \uXXXX escapes. */
export function describeCpg(text: string): string {
  const cut = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return JSON.stringify(cut).replace(/[\u007f-\u009f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Maps a .cpg text ("GBK", "936", "ANSI 936", "UTF-8", "65001", "1252" …) to a WHATWG label. */
export function encodingFromCodePage(text: string): string | undefined {
  const value = text.replace(/\0/g, "").trim();
  if (/^(utf-?8|65001)$/i.test(value)) return "utf-8";
  if (/^(ansi\s*)?(gbk|cp\s*936|936|gb2312|x-gbk|chinese)$/i.test(value)) return "gbk";
  if (/^(gb18030|54936)$/i.test(value)) return "gb18030";
  if (/^(big5|950|cp950)$/i.test(value)) return "big5";
  const numeric = /^(?:ansi\s*|cp\s*)?(\d{3,5})$/i.exec(value);
  if (numeric && isSupported(`windows-${numeric[1]}`)) return `windows-${numeric[1]}`;
  return isSupported(value) ? value.toLowerCase() : undefined;
}

/** Language-driver ids (dBase header byte 29) that name a Chinese code page. */
const CHINESE_LANGUAGE_DRIVERS = new Set([0x4d, 0x7a]);

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80) return true;
  return false;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The text-bearing bytes of a .dbf: field names and records (binary header fields excluded). */
function dbfTextBytes(dbf: Uint8Array): Uint8Array {
  if (dbf.length < 32) return new Uint8Array(0);
  const headerLength = Math.min(dbf[8]! | (dbf[9]! << 8), dbf.length);
  const parts: Uint8Array[] = [];
  for (let offset = 32; offset + 11 <= headerLength && dbf[offset] !== 0x0d; offset += 32) parts.push(dbf.subarray(offset, offset + 11));
  parts.push(dbf.subarray(headerLength));
  const text = new Uint8Array(parts.reduce((sum, part) => sum + part.length + 1, 0));
  let position = 0;
  for (const part of parts) {
    text.set(part, position);
    position += part.length + 1; // a zero byte separates parts so no sequence spans two
  }
  return text;
}

/** Picks the attribute encoding of a .dbf (see module comment). */
export function chooseDbfEncoding(dbf: Uint8Array, cpgText: string | undefined, forced?: string): EncodingChoice {
  if (forced && isSupported(forced)) return { encoding: forced, source: "option" };
  const fromCpg = cpgText ? encodingFromCodePage(cpgText) : undefined;
  if (fromCpg) return { encoding: fromCpg, source: "cpg" };
  const declared = cpgText?.replace(/\0/g, "").trim();
  const rejected = declared ? { rejectedCpg: declared } : {};
  if (dbf.length > 29 && CHINESE_LANGUAGE_DRIVERS.has(dbf[29]!)) return { encoding: "gbk", source: "language-driver", ...rejected };
  const text = dbfTextBytes(dbf);
  if (!hasNonAscii(text) || isValidUtf8(text)) return { encoding: "utf-8", source: "guess", ...rejected };
  return { encoding: "gbk", source: "guess", ...rejected };
}
