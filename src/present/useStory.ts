/**
 * The story to present: `data/story.json`, or one the user opened, validated step by step against the
 * organisations. Problems are reported once as notices (file, step, field); the valid steps play.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { dataFileQuery, storyQuery } from '../data/queries';
import { CHART_IDS } from '../charts/metas';
import { parseStory, type ParsedStory } from '../data/story';
import { OPTION_FIELDS } from '../state/view';
import { formatIssue } from '../data/validate';
import { useAppStore } from '../state/store';

/** The story state: loading, failed to load, or parsed (possibly with issues, possibly with no playable step). */
export type StoryState =
  | { status: 'pending' }
  /** The reader's own data is shown and no story of theirs is open: the article's story does not fit it. */
  | { status: 'unavailable' }
  | { status: 'error'; error: Error; retry: () => void }
  | ({ status: 'success' } & ParsedStory);

/** Loads and validates the current story; see {@link StoryState}. */
export function useStory(): StoryState {
  const custom = useAppStore((s) => s.customStory);
  const builtIn = useQuery({ ...storyQuery, enabled: custom === null });
  const orgs = useQuery(dataFileQuery('organizations'));
  const addNotices = useAppStore((s) => s.addNotices);
  const ownData = useAppStore((s) => s.dataSource === 'own');
  const state = useMemo((): StoryState => {
    // Retry fetches the story and the organisations again (a network fault may have passed).
    const retry = () => {
      void orgs.refetch();
      if (!custom) void builtIn.refetch();
    };
    if (ownData && !custom) return { status: 'unavailable' };
    if (orgs.isError) return { status: 'error', error: orgs.error, retry };
    if (!custom && builtIn.isError) return { status: 'error', error: builtIn.error, retry };
    const raw = custom ? custom.raw : builtIn.data;
    if (raw === undefined || !orgs.data) return { status: 'pending' };
    const parsed = parseStory(raw, custom ? custom.file : 'story.json', {
      knownOrgs: new Set(orgs.data.map((o) => o.id)),
      charts: CHART_IDS,
      options: OPTION_FIELDS,
    });
    return { status: 'success', ...parsed };
  }, [custom, builtIn, orgs, ownData]);
  useEffect(() => {
    if (state.status === 'success' && state.issues.length) {
      addNotices(
        state.issues.map((issue) => ({
          // A problem with the whole file is not "this step is skipped": nothing of it plays.
          key: issue.record === '(story)' ? 'notices.storyFileIssue' : 'notices.storyIssue',
          values: { issue: formatIssue(issue).replace(/^data\//, '') },
        })),
      );
    }
  }, [state, addNotices]);
  return state;
}
