import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

/** Debian packages the extraction stage needs. */
export const APT_PACKAGES = ["gmt", "gmt-gshhg-full", "python3-gdal"] as const;
export const DEBIAN_PYTHON = "/usr/bin/python3";
export const GSHHG_FULL_FILE = "/usr/share/gmt-gshhg/binned_GSHHS_f.nc";

function toolsPresent(): boolean {
  const gmt = spawnSync("gmt", ["--version"], { encoding: "utf8" });
  const gdal = spawnSync(DEBIAN_PYTHON, ["-c", "from osgeo import ogr"], { encoding: "utf8" });
  return gmt.status === 0 && gdal.status === 0 && existsSync(GSHHG_FULL_FILE);
}

/**
 * Makes sure `gmt`, `gmt-gshhg-full` and `python3-gdal` are installed: installs them with apt-get when
 * running as root, otherwise throws with the exact command to run.
 */
export function ensureAptPackages(): void {
  if (toolsPresent()) return;
  const command = `apt-get update && apt-get install -y ${APT_PACKAGES.join(" ")}`;
  if (process.getuid?.() !== 0) {
    throw new Error(`missing Debian packages; run as root:\n  ${command}\nor rebuild from the committed inputs: npm run build:layers -- --skip-extract`);
  }
  console.log(`[build-layers] installing ${APT_PACKAGES.join(", ")} with apt-get`);
  execFileSync("apt-get", ["update"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", ...APT_PACKAGES], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  if (!toolsPresent()) throw new Error(`apt-get finished but the tools are still missing: ${command}`);
}
