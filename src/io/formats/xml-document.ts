/**
 * Parses XML for the KML/KMZ/GPX drivers. Uses the injected
 * `ReadOptions.parseXml` when given (the browser main thread may pass
 * DOMParser), else @xmldom/xmldom loaded lazily — pure JS, so it works in Web
 * Workers (which have no DOMParser) and in Node. `src/io` touches no DOM
 * global. Fatal parser errors (thrown, or a <parsererror> element) become a
 * fatal "parse-error"; recoverable xmldom errors (e.g. a truncated file)
 * become a warning, and what was parsed is kept.
 */
import type { ParseXml } from "../import-types";
import type { DriverContext, RawLayer } from "./driver";
import { emptyCollection } from "./driver";

/** The minimum DOM surface the XML drivers use (satisfied by DOM and xmldom). */
export interface XmlDocumentLike {
  getElementsByTagName(name: string): ArrayLike<unknown>;
}

export type XmlParse = { document: XmlDocumentLike; recoveredErrors: number } | { failure: RawLayer };

/** Builds a `ParseXml` from @xmldom/xmldom (for the CLI, tests and workers). */
async function createXmldomParseXml(onRecoverableError?: (message: string) => void): Promise<ParseXml> {
  const { DOMParser } = await import("@xmldom/xmldom");
  return (text: string) =>
    new DOMParser({
      onError: (level, message) => {
        if (level === "fatalError") throw new Error(message);
        if (level === "error") onRecoverableError?.(message);
      },
    }).parseFromString(text, "text/xml");
}

function failure(context: DriverContext, message: string): XmlParse {
  return { failure: { featureCollection: emptyCollection(), issues: [context.issue("parse-error", message, { severity: "fatal" })] } };
}

/** Parses `text`; returns the document or a RawLayer carrying the fatal issue. */
export async function parseXmlDocument(text: string, context: DriverContext, expectedRoot: string): Promise<XmlParse> {
  let recoveredErrors = 0;
  const parseXml = context.options.parseXml ?? (await createXmldomParseXml(() => recoveredErrors++));
  let document: XmlDocumentLike;
  try {
    document = parseXml(text) as XmlDocumentLike;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return failure(context, `${context.fileName}: malformed XML (${reason}).`);
  }
  if (!document || typeof document.getElementsByTagName !== "function" || document.getElementsByTagName("parsererror").length > 0) {
    return failure(context, `${context.fileName}: malformed XML.`);
  }
  if (document.getElementsByTagName(expectedRoot).length === 0) {
    return failure(context, `${context.fileName}: not a ${expectedRoot.toUpperCase()} document (no <${expectedRoot}> element).`);
  }
  return { document, recoveredErrors };
}
