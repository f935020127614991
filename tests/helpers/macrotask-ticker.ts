/**
 * A macrotask ticker standing for the page's other work (input, paint): it runs only when the code under test lets
 * the event loop go. `stop` ends it and says how many times it ran.
 */
export function startMacrotaskTicker(): { stop: () => number } {
  let ticks = 0;
  let running = true;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    ticks += 1;
    if (running) channel.port2.postMessage(null);
  };
  channel.port2.postMessage(null);
  return {
    stop: () => {
      running = false;
      channel.port1.close();
      return ticks;
    },
  };
}
