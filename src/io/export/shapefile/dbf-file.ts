/**
 * Writes a dBASE III table (.dbf) of feature attributes in UTF-8, the encoding the matching .cpg declares
 * ("UTF-8", as GDAL writes it). Field names are cut to 10 bytes and made unique; text is cut to the field
 * width at a character boundary, never inside a multi-byte Chinese character.
 */
type Attribute = string | number | boolean | null;

export interface DbfField {
  name: string;
  /** C text, N number, L logical. */
  type: "C" | "N" | "L";
  lengthBytes: number;
  decimals: number;
  /** The property this field holds. */
  property: string;
}

const encoder = new TextEncoder();
const MAX_TEXT_BYTES = 254;
const NUMBER_BYTES = 24;

/** The longest prefix of `text` whose UTF-8 encoding fits in `maxBytes`. */
export function utf8Prefix(text: string, maxBytes: number): Uint8Array {
  let bytes = 0;
  let end = 0;
  for (const character of text) {
    const size = encoder.encode(character).length;
    if (bytes + size > maxBytes) break;
    bytes += size;
    end += character.length;
  }
  return encoder.encode(text.slice(0, end));
}

function toAttribute(value: unknown): Attribute {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  return JSON.stringify(value);
}

function fieldName(property: string, used: Set<string>): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are replaced in DBF field names
  const base = new TextDecoder().decode(utf8Prefix(property.replace(/[\u0000-\u001f]/g, "_") || "field", 10));
  let name = base;
  for (let suffix = 1; used.has(name.toLowerCase()); suffix++) {
    const tail = `_${suffix}`;
    name = new TextDecoder().decode(utf8Prefix(base, 10 - tail.length)) + tail;
  }
  used.add(name.toLowerCase());
  return name;
}

const integerDigits = (value: number) => String(Math.trunc(Math.abs(value))).length + (value < 0 ? 1 : 0);

/** Chooses one field per property: numbers → N, booleans → L, anything else (or mixed) → C. */
export function dbfFields(rows: Record<string, unknown>[]): DbfField[] {
  const properties = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const used = new Set<string>();
  return properties.map((property) => {
    const values = rows.map((row) => toAttribute(row[property])).filter((value): value is Exclude<Attribute, null> => value !== null);
    const name = fieldName(property, used);
    if (values.length > 0 && values.every((value) => typeof value === "boolean")) return { name, type: "L", lengthBytes: 1, decimals: 0, property };
    if (values.length > 0 && values.every((value) => typeof value === "number")) {
      const numbers = values as number[];
      const digits = Math.max(1, ...numbers.map(integerDigits));
      const decimals = numbers.every(Number.isInteger) ? 0 : Math.max(0, Math.min(8, NUMBER_BYTES - 2 - digits));
      return { name, type: "N", lengthBytes: Math.min(NUMBER_BYTES, digits + (decimals > 0 ? decimals + 1 : 0)), decimals, property };
    }
    const longest = Math.max(1, ...values.map((value) => encoder.encode(String(value)).length));
    return { name, type: "C", lengthBytes: Math.min(MAX_TEXT_BYTES, longest), decimals: 0, property };
  });
}

function cellBytes(field: DbfField, value: Attribute): Uint8Array {
  const cell = new Uint8Array(field.lengthBytes).fill(0x20);
  if (value === null) {
    if (field.type === "L") cell[0] = 0x3f; // "?" = unknown
    return cell;
  }
  if (field.type === "L") {
    cell[0] = value ? 0x54 : 0x46;
    return cell;
  }
  if (field.type === "N") {
    const text = encoder.encode((value as number).toFixed(field.decimals));
    cell.set(text.subarray(0, field.lengthBytes), Math.max(0, field.lengthBytes - text.length));
    return cell;
  }
  cell.set(utf8Prefix(String(value), field.lengthBytes));
  return cell;
}

/** The .dbf bytes of `rows` (one per shape record, in the same order). */
export function writeDbf(rows: Record<string, unknown>[], date = new Date()): Uint8Array {
  const fields = dbfFields(rows);
  const headerBytes = 32 + 32 * fields.length + 1;
  const recordBytes = 1 + fields.reduce((sum, field) => sum + field.lengthBytes, 0);
  const bytes = new Uint8Array(headerBytes + recordBytes * rows.length + 1);
  const view = new DataView(bytes.buffer);
  view.setUint8(0, 0x03);
  view.setUint8(1, date.getFullYear() - 1900);
  view.setUint8(2, date.getMonth() + 1);
  view.setUint8(3, date.getDate());
  view.setUint32(4, rows.length, true);
  view.setUint16(8, headerBytes, true);
  view.setUint16(10, recordBytes, true);
  fields.forEach((field, index) => {
    const at = 32 + 32 * index;
    bytes.set(encoder.encode(field.name), at);
    view.setUint8(at + 11, field.type.charCodeAt(0));
    view.setUint8(at + 16, field.lengthBytes);
    view.setUint8(at + 17, field.decimals);
  });
  view.setUint8(headerBytes - 1, 0x0d);
  let offset = headerBytes;
  for (const row of rows) {
    bytes[offset++] = 0x20;
    for (const field of fields) {
      bytes.set(cellBytes(field, toAttribute(row[field.property])), offset);
      offset += field.lengthBytes;
    }
  }
  bytes[offset] = 0x1a;
  return bytes;
}
