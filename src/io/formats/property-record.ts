/**
 * Attribute objects built from untrusted files. A plain `{}` treats some keys specially: assigning
 * `"__proto__"` replaces (or silently ignores) the prototype instead of storing the attribute, and lookups of
 * absent keys such as `"constructor"` or `"hasOwnProperty"` find Object.prototype's members. A record without
 * a prototype (`Object.create(null)`) has none of these: every key — `__proto__`, `constructor`,
 * `hasOwnProperty`, `$name` — is an ordinary own property, and it survives JSON and structured cloning.
 */

export type PropertyRecord = Record<string, unknown>;

/** An empty attribute object with no prototype. */
export function createPropertyRecord(): PropertyRecord {
  return Object.create(null) as PropertyRecord;
}

/** An attribute object with no prototype holding `entries` in order (a later duplicate key wins). */
export function propertyRecordOf(entries: Iterable<readonly [string, unknown]>): PropertyRecord {
  const record = createPropertyRecord();
  for (const [key, value] of entries) record[key] = value;
  return record;
}

/** True when `record` holds `key` itself (never through a prototype). */
export function hasProperty(record: object | null | undefined, key: string): boolean {
  return record !== null && record !== undefined && Object.hasOwn(record, key);
}
