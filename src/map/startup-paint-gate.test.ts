import { afterEach, describe, expect, it, vi } from "vitest";
import type { Map as MapLibreMap } from "maplibre-gl";
import { STARTUP_PAINT_MAX_WAIT_MS, StartupPaintGate } from "./startup-paint-gate";

const fakeMap = (withPainter = true) => {
  const paints: unknown[][] = [];
  const painter = { render: (...args: unknown[]) => void paints.push(args) };
  const dataListeners = new Set<() => void>();
  const map = {
    ...(withPainter ? { painter } : {}),
    triggerRepaint: vi.fn(),
    on: (_type: string, listener: () => void) => void dataListeners.add(listener),
    off: (_type: string, listener: () => void) => void dataListeners.delete(listener),
  };
  const receiveData = () => {
    for (const listener of dataListeners) listener();
  };
  return { map, painter, paints, receiveData, dataListeners, asMap: map as unknown as MapLibreMap };
};

afterEach(() => vi.useRealTimers());

describe("StartupPaintGate", () => {
  it("skips frames until the start-up layers are complete, then paints every frame", () => {
    const { asMap, painter, paints } = fakeMap();
    let complete = false;
    const gate = new StartupPaintGate(asMap, () => complete);
    painter.render("style", 1);
    expect(paints).toEqual([]);
    expect(gate.isOpen).toBe(false);
    complete = true;
    painter.render("style", 2);
    complete = false; // once open, it stays open
    painter.render("style", 3);
    expect(paints).toEqual([
      ["style", 2],
      ["style", 3],
    ]);
    expect(gate.isOpen).toBe(true);
    expect(gate.firstPaint).toBe("complete");
    gate.release();
    expect(gate.firstPaint).toBe("complete");
  });

  it("asks for a frame when a store change completes the start-up view", () => {
    const { asMap, map } = fakeMap();
    let complete = false;
    const gate = new StartupPaintGate(asMap, () => complete);
    gate.check();
    expect(map.triggerRepaint).not.toHaveBeenCalled();
    complete = true;
    gate.check();
    expect(map.triggerRepaint).toHaveBeenCalledTimes(1);
    gate.release();
  });

  it("opens after the longest wait even if a layer never arrives", () => {
    vi.useFakeTimers();
    const { asMap, map, painter, paints } = fakeMap();
    const gate = new StartupPaintGate(asMap, () => false, 1_000);
    vi.advanceTimersByTime(999);
    painter.render("style");
    expect(paints).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(gate.isOpen).toBe(true);
    expect(gate.firstPaint).toBe("timed-out");
    expect(map.triggerRepaint).toHaveBeenCalledTimes(1);
    painter.render("style");
    expect(paints).toHaveLength(1);
  });

  it("keeps waiting while sources receive data, up to the longest wait, and stops listening once open", () => {
    vi.useFakeTimers();
    const { asMap, receiveData, dataListeners } = fakeMap();
    const gate = new StartupPaintGate(asMap, () => false, 1_000);
    for (let step = 0; step < 5; step += 1) {
      vi.advanceTimersByTime(900);
      receiveData();
    }
    expect(gate.isOpen).toBe(false);
    vi.advanceTimersByTime(1_000);
    expect(gate.firstPaint).toBe("timed-out");
    expect(dataListeners.size).toBe(0);
    const busy = fakeMap();
    const capped = new StartupPaintGate(busy.asMap, () => false, 1_000);
    for (let elapsedMs = 0; elapsedMs < STARTUP_PAINT_MAX_WAIT_MS - 500; elapsedMs += 500) {
      vi.advanceTimersByTime(500);
      busy.receiveData();
    }
    expect(capped.isOpen).toBe(false);
    vi.advanceTimersByTime(500);
    expect(capped.firstPaint).toBe("timed-out");
  });

  it("leaves the map painting as usual when MapLibre has no painter to wrap", () => {
    const { asMap } = fakeMap(false);
    const gate = new StartupPaintGate(asMap, () => false);
    expect(gate.isOpen).toBe(true);
    expect(gate.firstPaint).toBe("ungated");
  });

  it("tells once when it opens: after the complete frame, after the longest wait, or at once without a gate", async () => {
    vi.useFakeTimers();
    const opened: string[] = [];
    const complete = fakeMap();
    let isComplete = false;
    new StartupPaintGate(
      complete.asMap,
      () => isComplete,
      1000,
      () => opened.push("complete"),
    );
    complete.painter.render("style", 1);
    await vi.advanceTimersByTimeAsync(10);
    expect(opened).toEqual([]);
    isComplete = true;
    complete.painter.render("style", 2);
    complete.painter.render("style", 3);
    await vi.advanceTimersByTimeAsync(2000);
    expect(opened).toEqual(["complete"]);
    new StartupPaintGate(
      fakeMap().asMap,
      () => false,
      1000,
      () => opened.push("timed-out"),
    );
    await vi.advanceTimersByTimeAsync(999);
    expect(opened).toEqual(["complete"]);
    await vi.advanceTimersByTimeAsync(2);
    expect(opened).toEqual(["complete", "timed-out"]);
    new StartupPaintGate(
      fakeMap(false).asMap,
      () => false,
      1000,
      () => opened.push("ungated"),
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(opened).toEqual(["complete", "timed-out", "ungated"]);
  });

  it("keeps the canvas hidden until the complete frame, which it draws on the shown canvas", () => {
    const { map, painter, paints } = fakeMap();
    const canvas = { style: { visibility: "" } };
    const seen: string[] = [];
    painter.render = (...args: unknown[]) => {
      seen.push(canvas.style.visibility);
      paints.push(args);
    };
    Object.assign(map, { getCanvas: () => canvas });
    let complete = false;
    new StartupPaintGate(map as unknown as MapLibreMap, () => complete);
    expect(canvas.style.visibility).toBe("hidden");
    painter.render("style", 1);
    expect(paints).toEqual([]);
    complete = true;
    painter.render("style", 2);
    expect(seen).toEqual([""]);
    expect(canvas.style.visibility).toBe("");
  });

  it("shows the canvas again when it opens after the longest wait", () => {
    vi.useFakeTimers();
    const { map } = fakeMap();
    const canvas = { style: { visibility: "visible" } };
    Object.assign(map, { getCanvas: () => canvas });
    new StartupPaintGate(map as unknown as MapLibreMap, () => false, 1000);
    expect(canvas.style.visibility).toBe("hidden");
    vi.advanceTimersByTime(1000);
    expect(canvas.style.visibility).toBe("visible");
  });
});
