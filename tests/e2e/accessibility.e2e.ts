import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { useSession, waitForMapIdle } from "./harness";

const AXE_SOURCE = readFileSync("node_modules/axe-core/axe.min.js", "utf8");

const session = useSession();

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core (WCAG 2 A/AA rules) in the page and returns serious and critical violations. */
async function seriousViolations(): Promise<string[]> {
  await session.page.addScriptTag({ content: AXE_SOURCE });
  const violations = await session.page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations as AxeViolation[];
  });
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} @ ${violation.nodes
          .map((node) => node.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );
}

describe("accessibility (axe-core)", () => {
  it("reports no serious or critical violation in the planner view", async () => {
    await session.page.goto(`${session.baseUrl}/`);
    await waitForMapIdle(session.page);
    expect(await seriousViolations()).toEqual([]);
  });

  it("reports no serious or critical violation in the public view on a phone", async () => {
    await session.page.setViewportSize({ width: 390, height: 844 });
    await session.page.goto(`${session.baseUrl}/?mode=public`);
    await waitForMapIdle(session.page);
    expect(await seriousViolations()).toEqual([]);
  });

  it("reaches the layer toggles by keyboard with a visible focus ring", async () => {
    await session.page.goto(`${session.baseUrl}/`);
    await waitForMapIdle(session.page);
    let focusedToggle = false;
    for (let step = 0; step < 12 && !focusedToggle; step += 1) {
      await session.page.keyboard.press("Tab");
      focusedToggle = await session.page.evaluate(() => document.activeElement?.classList.contains("layer-toggle") ?? false);
    }
    expect(focusedToggle).toBe(true);
    const outline = await session.page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe("none");
    await session.page.keyboard.press("Enter");
    expect(await session.page.evaluate(() => document.activeElement?.getAttribute("aria-pressed"))).toBe("false");
  });
});
