// A deck as a teacher writes it: reveal.js with its defaults, nothing added for the embeds.
// The only extra is a log of what the frames post, for the test to read.
window.labEvents = [];
window.addEventListener('message', (event) => {
  if (typeof event.data !== 'string' || !event.data.startsWith('{')) return;
  const message = JSON.parse(event.data);
  if (message.namespace !== 'handshake-lab') return;
  const frame = [...document.querySelectorAll('iframe')].findIndex(
    (f) => f.contentWindow === event.source,
  );
  window.labEvents.push({ ...message, frame, origin: event.origin });
});
Reveal.initialize({ hash: false, transition: 'none', width: 1000, height: 600 });
