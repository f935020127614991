import { type CSSProperties, type KeyboardEvent, type PointerEvent, useRef, useState } from "react";

/** The heights a released sheet settles at, as shares of the window height (the peek is the handle and heading). */
const OPEN_SHARE = 0.36;
const FULL_SHARE = 0.72;
/** A press that moves less than this many pixels is a tap on the handle, not a drag. */
const TAP_SLOP_PX = 6;

type SheetStop = "peek" | "open" | "full";

/** The height in pixels of each stop of a sheet whose handle and heading take `peekPx`. */
function stopHeights(peekPx: number): Record<SheetStop, number> {
  const windowPx = window.innerHeight;
  return { peek: peekPx, open: Math.max(peekPx, windowPx * OPEN_SHARE), full: Math.max(peekPx, windowPx * FULL_SHARE) };
}

/** The stop nearest to a released height. */
function nearestStop(heightPx: number, heights: Record<SheetStop, number>): SheetStop {
  const stops: SheetStop[] = ["peek", "open", "full"];
  return stops.reduce((best, stop) => (Math.abs(heights[stop] - heightPx) < Math.abs(heights[best] - heightPx) ? stop : best));
}

interface Drag {
  pointerId: number;
  startY: number;
  startHeightPx: number;
  hasMoved: boolean;
}

/**
 * A bottom sheet for the phone: dragging its handle up or down resizes it under the finger, and on release it
 * settles at the nearest stop (peek: only its heading; open; full: most of the screen). A tap on the handle, or
 * Enter/Space on it, toggles between peek and open; the arrow keys move one stop. Until the user moves it, the
 * sheet keeps its natural height (the style sheet's).
 */
export function useBottomSheet(peekRef: { current: HTMLElement | null }) {
  const sheetRef = useRef<HTMLElement | null>(null);
  const drag = useRef<Drag | null>(null);
  const [heightPx, setHeightPx] = useState<number | null>(null);
  const [stop, setStop] = useState<SheetStop | null>(null);

  const peekPx = () => (peekRef.current ? peekRef.current.getBoundingClientRect().bottom - (sheetRef.current?.getBoundingClientRect().top ?? 0) + 6 : 56);
  const settle = (next: SheetStop) => {
    setStop(next);
    setHeightPx(stopHeights(peekPx())[next]);
  };

  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    const sheet = sheetRef.current;
    if (!sheet) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { pointerId: event.pointerId, startY: event.clientY, startHeightPx: sheet.getBoundingClientRect().height, hasMoved: false };
  };
  const onPointerMove = (event: PointerEvent<HTMLElement>) => {
    const current = drag.current;
    if (!current || current.pointerId !== event.pointerId) return;
    const deltaPx = current.startY - event.clientY;
    if (!current.hasMoved && Math.abs(deltaPx) < TAP_SLOP_PX) return;
    current.hasMoved = true;
    const heights = stopHeights(peekPx());
    setHeightPx(Math.min(heights.full, Math.max(heights.peek, current.startHeightPx + deltaPx)));
  };
  const onPointerUp = (event: PointerEvent<HTMLElement>) => {
    const current = drag.current;
    if (!current || current.pointerId !== event.pointerId) return;
    drag.current = null;
    if (!current.hasMoved) {
      settle(stop === "peek" ? "open" : "peek");
      return;
    }
    const released = sheetRef.current?.getBoundingClientRect().height ?? current.startHeightPx;
    settle(nearestStop(released, stopHeights(peekPx())));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const order: SheetStop[] = ["peek", "open", "full"];
    const index = order.indexOf(stop ?? "open");
    if (event.key === "Enter" || event.key === " ") settle(stop === "peek" ? "open" : "peek");
    else if (event.key === "ArrowUp") settle(order[Math.min(order.length - 1, index + 1)] as SheetStop);
    else if (event.key === "ArrowDown") settle(order[Math.max(0, index - 1)] as SheetStop);
    else return;
    event.preventDefault();
  };

  const sheetStyle: CSSProperties | undefined = heightPx === null ? undefined : { height: `${Math.round(heightPx)}px`, maxHeight: "none" };
  return {
    sheetRef,
    sheetStyle,
    isCollapsed: stop === "peek",
    handleProps: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp, onKeyDown },
  };
}
