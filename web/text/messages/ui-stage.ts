import { registerMessages } from '../catalogue.ts';

// ui.stage.copied is a plural, shown only once a run has copied packets: the engine that ran it
// brought the full message reader with its own patterns (engine-patterns.ts). The rest is plain.

// The stage: parties, their keys, the wire, the marks on packets, the caption, the outcome's note
// before the run ends and the playback bar.
registerMessages({
  'ui.stage.heading': 'Stage',
  'ui.workbench.exercise': 'This step’s exercise',
  'ui.stage.wire': 'the Internet',
  'ui.stage.computing': 'Computing with WebCrypto…',
  'ui.stage.press-play': 'Press → or Play to start.',
  'ui.stage.registration': 'registered before today, in person',
  'ui.stage.phone': 'phone call: Oscar cannot reach it',
  'ui.stage.copied': '{count, plural, =1 {copied # packet} other {copied # packets}}',
  'ui.stage.inside': 'inside {party}',
  'ui.stage.idle': 'idle for now',
  'ui.stage.role.sender': 'sender',
  'ui.stage.role.recipient': 'recipient',
  'ui.stage.role.relay': 'relay',
  'ui.stage.role.attacker': 'on the wire',
  'ui.stage.role.authority': 'vouches for keys',
  'ui.stage.role.inside': 'inside the relay',
  'ui.stage.not-on-wire': 'not on the wire',
  'ui.stage.with-oscar-inside': '{party}, with Oscar inside',
  'ui.stage.oscar-inside': 'Oscar is inside',

  'ui.outcome.pauses-early':
    'This step pauses before the run ends, so there is no outcome to count yet.',
  'ui.outcome.pending':
    'The outcome, counted from what happened, appears when the run has played to the end.',

  'ui.playback': 'Playback',
  'ui.playback.back': '← Back',
  'ui.playback.pause': 'Pause',
  'ui.playback.replay': 'Replay',
  'ui.playback.play': 'Play',
  'ui.playback.next-step': 'Next step →',
  'ui.playback.next': 'Next →',
  'ui.playback.progress': 'event {shown} of {total}',
  // Before the run exists: how many events it will have is not known yet.
  'ui.playback.progress-pending': 'event {shown} of …',
  'ui.playback.speed': 'Speed',
  'ui.playback.instant': 'instant',
  'ui.playback.times': '{speed}×',
});
