/**
 * The presenter view (`?presenter=1`), opened from the deck in a second window: the current and next step, the
 * caption and speaker notes, and a timer. It and the deck stay in step through a BroadcastChannel, whichever one
 * is driven; it asks the deck for the story on opening, so a story opened from a file reaches it too.
 */
import { useEffect, useRef, useState } from 'react';
import { stepWords } from '../data/story';
import { useLocale } from '../i18n/useLocale';
import { useAppStore } from '../state/store';
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
  const { t, lang } = useLocale();
  const [wantedStep, setStep] = useState(initialStep);
  // The timer: time already counted, and when it last started (null while paused).
  const [counted, setCounted] = useState(0);
  const [since, setSince] = useState<number | null>(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  const [deckClosed, setDeckClosed] = useState(false);
  const channel = useRef<PresentationChannel | null>(null);
  const steps = story.status === 'success' ? (story.story?.steps ?? []) : [];
  const storyId = story.status === 'success' ? (story.story?.id ?? '') : '';
  const last = Math.max(0, steps.length - 1);
  const zh = lang === 'zh-Hant';
  // A step past the story's end (from an old link or a shorter story) shows the last one.
  const step = steps.length ? Math.min(wantedStep, last) : wantedStep;

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, []);

  useEffect(() => {
    channel.current = openChannel((message) => {
      if (message.type === 'step' && message.storyId === storyId) {
        setStep(message.step);
        setDeckClosed(false);
      }
      if (message.type === 'story') {
        useAppStore.getState().setCustomStory(message.custom);
        setStep(message.step);
        setDeckClosed(false);
      }
      if (message.type === 'closed') setDeckClosed(true);
    });
    channel.current.post({ type: 'hello' });
    return () => channel.current?.close();
  }, [storyId]);

  // The URL follows the step, so reloading the presenter window keeps its place.
  useEffect(() => {
    const language = lang === 'en' ? '' : `&lang=${lang}`;
    window.history.replaceState(
      null,
      '',
      `${window.location.pathname}?presenter=1&step=${step + 1}${language}`,
    );
  }, [step, lang]);

  const go = (next: number) => {
    setStep(next);
    if (storyId) channel.current?.post({ type: 'step', storyId, step: next });
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (
        (event.target as HTMLElement | null)?.tagName === 'BUTTON' &&
        (event.key === ' ' || event.key === 'Enter')
      )
        return;
      const next = stepForKey(event.key, step, last);
      if (next === null) return;
      event.preventDefault();
      setStep(next);
      if (storyId) channel.current?.post({ type: 'step', storyId, step: next });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step, last, storyId]);

  const elapsed = counted + (since === null ? 0 : now - since);
  const current = steps[step];
  const next = steps[step + 1];
  return (
    <div className="presenter">
      <header className="presenter-head">
        <h1>{t('present.presenterTitle')}</h1>
        <p className="presenter-timer">
          <span aria-label={t('present.timeSinceStart')} role="timer">
            {formatElapsed(elapsed)}
          </span>{' '}
          <button
            type="button"
            onClick={() => {
              if (since === null) setSince(Date.now());
              else {
                setCounted(elapsed);
                setSince(null);
              }
            }}
          >
            {since === null ? t('present.resumeTimer') : t('present.pauseTimer')}
          </button>{' '}
          <button
            type="button"
            onClick={() => {
              setCounted(0);
              setSince(Date.now());
            }}
          >
            {t('present.resetTimer')}
          </button>
        </p>
      </header>
      {deckClosed && (
        <p className="presenter-closed" role="status">
          {t('present.deckClosed')}
        </p>
      )}
      {story.status === 'pending' && <p>{t('present.loading')}</p>}
      {story.status === 'error' && (
        <p role="alert">{t('present.failed', { message: story.error.message })}</p>
      )}
      {current && (
        <main className="presenter-steps">
          {/* Focusable, so long notes can be scrolled from the keyboard. */}
          <section aria-labelledby="presenter-current" className="presenter-current" tabIndex={0}>
            <p className="deck-kicker" id="presenter-current">
              {t('present.now', { step: step + 1, count: steps.length })}
            </p>
            <h2>{stepWords(current, zh).title}</h2>
            {stepWords(current, zh).caption && <p>{stepWords(current, zh).caption}</p>}
            <h3>{t('present.notes')}</h3>
            <p className="presenter-notes">{current.notes ?? t('present.noNotes')}</p>
            {current.provenance && (
              <p className="presenter-source">
                {t('present.articleLines', { lines: current.provenance.lines.join(', ') })}
              </p>
            )}
          </section>
          <section aria-labelledby="presenter-next" className="presenter-next" tabIndex={0}>
            <p className="deck-kicker" id="presenter-next">
              {t('present.nextStep')}
            </p>
            {next ? (
              <>
                <h2>{stepWords(next, zh).title}</h2>
                {stepWords(next, zh).caption && <p>{stepWords(next, zh).caption}</p>}
              </>
            ) : (
              <p>{t('present.endOfStory')}</p>
            )}
          </section>
        </main>
      )}
      <footer className="presenter-foot">
        <button type="button" onClick={() => go(Math.max(0, step - 1))} disabled={step <= 0}>
          {t('present.previous')}
        </button>
        <span>
          {steps.length ? step + 1 : 0} / {steps.length}
        </span>
        <button type="button" onClick={() => go(Math.min(last, step + 1))} disabled={step >= last}>
          {t('present.next')}
        </button>
      </footer>
    </div>
  );
}
