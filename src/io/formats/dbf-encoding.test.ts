import { describe, expect, it } from "vitest";
import { chooseDbfEncoding, encodingFromCodePage } from "./dbf-encoding";

/** A minimal dBase III file: one character field NAME (20 bytes) and one record. */
function dbf(record: Uint8Array, languageDriver = 0): Uint8Array {
  const headerLength = 32 + 32 + 1;
  const bytes = new Uint8Array(headerLength + 1 + 20 + 1);
  bytes[0] = 0x03;
  bytes[4] = 1;
  bytes[8] = headerLength;
  bytes[10] = 21;
  bytes[29] = languageDriver;
  bytes.set(new TextEncoder().encode("NAME"), 32);
  bytes[32 + 11] = "C".charCodeAt(0);
  bytes[32 + 16] = 20;
  bytes[64] = 0x0d;
  bytes[headerLength] = 0x20;
  bytes.set(record, headerLength + 1);
  return bytes;
}

const GBK_ZHONGSHAN = new Uint8Array([0xd6, 0xd0, 0xc9, 0xbd]); // 中山 in GBK
const UTF8_ZHONGSHAN = new TextEncoder().encode("中山");

describe("encodingFromCodePage", () => {
  it.each([
    ["GBK", "gbk"],
    ["936", "gbk"],
    ["ANSI 936", "gbk"],
    ["CP936", "gbk"],
    ["GB2312", "gbk"],
    ["GB18030", "gb18030"],
    ["UTF-8", "utf-8"],
    ["65001", "utf-8"],
    ["1252", "windows-1252"],
    ["nonsense", undefined],
  ])("%s → %s", (cpg, expected) => {
    expect(encodingFromCodePage(cpg)).toBe(expected);
  });
});

describe("chooseDbfEncoding", () => {
  it("trusts the .cpg", () => {
    expect(chooseDbfEncoding(dbf(UTF8_ZHONGSHAN), "GBK")).toEqual({ encoding: "gbk", source: "cpg" });
  });

  it("uses the Chinese language-driver id when there is no .cpg", () => {
    expect(chooseDbfEncoding(dbf(GBK_ZHONGSHAN, 0x4d), undefined)).toEqual({ encoding: "gbk", source: "language-driver" });
  });

  it("guesses UTF-8 for valid UTF-8 text and GBK otherwise", () => {
    expect(chooseDbfEncoding(dbf(UTF8_ZHONGSHAN), undefined).encoding).toBe("utf-8");
    expect(chooseDbfEncoding(dbf(GBK_ZHONGSHAN), undefined)).toEqual({ encoding: "gbk", source: "guess" });
  });

  it("lets the user's choice override everything", () => {
    expect(chooseDbfEncoding(dbf(GBK_ZHONGSHAN), "UTF-8", "gb18030")).toEqual({ encoding: "gb18030", source: "option" });
  });

  it("decodes the GBK bytes to 中山 with the chosen label", () => {
    expect(new TextDecoder(chooseDbfEncoding(dbf(GBK_ZHONGSHAN), undefined).encoding).decode(GBK_ZHONGSHAN)).toBe("中山");
  });
});
