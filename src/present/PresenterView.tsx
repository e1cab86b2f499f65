/**
 * The presenter view (`?presenter=1`), opened from the deck in a second window: the current and next step, the
 * caption and speaker notes, and a timer. It and the deck stay in step through a BroadcastChannel, whichever one
 * is driven.
 */
import { useEffect, useRef, useState } from 'react';
import { openChannel, type PresentationChannel } from './channel';
import { stepForKey } from './Presentation';
import { useStory } from './useStory';

/** mm:ss (or h:mm:ss) for a duration in ms. */
export function formatElapsed(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** The presenter window's page. `initialStep` is 0-based, from its URL. */
export function PresenterView({ initialStep }: { initialStep: number }) {
  const story = useStory();
  const [step, setStep] = useState(initialStep);
  const [started, setStarted] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  const channel = useRef<PresentationChannel | null>(null);
  const steps = story.status === 'success' ? (story.story?.steps ?? []) : [];
  const storyId = story.status === 'success' ? (story.story?.id ?? '') : '';
  const last = Math.max(0, steps.length - 1);

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);

  useEffect(() => {
    channel.current = openChannel((message) => {
      if (message.storyId === storyId) setStep(message.step);
    });
    return () => channel.current?.close();
  }, [storyId]);

  // The URL follows the step, so reloading the presenter window keeps its place.
  useEffect(() => {
    window.history.replaceState(null, '', `${window.location.pathname}?presenter=1&step=${step + 1}`);
  }, [step]);

  const go = (next: number) => {
    setStep(next);
    if (storyId) channel.current?.post({ type: 'step', storyId, step: next });
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const next = stepForKey(event.key, step, last);
      if (next === null) return;
      event.preventDefault();
      setStep(next);
      if (storyId) channel.current?.post({ type: 'step', storyId, step: next });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step, last, storyId]);

  const current = steps[step];
  const next = steps[step + 1];
  return (
    <div className="presenter">
      <header className="presenter-head">
        <h1>Presenter view</h1>
        <p className="presenter-timer">
          <span aria-label="Time since start" role="timer">
            {formatElapsed(now - started)}
          </span>{' '}
          <button type="button" onClick={() => setStarted(Date.now())}>
            Reset timer
          </button>
        </p>
      </header>
      {story.status === 'pending' && <p>Loading the story…</p>}
      {story.status === 'error' && <p role="alert">The story could not be loaded: {story.error.message}</p>}
      {current && (
        <div className="presenter-steps">
          <section aria-labelledby="presenter-current" className="presenter-current">
            <p className="deck-kicker" id="presenter-current">
              Now: step {step + 1} of {steps.length}
            </p>
            <h2>{current.title}</h2>
            <p>{current.caption}</p>
            <p lang="zh-Hant">{current.captionZh}</p>
            <h3>Notes</h3>
            <p className="presenter-notes">{current.notes}</p>
            <p className="presenter-source">Article lines {current.provenance.lines.join(', ')}</p>
          </section>
          <section aria-labelledby="presenter-next" className="presenter-next">
            <p className="deck-kicker" id="presenter-next">
              Next
            </p>
            {next ? (
              <>
                <h2>{next.title}</h2>
                <p>{next.caption}</p>
              </>
            ) : (
              <p>End of the story.</p>
            )}
          </section>
        </div>
      )}
      <footer className="presenter-foot">
        <button type="button" onClick={() => go(Math.max(0, step - 1))} disabled={step <= 0}>
          ← Previous
        </button>
        <span>
          {steps.length ? step + 1 : 0} / {steps.length}
        </span>
        <button type="button" onClick={() => go(Math.min(last, step + 1))} disabled={step >= last}>
          Next →
        </button>
      </footer>
    </div>
  );
}
