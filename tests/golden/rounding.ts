/** Rounds to the declared precision: ratios and shares 4 decimals, km 0.01, m²/ha/亩/population whole (Turf-style stable goldens). */
export function rounded(value: unknown, key = ""): unknown {
  if (typeof value === "number") {
    if (/ratio|share/i.test(key)) return Number(value.toFixed(4));
    if (/km/i.test(key)) return Number(value.toFixed(2));
    if (/M2|Ha|Mu|population/i.test(key)) return Math.round(value);
    return Number(value.toFixed(4));
  }
  if (Array.isArray(value)) return value.map((item) => rounded(item, key));
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== "description")
        .map(([k, v]) => [k, rounded(v, k)]),
    );
  }
  return value;
}
