import { describe, expect, it, vi } from "vitest";
import { createPointerStore } from "./pointer-store";
import { createUiStore } from "./ui-store";

describe("the pointer store", () => {
  it("keeps the cursor and tells only its own listeners when it moves", () => {
    const uiStore = createUiStore();
    const pointerStore = createPointerStore();
    const uiListener = vi.fn();
    const pointerListener = vi.fn();
    uiStore.subscribe(uiListener);
    pointerStore.subscribe(pointerListener);

    pointerStore.getState().moveCursor([120.38, 36.07]);
    pointerStore.getState().moveCursor([120.39, 36.08]);
    pointerStore.getState().moveCursor(null);

    expect(uiListener).not.toHaveBeenCalled();
    expect(pointerListener).toHaveBeenCalledTimes(3);
    expect(pointerStore.getState().cursorLonLat).toBeNull();
    expect(uiStore.getState()).not.toHaveProperty("cursorLonLat");
    expect(uiStore.getState()).not.toHaveProperty("moveCursor");
  });
});
