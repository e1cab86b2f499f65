/**
 * The story to present: `data/story.json`, or one the user opened, validated step by step against the
 * organisations. Problems are reported once as notices (file, step, field); the valid steps play.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { dataFileQuery, storyQuery } from '../data/queries';
import { parseStory, type ParsedStory } from '../data/story';
import { formatIssue } from '../data/validate';
import { useAppStore } from '../state/store';

/** The story state: loading, failed to load, or parsed (possibly with issues, possibly with no playable step). */
export type StoryState =
  { status: 'pending' } | { status: 'error'; error: Error } | ({ status: 'success' } & ParsedStory);

/** Loads and validates the current story; see {@link StoryState}. */
export function useStory(): StoryState {
  const custom = useAppStore((s) => s.customStory);
  const builtIn = useQuery({ ...storyQuery, enabled: custom === null });
  const orgs = useQuery(dataFileQuery('organizations'));
  const addNotices = useAppStore((s) => s.addNotices);
  const state = useMemo((): StoryState => {
    if (orgs.isError) return { status: 'error', error: orgs.error };
    if (!custom && builtIn.isError) return { status: 'error', error: builtIn.error };
    const raw = custom ? custom.raw : builtIn.data;
    if (raw === undefined || !orgs.data) return { status: 'pending' };
    const parsed = parseStory(raw, custom ? custom.file : 'story.json', new Set(orgs.data.map((o) => o.id)));
    return { status: 'success', ...parsed };
  }, [custom, builtIn.data, builtIn.isError, builtIn.error, orgs.data, orgs.isError, orgs.error]);
  useEffect(() => {
    if (state.status === 'success' && state.issues.length) {
      addNotices(
        state.issues.map((issue) => ({
          key: 'notices.storyIssue',
          values: { issue: formatIssue(issue).replace(/^data\//, '') },
        })),
      );
    }
  }, [state, addNotices]);
  return state;
}
