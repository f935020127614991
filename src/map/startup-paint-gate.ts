import type { Map as MapLibreMap } from "maplibre-gl";

/**
 * The longest the first paint waits for the start-up layers while none of the map's sources receives data (a
 * stalled or failing layer must not blank the map). Data arriving restarts the wait, so a busy machine that loads
 * tiles slowly still gets the complete first frame.
 */
const STARTUP_PAINT_MAX_STALL_MS = 10_000;

/** The longest the first paint waits in any case. */
export const STARTUP_PAINT_MAX_WAIT_MS = 30_000;

/** The part of MapLibre's painter the gate wraps (not public API: feature-detected, see below). */
interface PainterLike {
  render: (...args: unknown[]) => void;
}

/**
 * Holds back MapLibre's painting until the start-up layers are all on the map, so the first frame shows the whole
 * map at once. On this project's reference machine every WebGL frame runs in software (SwiftShader), and a frame
 * per arriving tile (a dozen, 0.1–0.6 s each) delayed the complete map by ≈ 0.9 s; the page shows the sea colour
 * (the container's background) meanwhile. `isComplete` is asked on every frame MapLibre wants to paint; the gate
 * opens for good when it first answers true, or once no source has received data for `maxStallMs` (at most
 * `STARTUP_PAINT_MAX_WAIT_MS` after it was made).
 *
 * Wraps `map.painter.render`, which is not public API: when the pinned MapLibre no longer has it, the map simply
 * paints progressively as before (`isOpen` stays true).
 */
export class StartupPaintGate {
  private how: "pending" | "complete" | "timed-out" | "ungated" = "pending";
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly startedAtMs = Date.now();
  private stopWatchingData = () => {};

  /**
   * `onOpen` is told once when the gate opens, after that first frame is on screen (what waits for it, such as
   * loading data the frame did not need, should not slow the frame down); at once when there is no gate.
   */
  constructor(
    private readonly map: MapLibreMap,
    private readonly isComplete: () => boolean,
    private readonly maxStallMs = STARTUP_PAINT_MAX_STALL_MS,
    private readonly onOpen: () => void = () => {},
  ) {
    const painter = (map as unknown as { painter?: Partial<PainterLike> }).painter;
    const render = painter?.render;
    if (!painter || typeof render !== "function") {
      this.how = "ungated";
      queueMicrotask(onOpen);
      return;
    }
    painter.render = (...args: unknown[]) => {
      if (!this.isOpen) {
        if (!this.isComplete()) return;
        this.how = "complete";
        this.stopTimer();
        this.showCanvas();
        afterFrameShown(this.onOpen);
      }
      render.apply(painter, args);
    };
    this.hideCanvas();
    this.restartTimer();
    if (typeof map.on === "function") {
      const onData = () => this.restartTimer();
      map.on("data", onData);
      this.stopWatchingData = () => map.off("data", onData);
    }
  }

  /** (Re)starts the stall timer: `maxStallMs` from now, cut to what is left of `STARTUP_PAINT_MAX_WAIT_MS`. */
  private restartTimer(): void {
    if (this.isOpen) return;
    clearTimeout(this.timer);
    const leftMs = STARTUP_PAINT_MAX_WAIT_MS - (Date.now() - this.startedAtMs);
    this.timer = setTimeout(() => this.release(), Math.max(0, Math.min(this.maxStallMs, leftMs)));
  }

  private stopTimer(): void {
    clearTimeout(this.timer);
    this.stopWatchingData();
  }

  private hiddenCanvas: { canvas: HTMLCanvasElement; visibility: string } | null = null;

  /**
   * Hides the (still empty) canvas until the gate opens: the browser then has nothing to composite, and under
   * software compositing does not read an empty WebGL frame back from the GPU process (≈ 70 ms) before the first
   * real one. The container's background (the sea colour) shows meanwhile, as it would through the empty canvas.
   */
  private hideCanvas(): void {
    const canvas = typeof this.map.getCanvas === "function" ? this.map.getCanvas() : null;
    if (!canvas) return;
    this.hiddenCanvas = { canvas, visibility: canvas.style.visibility };
    canvas.style.visibility = "hidden";
  }

  private showCanvas(): void {
    if (!this.hiddenCanvas) return;
    this.hiddenCanvas.canvas.style.visibility = this.hiddenCanvas.visibility;
    this.hiddenCanvas = null;
  }

  /** True once MapLibre paints normally. */
  get isOpen(): boolean {
    return this.how !== "pending";
  }

  /**
   * How the first frame came about: "complete" (all start-up layers were on the map), "timed-out" (painted after
   * the sources stalled or the longest wait), "ungated" (no painter to wrap) or "pending" (nothing painted yet).
   */
  get firstPaint(): "pending" | "complete" | "timed-out" | "ungated" {
    return this.how;
  }

  /** Asks MapLibre for a frame when the start-up layers have just become complete (the gate opens in it). */
  check(): void {
    if (!this.isOpen && this.isComplete()) this.map.triggerRepaint();
  }

  /** Opens the gate now (time-out, or the adapter is being destroyed). */
  release(): void {
    this.stopTimer();
    if (this.isOpen) return;
    this.how = "timed-out";
    this.showCanvas();
    this.map.triggerRepaint();
    afterFrameShown(this.onOpen);
  }
}

/** Calls `callback` once the frame being drawn now is on screen: two animation frames on (a timer without them). */
function afterFrameShown(callback: () => void): void {
  const nextFrame = globalThis.requestAnimationFrame;
  if (typeof nextFrame === "function") nextFrame(() => nextFrame(() => callback()));
  else setTimeout(callback, 0);
}
