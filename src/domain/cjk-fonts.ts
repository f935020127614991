/**
 * The one font stack for Chinese text: the page (`ui/styles.css` repeats it, checked by a test), the charts (ECharts
 * measures labels with it), MapLibre's `localIdeographFontFamily` (CJK glyphs from local fonts instead of glyph
 * PBFs) and the 2D-canvas text of an exported picture. Noto Sans CJK SC is Debian's `fonts-noto-cjk`; the others
 * are the usual macOS and Windows fonts.
 */
export const CJK_FONT_STACK = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif';
