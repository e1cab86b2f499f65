/**
 * Presentation mode: the article's story, one step at a time, each step setting the shared filter so the live,
 * linked panels it puts forward show it. Full screen where the browser allows, a full-window deck where it does
 * not; keyboard and clicker keys step through; the presenter view in a second window stays in step.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { highContrastTheme, ChartThemeContext } from '../charts/shared/theme';
import { useSize } from '../charts/shared/useSize';
import type { PanelId, StoryStep } from '../data/schema';
import { BarsPanel } from '../panels/BarsPanel';
import { SankeyPanel } from '../panels/SankeyPanel';
import { Notices } from '../panels/Notices';
import { PanelSizingContext } from '../panels/sizing';
import { TimelinePanel } from '../panels/TimelinePanel';
import { useAppStore } from '../state/store';
import { openChannel, type PresentationChannel } from './channel';
import { enterFullscreen, exitFullscreen, isFullscreen } from './fullscreen';
import { useStory } from './useStory';

const PANEL_COMPONENTS: Record<PanelId, () => React.JSX.Element> = {
  sankey: SankeyPanel,
  bars: BarsPanel,
  timeline: TimelinePanel,
};

/**
 * How much charts are enlarged for a deck of this size: 2× at 1920×1080, so 12 px chart text shows at 24 px;
 * never below 1.
 */
export function deckScale(width: number, height: number): number {
  return Math.max(1, Math.min(width / 960, height / 540));
}

/** Keys that move through the deck, including what presentation clickers send (PageDown/PageUp). */
export function stepForKey(key: string, step: number, last: number): number | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
      return Math.min(last, step + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return Math.max(0, step - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}

/** True when a key event is meant for a form field, not for the deck. */
function typing(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  return !!target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** Applies a step's view to the store: its filter, metric, Sankey grouping and highlighted company. */
function applyStep(step: StoryStep): void {
  const state = useAppStore.getState();
  useAppStore.setState({
    companies: step.filter.companies,
    from: step.filter.from ?? null,
    to: step.filter.to ?? null,
    metric: step.metric ?? state.metric,
    detail: step.detail ?? 'companies',
    pinned: step.highlight ?? null,
    hovered: null,
  });
}

/** The deck. Rendered by the app while presenting. */
export function Presentation() {
  const story = useStory();
  const step = useAppStore((s) => s.step);
  const setStep = useAppStore((s) => s.setStep);
  const stopPresenting = useAppStore((s) => s.stopPresenting);
  const setCustomStory = useAppStore((s) => s.setCustomStory);
  const addNotices = useAppStore((s) => s.addNotices);
  const [fullscreen, setFullscreen] = useState(isFullscreen());
  const [rootRef, size] = useSize<HTMLDivElement>();
  const channel = useRef<PresentationChannel | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const steps = story.status === 'success' ? (story.story?.steps ?? []) : [];
  const storyId = story.status === 'success' ? (story.story?.id ?? '') : '';
  const last = steps.length - 1;
  const current = steps[Math.min(step, Math.max(0, last))];

  // A step number past the end (an old link, a shorter story) is corrected to the last step.
  useEffect(() => {
    if (steps.length && step > last) {
      addNotices([`This story has ${steps.length} steps; showing the last one instead of step ${step + 1}`]);
      setStep(last);
    }
  }, [steps.length, step, last, setStep, addNotices]);

  useEffect(() => {
    if (current) applyStep(current);
  }, [current]);

  const leave = useCallback(() => {
    void exitFullscreen();
    stopPresenting();
  }, [stopPresenting]);

  // Follow the browser's own full-screen state: leaving it (Esc) leaves the presentation, so no stale "exit".
  useEffect(() => {
    let wasFullscreen = isFullscreen();
    const onChange = () => {
      const now = isFullscreen();
      setFullscreen(now);
      if (wasFullscreen && !now) stopPresenting();
      wasFullscreen = now;
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [stopPresenting]);

  // Keep a presenter window in step, both ways.
  useEffect(() => {
    channel.current = openChannel((message) => {
      if (message.storyId === storyId) useAppStore.getState().setStep(message.step);
    });
    return () => channel.current?.close();
  }, [storyId]);
  useEffect(() => {
    if (storyId) channel.current?.post({ type: 'step', storyId, step });
  }, [storyId, step]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (typing(event) || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        leave();
        return;
      }
      const next = stepForKey(event.key, step, last);
      if (next !== null) {
        event.preventDefault();
        setStep(next);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step, last, setStep, leave]);

  const openPresenter = () => {
    const url = `${window.location.pathname}?presenter=1&step=${step + 1}`;
    const opened = window.open(url, 'ai-talent-flows-presenter', 'popup,width=960,height=720');
    if (!opened)
      addNotices(['The browser blocked the presenter window: allow pop-ups for this page, then try again']);
  };
  const openStory = async (file: File) => {
    try {
      setCustomStory({ raw: JSON.parse(await file.text()), file: file.name });
    } catch (error) {
      addNotices([`${file.name} is not a story file: ${(error as Error).message}`]);
    }
  };

  const scale = deckScale(size.width, size.height);
  return (
    <div
      className="deck"
      ref={rootRef}
      role="dialog"
      aria-modal="true"
      aria-label="Presentation"
      style={{ ['--deck-scale' as string]: scale }}
    >
      <Notices />
      {story.status === 'pending' && <p className="deck-message">Loading the story…</p>}
      {story.status === 'error' && (
        <p className="deck-message" role="alert">
          The story could not be loaded: {story.error.message}
        </p>
      )}
      {story.status === 'success' && !current && (
        <p className="deck-message" role="alert">
          This story has no step that can be shown; see the notices.
        </p>
      )}
      {current && (
        <>
          <header className="deck-head">
            <p className="deck-kicker">
              Step {step + 1} of {steps.length} · {story.status === 'success' ? story.story?.title : ''}
            </p>
            <h2 className="deck-title">{current.title}</h2>
            <p className="deck-caption">{current.caption}</p>
            <p className="deck-caption deck-caption-zh" lang="zh-Hant">
              {current.captionZh}
            </p>
          </header>
          <ChartThemeContext.Provider value={highContrastTheme}>
            <PanelSizingContext.Provider value={{ scale, fillHeight: true }}>
              <main className={`deck-panels deck-panels-${current.panels.length}`}>
                {current.panels.map((id) => {
                  const PanelComponent = PANEL_COMPONENTS[id];
                  return <PanelComponent key={id} />;
                })}
              </main>
            </PanelSizingContext.Provider>
          </ChartThemeContext.Provider>
        </>
      )}
      <footer className="deck-foot">
        <nav className="deck-progress" aria-label="Steps">
          {steps.map((s, i) => (
            <button
              type="button"
              key={s.id}
              className="deck-progress-step"
              aria-label={`Step ${i + 1}: ${s.title}`}
              aria-current={i === step ? 'step' : undefined}
              onClick={() => setStep(i)}
            />
          ))}
        </nav>
        <div className="deck-controls">
          <button type="button" onClick={() => setStep(Math.max(0, step - 1))} disabled={step <= 0}>
            ← Previous
          </button>
          <span className="deck-count" aria-live="polite">
            {steps.length ? `${step + 1} / ${steps.length}` : ''}
          </span>
          <button type="button" onClick={() => setStep(Math.min(last, step + 1))} disabled={step >= last}>
            Next →
          </button>
          {!fullscreen && (
            <button type="button" onClick={() => void enterFullscreen().then(setFullscreen)}>
              Full screen
            </button>
          )}
          <button type="button" onClick={openPresenter}>
            Presenter view
          </button>
          <button type="button" onClick={() => fileInput.current?.click()}>
            Open story…
          </button>
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            hidden
            aria-label="Story file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void openStory(file);
              e.target.value = '';
            }}
          />
          <button type="button" onClick={leave}>
            Exit (Esc)
          </button>
        </div>
      </footer>
    </div>
  );
}
