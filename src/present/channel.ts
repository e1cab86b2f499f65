/**
 * Keeps the deck and the presenter view in step across windows with a BroadcastChannel: whichever window is
 * driven posts the new step, the other follows. Where BroadcastChannel is missing, both still work alone.
 */

/** The one message the windows exchange: the step now shown, in which story. */
export interface StepMessage {
  type: 'step';
  storyId: string;
  step: number;
}

const NAME = 'ai-talent-flows-presentation';

/** A channel; `post` sends to the other windows (never to this one), `close` stops listening. */
export interface PresentationChannel {
  post(message: StepMessage): void;
  close(): void;
}

/** Opens the channel and calls `onMessage` for every step message from another window. */
export function openChannel(onMessage: (message: StepMessage) => void): PresentationChannel {
  if (typeof BroadcastChannel === 'undefined') return { post: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(NAME);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const data = event.data as Partial<StepMessage> | null;
    if (data?.type === 'step' && typeof data.step === 'number' && typeof data.storyId === 'string') {
      onMessage({ type: 'step', storyId: data.storyId, step: data.step });
    }
  };
  return { post: (message) => channel.postMessage(message), close: () => channel.close() };
}
