/** Entry the base build (scripts/build-layers/main.ts) imports; it passes the layers folder, which is accepted. */
export { buildSchematicLayers } from "./build-schematic";
