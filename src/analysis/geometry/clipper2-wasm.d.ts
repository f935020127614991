/** clipper2-wasm 0.4.0 names `dist/es/clipper2z.d.ts` as its types, a file it does not ship; the factory is typed where it is used (`offset-kernel.ts`). */
declare module "clipper2-wasm" {
  const factory: unknown;
  export default factory;
}
