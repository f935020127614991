import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PLANS } from "./indicators/plans";
import { PLACE_NOTES, placeNoteFor } from "./place-notes";

const SEEDS = "../shared/seeds";
/** Plan id → the seed file holding that plan's text (file names are never shown to users). */
const SEED_PREFIX: Record<string, string> = {
  "beautiful-qingdao-2022-2035": "000_",
  "yantai-ecological-city": "001_",
  "qingdao-green-low-carbon-2023-2025": "002_",
  "qingdao-pollution-prevention": "003_",
  "qingdao-new-urbanization-2021-2035": "004_",
};

describe("place notes", () => {
  it("cite known plans and give both languages", () => {
    for (const note of PLACE_NOTES) {
      expect(PLANS[note.plan], note.name).toBeDefined();
      expect(note.summary.zh.length * note.summary.en.length, note.name).toBeGreaterThan(0);
    }
    expect(placeNoteFor("崂山")?.plan).toBe("beautiful-qingdao-2022-2035");
  });

  it.skipIf(!existsSync(SEEDS))("quote the plans verbatim (needs ../shared/seeds)", () => {
    const files = readdirSync(SEEDS);
    const text = (plan: string) => {
      const file = files.find((name) => name.startsWith(SEED_PREFIX[plan] ?? "?"));
      return file ? readFileSync(`${SEEDS}/${file}`, "utf8") : "";
    };
    const misquoted = PLACE_NOTES.filter((note) => !text(note.plan).includes(note.quote)).map((note) => note.name);
    expect(misquoted).toEqual([]);
  });
});
