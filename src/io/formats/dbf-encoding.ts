/**
 * Chooses the text encoding of a Shapefile's .dbf attributes: the user's
 * choice, else the .cpg code page, else the dBase language-driver id (byte 29),
 * else a guess: valid UTF-8 stays UTF-8, anything else is read as GBK — most
 * Chinese Shapefiles (ArcGIS "ANSI" on a Chinese Windows) are code page 936.
 * Labels follow the WHATWG Encoding Standard, which TextDecoder implements.
 */

export interface EncodingChoice {
  /** WHATWG label, e.g. "utf-8", "gbk", "gb18030". */
  encoding: string;
  source: "option" | "cpg" | "language-driver" | "guess";
}

function isSupported(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
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
  if (dbf.length > 29 && CHINESE_LANGUAGE_DRIVERS.has(dbf[29]!)) return { encoding: "gbk", source: "language-driver" };
  const text = dbfTextBytes(dbf);
  if (!hasNonAscii(text) || isValidUtf8(text)) return { encoding: "utf-8", source: "guess" };
  return { encoding: "gbk", source: "guess" };
}
