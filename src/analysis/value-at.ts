/**
 * `array[index]` for an index the caller's own bounds guarantee (a unit's slot in a coverage layer, a class's
 * layer, a pair inside a ring): returns the element, or throws a `RangeError` naming the index when that invariant
 * is broken, instead of letting `undefined` flow on as `NaN`. Small enough for V8 to inline in hot loops.
 */
export function valueAt<T>(array: ArrayLike<T>, index: number): T {
  const value = array[index];
  if (value === undefined) throw new RangeError(`index ${index} is outside an array of ${array.length}`);
  return value;
}
