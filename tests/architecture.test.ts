import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/** Which of our own folders each folder may import (docs/architecture.md, "one-way imports"). */
const ALLOWED_INTERNAL: Record<string, string[]> = {
  domain: ["domain"],
  analysis: ["analysis", "domain"],
  io: ["io", "domain"],
  worker: ["worker", "analysis", "io", "domain"],
  state: ["state", "services", "domain", "io", "worker", "analysis"],
  map: ["map", "state", "services", "domain"],
  ui: ["ui", "state", "domain", "map"],
  cli: ["cli", "io", "analysis", "domain"],
  app: ["app", "services", "state", "map", "worker", "io", "domain"],
  services: ["services", "io", "domain"],
};

/** Packages a folder must never import (prefix match). */
const FORBIDDEN_PACKAGES: Record<string, string[]> = {
  domain: ["react", "maplibre-gl", "zustand", "node:", "@turf", "proj4"],
  analysis: ["react", "maplibre-gl", "zustand", "node:", "comlink"],
  io: ["react", "maplibre-gl", "zustand", "node:"],
  worker: ["react", "maplibre-gl", "zustand", "node:"],
  state: ["react-dom", "maplibre-gl", "node:"],
  map: ["node:"],
  ui: ["maplibre-gl", "node:"],
  cli: ["react", "maplibre-gl", "zustand"],
  app: ["maplibre-gl", "node:"],
  services: ["react", "maplibre-gl", "zustand", "node:"],
};

const SRC = resolve("src");

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function importSpecifiers(path: string): string[] {
  const text = readFileSync(path, "utf8");
  const pattern = /(?:^|\n)\s*(?:import|export)[^;]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|^\s*import\s+["']([^"']+)["']/gm;
  return [...text.matchAll(pattern)].map((match) => match[1] ?? match[2] ?? match[3] ?? "");
}

const folderOf = (path: string) => relative(SRC, path).split("/")[0] ?? "";

/** Rule violations of one file (path relative to src/) given its import specifiers. */
function violationsOf(relativePath: string, specifiers: string[]): string[] {
  const folder = relativePath.split("/")[0] ?? "";
  if (!relativePath.includes("/")) return [];
  if (!ALLOWED_INTERNAL[folder]) return [`${relativePath}: folder "${folder}" has no rule`];
  return specifiers.flatMap((specifier) => {
    if (specifier.startsWith(".")) {
      const target = relative(SRC, resolve(SRC, dirname(relativePath), specifier)).split("/")[0] ?? "";
      return ALLOWED_INTERNAL[folder]?.includes(target) ? [] : [`${relativePath} imports ${specifier} (${folder} → ${target})`];
    }
    const isForbidden = (FORBIDDEN_PACKAGES[folder] ?? []).some((prefix) =>
      prefix.endsWith(":") ? specifier.startsWith(prefix) : specifier === prefix || specifier.startsWith(`${prefix}/`),
    );
    return isForbidden ? [`${relativePath} imports package ${specifier}`] : [];
  });
}

const violations = sourceFiles(SRC).flatMap((file) => violationsOf(relative(SRC, file), importSpecifiers(file)));

describe("architecture", () => {
  it("keeps imports one-way between src folders", () => {
    expect(violations).toEqual([]);
  });

  it("lets domain import no package but the geojson types, and those only as types", () => {
    const offenders = sourceFiles(join(SRC, "domain")).flatMap((file) => {
      const text = readFileSync(file, "utf8");
      const packages = importSpecifiers(file).filter((specifier) => !specifier.startsWith("."));
      const valueImports = [...text.matchAll(/(?:^|\n)\s*(import|export)\s+(?!type\b)[^;]*?from\s*["']geojson["']/g)];
      return [
        ...packages.filter((specifier) => specifier !== "geojson").map((specifier) => `${relative(SRC, file)} → ${specifier}`),
        ...valueImports.map(() => `${relative(SRC, file)} → geojson (not as a type)`),
      ];
    });
    expect(offenders).toEqual([]);
  });

  it("imports maplibre-gl only from src/map", () => {
    const offenders = sourceFiles(SRC).filter(
      (file) => folderOf(file) !== "map" && importSpecifiers(file).some((specifier) => specifier.startsWith("maplibre-gl")),
    );
    expect(offenders).toEqual([]);
  });

  it("lets ui reach the map only through map-view", () => {
    const offenders = sourceFiles(join(SRC, "ui")).flatMap((file) =>
      importSpecifiers(file)
        .filter((specifier) => specifier.includes("/map/") && !specifier.endsWith("/map/map-view"))
        .map((specifier) => `${relative(SRC, file)} → ${specifier}`),
    );
    expect(offenders).toEqual([]);
  });

  it("lets ui reach the workers only through state actions, never a worker client", () => {
    const clientGetter = /\bget\w*Client\b/;
    const offenders = sourceFiles(join(SRC, "ui"))
      .filter((file) => clientGetter.test(readFileSync(file, "utf8")))
      .map((file) => relative(SRC, file));
    expect(offenders).toEqual([]);
  });

  it("keeps Zustand stores from importing each other", () => {
    const stores = sourceFiles(join(SRC, "state")).filter((file) => file.endsWith("-store.ts"));
    const offenders = stores.flatMap((file) =>
      importSpecifiers(file)
        .filter((specifier) => /-store$/.test(specifier))
        .map((specifier) => `${relative(SRC, file)} → ${specifier}`),
    );
    expect(stores.length).toBeGreaterThan(1);
    expect(offenders).toEqual([]);
  });

  it("lets nothing but main.tsx import the composition root in app", () => {
    const offenders = sourceFiles(SRC)
      .filter((file) => folderOf(file) !== "app" && relative(SRC, file) !== "main.tsx")
      .flatMap((file) =>
        importSpecifiers(file)
          .filter((specifier) => specifier.startsWith(".") && folderOf(resolve(dirname(file), specifier)) === "app")
          .map((specifier) => `${relative(SRC, file)} → ${specifier}`),
      );
    expect(offenders).toEqual([]);
  });

  it("subscribes to stores outside React only in the composition root and the map controller", () => {
    const allowed = new Set(["map/map-controller.ts", "map/test-hook.ts"]);
    const offenders = sourceFiles(SRC)
      .filter((file) => folderOf(file) !== "app" && !allowed.has(relative(SRC, file)) && /\.subscribe\(/.test(readFileSync(file, "utf8")))
      .map((file) => relative(SRC, file));
    expect(offenders).toEqual([]);
  });

  it("flags forbidden imports (the checker itself works)", () => {
    expect(violationsOf("analysis/x.ts", ["../state/ui-store", "maplibre-gl", "node:fs", "@turf/turf"])).toHaveLength(3);
    expect(violationsOf("ui/x.tsx", ["../io/formats", "../state/hooks"])).toHaveLength(1);
    expect(violationsOf("newfolder/x.ts", [])).toHaveLength(1);
    expect(violationsOf("services/x.ts", ["../state/layers-store", "../io/formats", "zustand"])).toHaveLength(2);
    expect(violationsOf("ui/x.tsx", ["../services/layer-json-url"])).toHaveLength(1);
  });
});
