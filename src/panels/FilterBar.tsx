/**
 * The filter bar above the panels: a searchable company multi-select (teams and labs under their company), the
 * date range as two month inputs, and a button that clears both. It edits the store; the panels follow.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useLocale } from '../i18n/useLocale';
import { localName } from '../i18n/locale';
import type { Organization } from '../data/schema';
import { useDataFiles } from '../data/useDataFiles';
import { namesOf } from '../data/names';
import { useAppStore } from '../state/store';

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
  const listId = useId();
  const picker = useRef<HTMLDivElement>(null);
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
  const active = companies.length > 0 || from !== null || to !== null;

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
        <div
          className="picker"
          ref={picker}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setOpen(false);
          }}
        >
          <input
            type="search"
            placeholder={t('filter.searchPlaceholder')}
            aria-label={t('filter.search')}
            aria-controls={open ? listId : undefined}
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setOpen(true);
            }}
            onFocus={() => setOpen(true)}
            onClick={() => setOpen(true)}
            onKeyDown={(e) => {
              // A search field clears itself on Escape, which would reopen the list through onChange.
              if (e.key === 'Escape') {
                e.preventDefault();
                setOpen(false);
              }
            }}
          />
          <button
            type="button"
            aria-expanded={open}
            aria-controls={open ? listId : undefined}
            onClick={() => setOpen((o) => !o)}
          >
            {open ? t('filter.done') : t('filter.choose')}
          </button>
          {open && (
            <fieldset id={listId} className="picker-list" aria-labelledby={`${listId}-label`}>
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
                        checked={companies.includes(org.id)}
                        onChange={() => toggleCompany(org.id)}
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
        <label>
          {t('filter.from')}
          <input
            type="month"
            value={from ?? ''}
            min="1870-01"
            max="2030-12"
            onChange={(e) => {
              // A From after To moves To along with it (rather than swapping what was typed into To).
              const value = e.target.value || null;
              setRange(value, value && to && value > to ? value : to);
            }}
          />
        </label>
        <label>
          {t('filter.to')}
          <input
            type="month"
            value={to ?? ''}
            min="1870-01"
            max="2030-12"
            onChange={(e) => {
              const value = e.target.value || null;
              setRange(value && from && value < from ? value : from, value);
            }}
          />
        </label>
        <span className="range-text" aria-live="polite">
          {from || to
            ? `${from ? fmt.isoDate(from) : t('filter.start')} – ${to ? fmt.isoDate(to) : t('filter.end')}`
            : t('filter.allDates')}
        </span>
      </div>
      <button type="button" className="clear" onClick={clearFilters} disabled={!active}>
        {t('filter.clear')}
      </button>
    </div>
  );
}
