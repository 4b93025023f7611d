/**
 * What the speaker window and the projector window say to each other over a BroadcastChannel
 * (same origin, same browser, no server). The projector runs the stage and is the one source
 * of truth for where the presentation is; the speaker window sends it keys and step choices
 * and shows what it reports. Anything that is not exactly one of these shapes is ignored.
 */

/** Speaker → projector. */
export type SpeakerCommand =
  | { readonly type: 'key'; readonly direction: 'forward' | 'back' }
  /** Opens another step of the lesson on the projector (0-based). */
  | { readonly type: 'goto'; readonly stepIndex: number }
  /** "Tell me where you are": sent when the speaker view starts. */
  | { readonly type: 'hello' }
  /** Presenting is over: the projector window closes itself. */
  | { readonly type: 'end' };

/** Projector → speaker: where the stage is. */
export interface ProjectorState {
  readonly type: 'state';
  readonly lessonId: string;
  /** 0-based. */
  readonly stepIndex: number;
  /** Events of the step's run on the stage, and how many the run has. */
  readonly shown: number;
  readonly events: number;
  /** The step's own part has played: the next → opens the next step. */
  readonly atPause: boolean;
}

export type PresentMessage = SpeakerCommand | ProjectorState;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isCount = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) < 100_000;

/** One message from the channel, or null when it is not one of ours. */
export function parsePresentMessage(data: unknown): PresentMessage | null {
  if (!isRecord(data)) return null;
  switch (data.type) {
    case 'key':
      return data.direction === 'forward' || data.direction === 'back'
        ? { type: 'key', direction: data.direction }
        : null;
    case 'goto':
      return isCount(data.stepIndex) ? { type: 'goto', stepIndex: data.stepIndex } : null;
    case 'hello':
    case 'end':
      return { type: data.type };
    case 'state': {
      const { lessonId, stepIndex, shown, events, atPause } = data;
      if (typeof lessonId !== 'string' || !/^[a-z0-9-]{1,64}$/.test(lessonId)) return null;
      if (!isCount(stepIndex) || !isCount(shown) || !isCount(events)) return null;
      if (typeof atPause !== 'boolean' || shown > events) return null;
      return { type: 'state', lessonId, stepIndex, shown, events, atPause };
    }
    default:
      return null;
  }
}

/** The channel of one presentation: its id travels in the projector window's URL. */
export function channelName(presentationId: string): string {
  return `handshake-lab:present:${presentationId}`;
}
