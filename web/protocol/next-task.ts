/**
 * Resolves in a task of its own: in a page, after the browser has had the chance to paint and
 * to handle input, so work before and after it makes two tasks, not one long one. A message to
 * self, not a zero timeout, which browsers may stretch to 4 ms or, in a hidden tab, to a second.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
