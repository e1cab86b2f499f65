/**
 * Presentation mode: the article's story, one step at a time, each step setting the shared filter so the live,
 * linked panels it puts forward show it. Full screen where the browser allows, a full-window deck where it does
 * not; keyboard and clicker keys step through; the presenter view in a second window stays in step.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ChartThemeContext, highContrastTheme } from '../charts/shared/theme';
import { useSize } from '../charts/shared/useSize';
import { chartById } from '../charts/index';
import { stepWords, type StoryStep } from '../data/story';
import { useLocale } from '../i18n/useLocale';
import { ChartPanel } from '../panels/ChartPanel';
import { Notices } from '../panels/Notices';
import { useSwitchDataset } from '../panels/OpenData';
import { PanelSizingContext } from '../panels/sizing';
import { useAppStore } from '../state/store';
import { INITIAL_OPTIONS } from '../state/view';
import { openChannel, type PresentationChannel } from './channel';
import { enterFullscreen, exitFullscreen, isFullscreen } from './fullscreen';
import { useStory } from './useStory';

/**
 * How much charts are enlarged for a deck of this size: 2× at 1920×1080, so 12 px chart text shows at 24 px;
 * on squarer (4:3) screens the width counts for more, since the height has room to spare. Never below 1.
 */
export function deckScale(width: number, height: number): number {
  const byWidth = width / height < 1.5 ? width / 800 : width / 960;
  return Math.max(1, Math.min(byWidth, height / 540));
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

/**
 * True when a key event is meant for a form field or a chart the reader is exploring, not for the deck. A chart
 * lets Escape through once no mark in it is focused (it stops the Escape that only leaves a mark).
 */
function typing(event: KeyboardEvent): boolean {
  const target = event.target as Element | null;
  if (!target) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  if (/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.closest('.export-more')) return true;
  return !!target.closest('svg[role="img"]') && event.key !== 'Escape';
}

/**
 * The store fields a step sets: its filter, the charts' options (those it names; the rest at their initial
 * values, so a step looks the same whichever step came before), and the highlighted company.
 */
function viewOf(step: StoryStep) {
  return {
    ...INITIAL_OPTIONS,
    companies: step.filter.companies,
    from: step.filter.from ?? null,
    to: step.filter.to ?? null,
    ...step.options,
    pinned: step.highlight ?? null,
    hovered: null,
    // A reader's slide shows in the language and theme it was made in; the article's steps leave them be.
    ...(step.lang ? { lang: step.lang } : {}),
    ...(step.theme ? { theme: step.theme } : {}),
  };
}

/** Closes any open export menu: a menu left open would otherwise float over the next slide. */
function closeMenus(): void {
  document
    .querySelectorAll<HTMLDetailsElement>('details.export-more[open]')
    .forEach((menu) => (menu.open = false));
}

/** The deck. Rendered by the app while presenting. */
export function Presentation() {
  const story = useStory();
  const switchDataset = useSwitchDataset();
  const { t, lang } = useLocale();
  const step = useAppStore((s) => s.step);
  const stopPresenting = useAppStore((s) => s.stopPresenting);
  const setCustomStory = useAppStore((s) => s.setCustomStory);
  const customStory = useAppStore((s) => s.customStory);
  const addNotices = useAppStore((s) => s.addNotices);
  const [fullscreen, setFullscreen] = useState(isFullscreen());
  const [rootRef, size] = useSize<HTMLDivElement>();
  const channel = useRef<PresentationChannel | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const steps = useMemo(() => (story.status === 'success' ? (story.story?.steps ?? []) : []), [story]);
  const storyId = story.status === 'success' ? (story.story?.id ?? '') : '';
  const last = steps.length - 1;
  const current = steps[Math.min(step, Math.max(0, last))];

  // On arrival (a link, a reload, a new story) the current step's view is applied in place: same history entry.
  const appliedFor = useRef<string | null>(null);

  /** Moves to step `index`, setting its number and its view in one change (one history entry). */
  const goTo = useCallback(
    (index: number) => {
      const target = steps[index];
      if (!target) return;
      closeMenus();
      appliedFor.current = `${storyId}:${index}`;
      useAppStore.setState({ step: index, ...viewOf(target) });
    },
    [steps, storyId],
  );

  useEffect(() => {
    if (!steps.length) return;
    if (step > last) {
      addNotices([{ key: 'notices.stepPastEnd', values: { count: steps.length, step: step + 1 } }]);
    }
    const index = Math.min(step, last);
    const key = `${storyId}:${index}`;
    if (appliedFor.current === key) return;
    appliedFor.current = key;
    useAppStore.setState({ step: index, ...viewOf(steps[index]!), urlReplace: true });
  }, [steps, step, last, storyId, addNotices]);

  // The deck takes focus, so keys reach it and Enter never presses a button behind it.
  useEffect(() => {
    rootRef.current?.focus();
  }, [rootRef]);

  const leave = useCallback(() => {
    channel.current?.post({ type: 'closed' });
    void exitFullscreen();
    stopPresenting();
  }, [stopPresenting]);

  // Follow the browser's own full-screen state: leaving it (Esc) leaves the presentation, so no stale "exit".
  useEffect(() => {
    let wasFullscreen = isFullscreen();
    const onChange = () => {
      const now = isFullscreen();
      setFullscreen(now);
      if (wasFullscreen && !now) {
        channel.current?.post({ type: 'closed' });
        stopPresenting();
      }
      wasFullscreen = now;
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [stopPresenting]);

  // Keep a presenter window in step, both ways; tell it the story (a custom one too) when it asks.
  useEffect(() => {
    channel.current = openChannel((message) => {
      if (message.type === 'step' && message.storyId === storyId) goTo(message.step);
      if (message.type === 'hello') {
        const state = useAppStore.getState();
        channel.current?.post({ type: 'story', custom: state.customStory, step: state.step });
      }
    });
    return () => channel.current?.close();
  }, [storyId, goTo]);
  useEffect(() => {
    channel.current?.post({ type: 'story', custom: customStory, step: useAppStore.getState().step });
  }, [customStory]);
  useEffect(() => {
    if (storyId) channel.current?.post({ type: 'step', storyId, step });
  }, [storyId, step]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        leave();
        return;
      }
      if (typing(event)) return;
      const next = stepForKey(event.key, step, last);
      if (next !== null) {
        event.preventDefault();
        goTo(next);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step, last, goTo, leave]);

  const openPresenter = () => {
    const url = `${window.location.pathname}?presenter=1&step=${step + 1}${lang === 'en' ? '' : `&lang=${lang}`}`;
    const opened = window.open(url, 'ai-talent-flows-presenter', 'popup,width=960,height=720');
    if (!opened) addNotices([{ key: 'notices.popupBlocked' }]);
  };
  const openStory = async (file: File) => {
    try {
      setCustomStory({ raw: JSON.parse(await file.text()), file: file.name });
    } catch (error) {
      addNotices([
        { key: 'notices.notAStory', values: { file: file.name, message: (error as Error).message } },
      ]);
    }
  };

  const scale = deckScale(size.width, size.height);
  const zh = lang === 'zh-Hant';
  const words = current ? stepWords(current, zh) : null;
  return (
    <div
      className="deck"
      ref={rootRef}
      tabIndex={-1}
      role="dialog"
      aria-modal="true"
      aria-label={t('present.label')}
      style={{ ['--deck-scale' as string]: scale }}
    >
      <div className="deck-notices">
        <Notices />
      </div>
      {story.status === 'pending' && <p className="deck-message">{t('present.loading')}</p>}
      {story.status === 'error' && (
        <div className="deck-message" role="alert">
          <p>{t('present.failed', { message: story.error.message })}</p>
          <button type="button" onClick={story.retry}>
            {t('panel.retry')}
          </button>
        </div>
      )}
      {story.status === 'unavailable' && (
        <div className="deck-message" role="status">
          <p>{t('ownData.storyIsArticles')}</p>
          <button type="button" onClick={() => void switchDataset(null)}>
            {t('ownData.backToArticle')}
          </button>
        </div>
      )}
      {story.status === 'success' && !current && (
        <p className="deck-message" role="alert">
          {t('present.noSteps')}
        </p>
      )}
      {current && (
        <>
          <header className="deck-head">
            <p className="deck-kicker">
              {t('present.stepOf', {
                step: step + 1,
                count: steps.length,
                title: story.status === 'success' ? (zh && story.story?.titleZh) || story.story?.title : '',
              })}
            </p>
            <h2 className="deck-title">{words?.title}</h2>
            {/* Both captions when the step has both, the reader's language first. */}
            {words?.caption && <p className="deck-caption">{words.caption}</p>}
            {words?.other && (
              <p className="deck-caption deck-caption-other" lang={zh ? 'en' : 'zh-Hant'}>
                {words.other}
              </p>
            )}
          </header>
          <ChartThemeContext.Provider value={highContrastTheme}>
            <PanelSizingContext.Provider value={{ scale, fillHeight: true }}>
              <main className={`deck-panels deck-panels-${current.panels.length}`}>
                {current.panels.flatMap((id) => {
                  const spec = chartById(id);
                  return spec ? [<ChartPanel key={id} spec={spec} />] : [];
                })}
              </main>
            </PanelSizingContext.Provider>
          </ChartThemeContext.Provider>
        </>
      )}
      <footer className="deck-foot">
        <nav className="deck-progress" aria-label={t('present.steps')}>
          {steps.map((s, i) => (
            <button
              type="button"
              key={s.id}
              className="deck-progress-step"
              aria-label={t('present.stepButton', { step: i + 1, title: stepWords(s, zh).title })}
              aria-current={i === step ? 'step' : undefined}
              onClick={() => goTo(i)}
            />
          ))}
        </nav>
        <div className="deck-controls">
          <button type="button" onClick={() => goTo(Math.max(0, step - 1))} disabled={step <= 0}>
            {t('present.previous')}
          </button>
          <span className="deck-count" aria-live="polite">
            {steps.length ? `${step + 1} / ${steps.length}` : ''}
          </span>
          <button type="button" onClick={() => goTo(Math.min(last, step + 1))} disabled={step >= last}>
            {t('present.next')}
          </button>
          {!fullscreen && (
            <button type="button" onClick={() => void enterFullscreen().then(setFullscreen)}>
              {t('present.fullScreen')}
            </button>
          )}
          <button type="button" onClick={openPresenter}>
            {t('present.presenterView')}
          </button>
          <button type="button" onClick={() => fileInput.current?.click()}>
            {t('present.openStory')}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            hidden
            aria-label={t('present.storyFile')}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void openStory(file);
              e.target.value = '';
            }}
          />
          <button type="button" onClick={leave}>
            {t('present.exit')}
          </button>
        </div>
      </footer>
    </div>
  );
}
