/** Pages, page sizes in points and the text of a PDF, read with pdf.js. */
export async function readPdf(bytes: Uint8Array): Promise<{ pages: number; sizesPt: [number, number][]; text: string }> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const document = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, isEvalSupported: false }).promise;
  const sizesPt: [number, number][] = [];
  let text = "";
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const viewport = page.getViewport({ scale: 1 });
    sizesPt.push([Math.round(viewport.width), Math.round(viewport.height)]);
    const content = await page.getTextContent();
    text += content.items.map((item) => ("str" in item ? item.str : "")).join("");
  }
  await document.destroy();
  return { pages: document.numPages, sizesPt, text };
}

/**
 * Ideographs whose Noto CJK glyph is shared with a CJK Radicals Supplement character (⻘ U+2ED8 for 青), which
 * NFKC does not fold (the Unicode data relates them only in CJKRadicals.txt); and 㬵 (U+3B35) for 胶.
 */
const SHARED_GLYPHS: Record<string, string> = {
  "⺠": "民",
  "⻅": "见",
  "⻓": "长",
  "⻔": "门",
  "⻛": "风",
  "⻘": "青",
  "⻢": "马",
  "⻩": "黄",
  "⻬": "齐",
  "⻋": "车",
  "⻉": "贝",
  "⻜": "飞",
  "⻝": "食",
  "⻰": "龙",
  "⻳": "龟",
  "⻨": "麦",
  㬵: "胶",
};

/**
 * A PDF's text with white space removed and shared glyphs folded back: Chromium maps glyphs that Noto CJK shares
 * between a radical and an ideograph to the radical in the PDF's ToUnicode table — Kangxi radicals (示/⽰, 山/⼭),
 * which NFKC folds, and radicals of the supplement (`SHARED_GLYPHS`).
 */
export const comparablePdfText = (text: string): string => [...text.normalize("NFKC").replace(/\s+/g, "")].map((char) => SHARED_GLYPHS[char] ?? char).join("");
