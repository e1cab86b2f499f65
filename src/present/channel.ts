/**
 * Keeps the deck and the presenter view in step across windows with a BroadcastChannel: whichever window is
 * driven posts the new step, the other follows. The presenter asks for the story when it opens (a story the
 * user opened from a file exists only in the deck's window), and learns when the deck closes. Where
 * BroadcastChannel is missing, both still work alone.
 */

/** The messages the windows exchange. */
export type PresentationMessage =
  | { type: 'step'; storyId: string; step: number }
  | { type: 'hello' }
  | { type: 'story'; custom: { raw: unknown; file: string } | null; step: number }
  | { type: 'closed' };

const NAME = 'ai-talent-flows-presentation';

/** A channel; `post` sends to the other windows (never to this one), `close` stops listening. */
export interface PresentationChannel {
  post(message: PresentationMessage): void;
  close(): void;
}

function isMessage(data: unknown): data is PresentationMessage {
  if (!data || typeof data !== 'object' || !('type' in data)) return false;
  const message = data as Record<string, unknown>;
  switch (message.type) {
    case 'step':
      return typeof message.step === 'number' && typeof message.storyId === 'string';
    case 'story':
      return typeof message.step === 'number' && 'custom' in message;
    case 'hello':
    case 'closed':
      return true;
    default:
      return false;
  }
}

/** Opens the channel and calls `onMessage` for every well-formed message from another window. */
export function openChannel(onMessage: (message: PresentationMessage) => void): PresentationChannel {
  if (typeof BroadcastChannel === 'undefined') return { post: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(NAME);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isMessage(event.data)) onMessage(event.data);
  };
  return { post: (message) => channel.postMessage(message), close: () => channel.close() };
}
