/**
 * dBase III/IV table reader for Shapefile attributes (dBase file format, as in the ESRI Shapefile Technical
 * Description 1998 §"dBASE file"): a 32-byte header (record count at bytes 4–7, header length at 8–9, record
 * length at 10–11), 32-byte field descriptors up to 0x0D, then fixed-length records, each led by a deletion
 * flag. Every count the header declares is checked against the bytes present: only whole records that the
 * file holds are read, so a header claiming 2³¹ records costs nothing. Attribute objects have no prototype
 * (`property-record.ts`), so a field named `__proto__` or `constructor` stays an ordinary attribute.
 */
import { createPropertyRecord, type PropertyRecord } from "./property-record";

interface DbfField {
  name: string;
  /** dBase type letter: C text, N/F numbers, L logical, D date (YYYYMMDD), others read as text. */
  type: string;
  lengthBytes: number;
}

export interface DbfTable {
  fields: DbfField[];
  records: PropertyRecord[];
  /** The record count the header declares (may exceed `records.length` in a damaged or hostile file). */
  declaredRecords: number;
}

const HEADER_BYTES = 32;
const DESCRIPTOR_BYTES = 32;
const FIELD_TERMINATOR = 0x0d;

function trimText(text: string): string {
  return text.replace(/\0/g, "").trim();
}

function cellValue(field: DbfField, text: string): unknown {
  switch (field.type) {
    case "N":
    case "F":
    case "O": {
      if (text === "") return null;
      const value = Number.parseFloat(text);
      return Number.isFinite(value) ? value : null;
    }
    case "L": {
      const flag = text.charAt(0).toUpperCase();
      return flag === "Y" || flag === "T" ? true : flag === "N" || flag === "F" ? false : null;
    }
    case "D": {
      const match = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
      if (!match) return null;
      const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
      const date = new Date(Date.UTC(year, month - 1, day));
      return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? `${match[1]}-${match[2]}-${match[3]}` : null;
    }
    default:
      return text;
  }
}

/**
 * Reads a .dbf with text decoded as `encoding` (a WHATWG label). Throws only for a file too short to hold a
 * header; callers turn that into an issue.
 */
export function readDbf(bytes: Uint8Array, encoding: string): DbfTable {
  if (bytes.length < HEADER_BYTES) throw new Error(`the .dbf is ${bytes.length} bytes, shorter than its 32-byte header`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const declaredRecords = view.getUint32(4, true);
  const headerLength = Math.min(view.getUint16(8, true), bytes.length);
  const recordLength = view.getUint16(10, true);
  const decoder = new TextDecoder(encoding);
  const fields: DbfField[] = [];
  let fieldOffset = 1; // byte 0 of every record is the deletion flag
  for (let at = HEADER_BYTES; at + DESCRIPTOR_BYTES <= headerLength && bytes[at] !== FIELD_TERMINATOR; at += DESCRIPTOR_BYTES) {
    const lengthBytes = bytes[at + 16]!;
    const field = { name: trimText(decoder.decode(bytes.subarray(at, at + 11))), type: String.fromCharCode(bytes[at + 11]!), lengthBytes };
    if (fieldOffset + lengthBytes > recordLength) break; // a descriptor past the record's end describes nothing
    fields.push(field);
    fieldOffset += lengthBytes;
  }
  const present = recordLength > 0 ? Math.floor((bytes.length - headerLength) / recordLength) : 0;
  const count = Math.min(declaredRecords, present);
  const records: PropertyRecord[] = new Array(count);
  for (let index = 0; index < count; index++) {
    const record = createPropertyRecord();
    let offset = headerLength + index * recordLength + 1;
    for (const field of fields) {
      record[field.name] = cellValue(field, trimText(decoder.decode(bytes.subarray(offset, offset + field.lengthBytes))));
      offset += field.lengthBytes;
    }
    records[index] = record;
  }
  return { fields, records, declaredRecords };
}
