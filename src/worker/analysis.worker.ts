/** The analysis Web Worker: a thin comlink expose of the pure engine (Placemark worker pattern). */
import { expose } from "comlink";
import { createAnalysisHost } from "../analysis/index";

const lib = createAnalysisHost();
export type AnalysisLib = typeof lib;
expose(lib);
