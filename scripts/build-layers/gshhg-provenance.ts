import { BASE_BOX, GSHHG_VERSION } from "./config";
import type { LocalizedText } from "../../src/domain/layer-meta";

export const GSHHG_LICENCE = "LGPL-3.0-or-later";
export const GSHHG_ATTRIBUTION = `GSHHG ${GSHHG_VERSION} (Wessel & Smith, LGPL)`;
export const GSHHG_SOURCE: LocalizedText = {
  zh: `GSHHG ${GSHHG_VERSION} 全分辨率海岸线（Debian 软件包 gmt-gshhg-full，Wessel & Smith）`,
  en: `GSHHG ${GSHHG_VERSION} full-resolution shoreline (Debian package gmt-gshhg-full; Wessel & Smith)`,
};

/** Shared README section: provenance, licence, method of the GSHHG layers. */
export function gshhgMethodText(): string {
  const [west, south, east, north] = BASE_BOX;
  return `
## Provenance and licence

- Source: GSHHG ${GSHHG_VERSION} — Wessel, P., and W. H. F. Smith, *A Global Self-consistent, Hierarchical,
  High-resolution Shoreline Database*, J. Geophys. Res., 101, 8741–8743, 1996; https://www.soest.hawaii.edu/pwessel/gshhg/
  Obtained by package name: Debian \`gmt-gshhg-full\` (file \`/usr/share/gmt-gshhg/binned_GSHHS_f.nc\`), read with Debian \`gmt\`.
- Licence: ${GSHHG_LICENCE}. The full licence texts and the upstream README are in \`layers/LICENSES/\`.
  Attribution shown on the map: "${GSHHG_ATTRIBUTION}".
- Vintage: WVS/CIA World Data Bank era shoreline (1990s); recent land reclamation (ports, parts of Jiaozhou Bay)
  may differ from today's coast by hundreds of metres.

## Method (reproducible: \`npm run build:layers\`)

1. Extraction stage (\`scripts/build-layers/extract/extract-gshhg.ts\`, needs Debian \`gmt gmt-gshhg-full python3-gdal\`):
   \`gmt coast -R${west}/${east}/${south}/${north} -Df -W -M\` dumps the shoreline pieces per GSHHG bin;
   \`extract/gshhg-polygonize.py\` (GEOS via python3-gdal) unions them with the box outline, polygonizes, keeps the
   faces whose interior point \`gmt select -Df -Ns/k/s/k/s\` classifies as land, dissolves them and writes the
   committed intermediate \`scripts/build-layers/inputs/gshhg-land.geojson\`.
2. JS stage (\`scripts/build-layers/base-stage.ts\`, no apt needed, deterministic): sorts, assigns ids, derives the
   shoreline from the land rings without the box edges, rounds to 6 decimals, applies RFC 7946 winding.
`;
}
