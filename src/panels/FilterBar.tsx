/**
 * The filter bar above the panels: a searchable company multi-select (teams and labs under their company; the
 * list is one Tab stop, moved through with the arrow keys), the date range as two month fields, and a button that
 * clears both. It edits the store; the panels follow.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useLocale } from '../i18n/useLocale';
import { localName } from '../i18n/locale';
import type { Organization } from '../data/schema';
import { useDataFiles } from '../data/useDataFiles';
import { namesOf } from '../data/names';
import { useAppStore } from '../state/store';
import { parseMonth } from '../state/view';

const FILES = ['organizations'] as const;

/** Sorts names, numbers by value (Lab 2 before Lab 10); one collator rather than localeCompare's one per call. */
const byName = new Intl.Collator('en', { numeric: true });
/** Organisations in tree order: each company followed by its teams and labs, indented by depth. */
export function orgTree(orgs: readonly Organization[]): { org: Organization; depth: number }[] {
  const children = new Map<string | undefined, Organization[]>();
  for (const org of orgs) children.set(org.parent, [...(children.get(org.parent) ?? []), org]);
  const out: { org: Organization; depth: number }[] = [];
  const visit = (parent: string | undefined, depth: number) => {
    const list = [...(children.get(parent) ?? [])].sort((a, b) => byName.compare(a.name, b.name));
    for (const org of list) {
      out.push({ org, depth });
      if (depth < 8) visit(org.id, depth + 1);
    }
  };
  visit(undefined, 0);
  return out;
}

/**
 * The tree rows to show for a search: organisations whose names match, with their teams and labs (a search for
 * "google" lists DeepMind and the Gemini team) and the organisations above them (so a team keeps its context).
 */
export function searchTree(tree: { org: Organization; depth: number }[], query: string) {
  const q = query.trim().toLowerCase();
  if (!q) return tree;
  const parent = new Map(tree.map(({ org }) => [org.id, org.parent]));
  const matched = new Set(
    tree.filter(({ org }) => namesOf(org).some((n) => n.toLowerCase().includes(q))).map(({ org }) => org.id),
  );
  const lineage = (id: string) => {
    const ids: string[] = [];
    for (let p: string | undefined = id; p !== undefined && ids.length <= tree.length; p = parent.get(p))
      ids.push(p);
    return ids;
  };
  return tree.filter(
    ({ org }) =>
      lineage(org.id).some((a) => matched.has(a)) ||
      tree.some(({ org: o }) => matched.has(o.id) && lineage(o.id).includes(org.id)),
  );
}

/** Keys that move within the company list (a roving Tab stop: the list is one stop, the arrows move inside). */
const LIST_KEYS: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (i, n) => Math.min(n - 1, i + 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_, n) => n - 1,
};

/** The filter bar; see the module comment. */
export function FilterBar() {
  const files = useDataFiles(FILES);
  const companies = useAppStore((s) => s.companies);
  const from = useAppStore((s) => s.from);
  const to = useAppStore((s) => s.to);
  const toggleCompany = useAppStore((s) => s.toggleCompany);
  const setRange = useAppStore((s) => s.setRange);
  const clearFilters = useAppStore((s) => s.clearFilters);
  const { t, fmt, lang } = useLocale();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [activeId, setActiveId] = useState<string | null>(null);
  const listId = useId();
  const picker = useRef<HTMLDivElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLFieldSetElement>(null);
  // Close the list on a click or tap anywhere outside it.
  useEffect(() => {
    if (!open) return undefined;
    const onPointerDown = (event: PointerEvent) => {
      if (!picker.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);
  const orgs = useMemo(() => (files.status === 'success' ? files.data.organizations : []), [files]);
  const byId = useMemo(() => new Map(orgs.map((o) => [o.id, o])), [orgs]);
  const tree = useMemo(() => orgTree(orgs), [orgs]);
  const shown = searchTree(tree, query);
  const sections = [
    { title: t('filter.sectionOrgs'), rows: shown.filter(({ org }) => org.kind !== 'government') },
    { title: t('filter.sectionGovernment'), rows: shown.filter(({ org }) => org.kind === 'government') },
  ].filter((section) => section.rows.length > 0);
  const rows = sections.flatMap((section) => section.rows);
  // The one checkbox Tab reaches: the last one used, or the first shown.
  const active = rows.some(({ org }) => org.id === activeId) ? activeId : (rows[0]?.org.id ?? null);
  const focusRow = (id: string | undefined) => {
    if (!id) return;
    setActiveId(id);
    list.current?.querySelector<HTMLInputElement>(`input[data-org="${CSS.escape(id)}"]`)?.focus();
  };
  const onListKey = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      setOpen(false);
      search.current?.focus();
      return;
    }
    const move = LIST_KEYS[event.key];
    if (!move || !rows.length) return;
    event.preventDefault();
    const index = Math.max(
      0,
      rows.findIndex(({ org }) => org.id === active),
    );
    focusRow(rows[move(index, rows.length)]?.org.id);
  };
  const filtered = companies.length > 0 || from !== null || to !== null;

  return (
    <div className="filter-bar" role="search" aria-label={t('filter.label')}>
      <div className="company-filter">
        <span className="filter-label" id={`${listId}-label`}>
          {t('filter.companies')}
        </span>
        <div className="chips" aria-live="polite">
          {companies.length === 0 && <span className="chip chip-all">{t('filter.all')}</span>}
          {companies.map((id) => (
            <span className="chip" key={id}>
              {localName(byId.get(id), lang, id)}
              <button
                type="button"
                aria-label={t('filter.remove', { name: localName(byId.get(id), lang, id) })}
                onClick={() => toggleCompany(id)}
              >
                ×
              </button>
            </span>
          ))}
        </div>
        <div className="picker" ref={picker}>
          <input
            ref={search}
            type="search"
            placeholder={t('filter.searchPlaceholder')}
            aria-label={t('filter.search')}
            aria-controls={open ? listId : undefined}
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setOpen(true);
            }}
            // The list opens when asked (a click, typing, ↓), not on focus: Tab passes through the search.
            onClick={() => setOpen(true)}
            onKeyDown={(e) => {
              // A search field clears itself on Escape, which would reopen the list through onChange.
              if (e.key === 'Escape') {
                e.preventDefault();
                setOpen(false);
              }
              if (e.key === 'ArrowDown') {
                e.preventDefault();
                setOpen(true);
                // Into the list once it is drawn.
                requestAnimationFrame(() => focusRow(active ?? undefined));
              }
            }}
          />
          {/* For the pointer; the keyboard opens the list from the search field (↓), as in a combobox. */}
          <button
            type="button"
            tabIndex={-1}
            aria-expanded={open}
            aria-controls={open ? listId : undefined}
            onClick={() => setOpen((o) => !o)}
          >
            {open ? t('filter.done') : t('filter.choose')}
          </button>
          {open && (
            <fieldset
              id={listId}
              ref={list}
              className="picker-list"
              aria-labelledby={`${listId}-label`}
              onKeyDown={onListKey}
            >
              {files.status === 'pending' && <p>{t('filter.loadingOrgs')}</p>}
              {files.status === 'error' && (
                <p role="alert">{t('filter.orgsFailed', { message: files.error.message })}</p>
              )}
              {files.status === 'success' && shown.length === 0 && <p>{t('filter.noMatch', { query })}</p>}
              {sections.map((section) => (
                <div key={section.title} role="group" aria-label={section.title}>
                  <p className="picker-section">{section.title}</p>
                  {section.rows.map(({ org, depth }) => (
                    <label key={org.id} style={{ paddingInlineStart: `${0.75 + depth * 1.25}rem` }}>
                      <input
                        type="checkbox"
                        data-org={org.id}
                        tabIndex={org.id === active ? 0 : -1}
                        checked={companies.includes(org.id)}
                        onChange={() => toggleCompany(org.id)}
                        onFocus={() => setActiveId(org.id)}
                      />
                      {localName(org, lang)}
                      {org.nameZh && (
                        <span className="zh" lang={lang === 'zh-Hant' ? 'en' : 'zh-Hant'}>
                          {' '}
                          {lang === 'zh-Hant' ? org.name : org.nameZh}
                        </span>
                      )}
                      <span className="kind"> {t(`filter.kind.${org.kind}`)}</span>
                    </label>
                  ))}
                </div>
              ))}
            </fieldset>
          )}
        </div>
      </div>
      <div className="date-filter">
        <MonthField
          label={t('filter.from')}
          end="from"
          value={from}
          // A From after To moves To along with it (rather than swapping what was typed into To).
          onChange={(value) => setRange(value, value && to && value > to ? value : to)}
        />
        <MonthField
          label={t('filter.to')}
          end="to"
          value={to}
          onChange={(value) => setRange(value && from && value < from ? value : from, value)}
        />
        <span className="range-text" aria-live="polite">
          {from || to
            ? `${from ? fmt.isoDate(from) : t('filter.start')} – ${to ? fmt.isoDate(to) : t('filter.end')}`
            : t('filter.allDates')}
        </span>
      </div>
      <button type="button" className="clear" onClick={clearFilters} disabled={!filtered}>
        {t('filter.clear')}
      </button>
    </div>
  );
}

/**
 * One end of the date range, typed as `YYYY-MM` (or a year: its first or last month): one Tab stop that reads the
 * same in every browser, where a month picker is three stops in Chromium and a plain field in Safari. A whole
 * month takes effect as it is typed; a year, or clearing the field, on Enter or on leaving it; anything else is
 * marked and explained, and the range stays as it was.
 */
function MonthField({
  label,
  end,
  value,
  onChange,
}: {
  label: string;
  end: 'from' | 'to';
  value: string | null;
  onChange: (value: string | null) => void;
}) {
  const { t } = useLocale();
  const hintId = useId();
  const [draft, setDraft] = useState(value ?? '');
  const [shownValue, setShownValue] = useState(value);
  const [invalid, setInvalid] = useState(false);
  // The range changed elsewhere (the brush, a link, Back): show it.
  if (value !== shownValue) {
    setShownValue(value);
    setDraft(value ?? '');
    setInvalid(false);
  }
  const commit = (text: string) => {
    const trimmed = text.trim();
    const month = trimmed === '' ? null : parseMonth(trimmed, end);
    if (trimmed !== '' && month === null) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    if (month !== value) onChange(month);
    else setDraft(value ?? '');
  };
  return (
    <span className="month-field">
      <label>
        {label}
        <input
          type="text"
          inputMode="numeric"
          autoComplete="off"
          size={8}
          maxLength={7}
          placeholder={t('filter.monthPlaceholder')}
          value={draft}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? hintId : undefined}
          onChange={(e) => {
            setDraft(e.target.value);
            setInvalid(false);
            if (/^\d{4}-\d{2}$/.test(e.target.value.trim())) commit(e.target.value);
          }}
          onBlur={(e) => commit(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit(e.currentTarget.value);
          }}
        />
      </label>
      {invalid && (
        <span id={hintId} className="inline-error field-hint" role="alert">
          {t('filter.monthInvalid')}
        </span>
      )}
    </span>
  );
}
