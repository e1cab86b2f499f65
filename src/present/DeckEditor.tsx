/**
 * "Your slides": the reader's own deck, made from the views they build. Opened from a chart's "More…" menu ("Add
 * this view as a slide", with the chart and everything the view shows: data, filter, options, highlighted
 * company) or to edit; slides are renamed, given speaker notes, reordered and deleted here, and presented with
 * the presentation mode and presenter view the article's story uses. The deck travels as a link (when it fits)
 * or as a story file, and is kept across reloads (`app/startup.ts`). Loaded on first use.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { ALL_CHARTS, chartById } from '../charts/index';
import { dataFileQuery } from '../data/queries';
import { localName } from '../i18n/locale';
import { useLocale } from '../i18n/useLocale';
import { describeFilter } from '../model/describe';
import { orgIndexOf } from '../model/lookups';
import { copyWithMessage, DialogFooter } from '../panels/DialogFooter';
import { useDialog } from '../panels/LazyDialog';
import { useAppStore } from '../state/store';
import {
  DECK_LINK_LIMIT,
  deckToStory,
  encodeDeck,
  MAX_SLIDES,
  moveSlide,
  slideFromView,
  type Slide,
} from './deck';
import { enterFullscreen } from './fullscreen';

/** The deck editor's content, in a {@link LazyDialog} the app shows while `deckEditor` is set in the store. */
export function DeckEditor() {
  const { t } = useLocale();
  const locale = useLocale();
  const dialog = useDialog();
  const editor = useAppStore((s) => s.deckEditor);
  const deck = useAppStore((s) => s.deck);
  const setDeck = useAppStore((s) => s.setDeck);
  const orgs = useQuery(dataFileQuery('organizations')).data;
  const index = useMemo(() => orgIndexOf(orgs ?? []), [orgs]);
  const [message, setMessage] = useState('');
  const adding = editor?.adding ?? null;
  const chartTitle = (chart: string) => {
    const spec = chartById(chart);
    return spec ? t(spec.titleKey) : chart;
  };
  const state = useAppStore.getState();
  const [draft, setDraft] = useState(() => ({
    title: adding
      ? t('deck.slideTitleDefault', {
          chart: chartTitle(adding),
          view: describeFilter(state, index, locale),
        }).slice(0, 90)
      : '',
    notes: '',
    second: '',
    highlight: state.pinned ?? '',
  }));
  const slides = deck?.slides ?? [];
  // The companies a slide can highlight: the filter's, or (no filter) the organisations by name, up to 100.
  const highlightable = useMemo(() => {
    const all = orgs ?? [];
    const chosen = state.companies.length
      ? all.filter((o) => state.companies.includes(o.id))
      : all.filter((o) => !o.parent);
    return [...chosen]
      .sort((a, b) => localName(a, locale.lang).localeCompare(localName(b, locale.lang)))
      .slice(0, 100);
  }, [orgs, state.companies, locale.lang]);
  const full = slides.length >= MAX_SLIDES;

  const update = (next: Slide[]) => setDeck({ title: deck?.title ?? t('deck.defaultTitle'), slides: next });
  const edit = (i: number, change: Partial<Slide>) =>
    update(slides.map((slide, j) => (j === i ? { ...slide, ...change } : slide)));
  const add = () => {
    if (!adding || full) return;
    const view = { ...useAppStore.getState(), pinned: draft.highlight || null };
    const slide = slideFromView(
      view,
      { title: draft.title, notes: draft.notes },
      draft.second ? [adding, draft.second] : [adding],
      new Set(slides.map((s) => s.id)),
    );
    update([...slides, slide]);
    useAppStore.setState({ deckEditor: { adding: null } });
    setMessage(t('deck.added', { n: slides.length + 1 }));
  };
  const present = () => {
    if (!deck || !slides.length) return;
    const { setCustomStory, startPresenting } = useAppStore.getState();
    setCustomStory({ raw: deckToStory(deck), file: t('deck.fileName') });
    dialog.current?.close();
    startPresenting(0);
    void enterFullscreen();
  };
  const link = useMemo(() => {
    if (!deck || !slides.length) return null;
    const encoded = encodeDeck(deck);
    if (encoded.length > DECK_LINK_LIMIT) return null;
    return `${window.location.origin}${window.location.pathname}?present=1&deck=${encoded}`;
  }, [deck, slides.length]);
  const saveFile = () => {
    if (!deck) return;
    const blob = new Blob([JSON.stringify(deckToStory(deck), null, 2)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'my-slides.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    setMessage(t('app.saved', { name: 'my-slides.json' }));
  };
  const copyLink = async () => {
    if (link) setMessage(await copyWithMessage(link, t('deck.linkCopied'), t));
  };

  return (
    <>
      {adding && (
        <form
          className="deck-new"
          onSubmit={(e) => {
            e.preventDefault();
            add();
          }}
        >
          <h3>{t('deck.newSlide', { chart: chartTitle(adding) })}</h3>
          <p className="deck-shows">{describeFilter(state, index, locale)}</p>
          <label>
            {t('deck.slideTitle')}
            <input
              value={draft.title}
              maxLength={90}
              required
              onChange={(e) => setDraft({ ...draft, title: e.target.value })}
            />
          </label>
          <label>
            {t('deck.notes')}
            <textarea
              rows={2}
              maxLength={700}
              value={draft.notes}
              onChange={(e) => setDraft({ ...draft, notes: e.target.value })}
            />
          </label>
          <label>
            {t('deck.second')}
            <select value={draft.second} onChange={(e) => setDraft({ ...draft, second: e.target.value })}>
              <option value="">{t('deck.none')}</option>
              {ALL_CHARTS.filter((spec) => spec.id !== adding).map((spec) => (
                <option key={spec.id} value={spec.id}>
                  {t(spec.titleKey)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('deck.highlight')}
            <select
              value={draft.highlight}
              onChange={(e) => setDraft({ ...draft, highlight: e.target.value })}
            >
              <option value="">{t('deck.none')}</option>
              {highlightable.map((org) => (
                <option key={org.id} value={org.id}>
                  {localName(org, locale.lang, org.id)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="primary" disabled={full}>
            {full ? t('deck.full', { max: MAX_SLIDES }) : t('deck.add')}
          </button>
        </form>
      )}
      {slides.length === 0 ? (
        <p>{t('deck.empty')}</p>
      ) : (
        <ol className="deck-slides" aria-label={t('deck.listLabel')}>
          {slides.map((slide, i) => (
            <li key={slide.id}>
              <label>
                {t('deck.titleOf', { n: i + 1 })}
                <input
                  value={slide.title}
                  maxLength={90}
                  onChange={(e) => edit(i, { title: e.target.value })}
                />
              </label>
              <p className="deck-shows">
                {slide.panels.map(chartTitle).join(' + ')} ·{' '}
                {describeFilter(
                  {
                    companies: slide.filter.companies,
                    from: slide.filter.from ?? null,
                    to: slide.filter.to ?? null,
                  },
                  index,
                  locale,
                )}
              </p>
              <label>
                {t('deck.notesOf', { n: i + 1 })}
                <textarea
                  rows={2}
                  maxLength={700}
                  value={slide.notes ?? ''}
                  onChange={(e) => edit(i, { notes: e.target.value || undefined })}
                />
              </label>
              <div className="deck-slide-actions">
                <button
                  type="button"
                  disabled={i === 0}
                  aria-label={t('deck.upOf', { n: i + 1 })}
                  onClick={() => {
                    update(moveSlide(slides, i, i - 1));
                    setMessage(t('deck.moved', { n: i }));
                  }}
                >
                  ↑
                </button>
                <button
                  type="button"
                  disabled={i === slides.length - 1}
                  aria-label={t('deck.downOf', { n: i + 1 })}
                  onClick={() => {
                    update(moveSlide(slides, i, i + 1));
                    setMessage(t('deck.moved', { n: i + 2 }));
                  }}
                >
                  ↓
                </button>
                <button
                  type="button"
                  aria-label={t('deck.deleteOf', { n: i + 1 })}
                  onClick={() => {
                    update(slides.filter((_, j) => j !== i));
                    setMessage(t('deck.deleted'));
                  }}
                >
                  {t('deck.delete')}
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      {slides.length > 0 && (
        <div className="deck-share">
          {link ? (
            <label>
              {t('deck.link')}
              <input readOnly value={link} onFocus={(e) => e.target.select()} />
            </label>
          ) : (
            <p>{t('deck.tooLong')}</p>
          )}
        </div>
      )}
      <DialogFooter dialog={dialog} message={message} t={t}>
        <button type="button" className="primary" disabled={!slides.length} onClick={present}>
          {t('deck.present', { count: slides.length })}
        </button>
        {link && (
          <button type="button" onClick={() => void copyLink()}>
            {t('deck.copyLink')}
          </button>
        )}
        <button type="button" disabled={!slides.length} onClick={saveFile}>
          {t('deck.saveFile')}
        </button>
      </DialogFooter>
    </>
  );
}
