/**
 * Reads ZIP archives (zipped Shapefiles, KMZ, XLSX) with `fflate`, loaded
 * lazily. Entries are keyed by their path; macOS `__MACOSX/` resource forks
 * are skipped; a size cap guards against zip bombs.
 */

/** Largest total uncompressed size read from one archive. */
const MAX_UNZIPPED_BYTES = 1_500_000_000;

export type ZipEntries = Record<string, Uint8Array>;

/** True when the bytes start with a ZIP local-file header ("PK\x03\x04"). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Unzips the entries whose name passes `keep` (all when omitted).
 * Throws on a corrupt archive; callers turn that into a "parse-error" issue.
 */
export async function readZipEntries(bytes: Uint8Array, keep?: (name: string) => boolean): Promise<ZipEntries> {
  const { unzipSync } = await import("fflate");
  let total = 0;
  return unzipSync(bytes, {
    filter: (file) => {
      if (file.name.includes("__MACOSX/") || file.name.endsWith("/")) return false;
      if (keep && !keep(file.name)) return false;
      total += file.originalSize;
      if (total > MAX_UNZIPPED_BYTES) throw new Error("archive expands beyond 1.5 GB");
      return true;
    },
  });
}
