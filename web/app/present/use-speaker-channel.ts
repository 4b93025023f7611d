import { useCallback, useEffect, useRef, useState } from 'react';
import { lessonHash } from '../../ui/routing/route.ts';
import {
  channelName,
  type ProjectorState,
  parsePresentMessage,
  type SpeakerCommand,
} from './present-messages.ts';
import { type Presentation, stopPresenting } from './presenting.ts';

/** How often the speaker window looks whether the projector window is still open. */
const CLOSED_POLL_MS = 400;

/**
 * The speaker's side of the channel: what the projector reports, and a way to send it
 * commands. This window's URL follows the projector's step, so that when presenting ends the
 * page stands where the presentation did. Closing the projector window ends presenting.
 */
export function useSpeakerChannel(presentation: Presentation): {
  projector: ProjectorState | null;
  send: (command: SpeakerCommand) => void;
} {
  const [projector, setProjector] = useState<ProjectorState | null>(null);
  const channel = useRef<BroadcastChannel | null>(null);

  useEffect(() => {
    const open = new BroadcastChannel(channelName(presentation.id));
    channel.current = open;
    open.onmessage = (event: MessageEvent) => {
      const message = parsePresentMessage(event.data);
      if (message?.type !== 'state') return;
      setProjector(message);
      const hash = lessonHash(message.lessonId, message.stepIndex);
      if (window.location.hash !== hash) window.location.hash = hash;
    };
    open.postMessage({ type: 'hello' } satisfies SpeakerCommand);
    const watch = window.setInterval(() => {
      if (presentation.projector.closed) stopPresenting();
    }, CLOSED_POLL_MS);
    return () => {
      window.clearInterval(watch);
      open.close();
      channel.current = null;
    };
  }, [presentation]);

  const send = useCallback((command: SpeakerCommand) => channel.current?.postMessage(command), []);
  return { projector, send };
}
