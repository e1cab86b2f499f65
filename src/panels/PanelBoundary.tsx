/**
 * Contains a crash inside one panel: the panel shows what went wrong and a Retry button, the other panels and the
 * filter bar keep working. Built on react-error-boundary, so a render, layout or effect error anywhere below is
 * caught, not just the ones a panel expects (data faults are a panel state, see `Panel`).
 */
import type { ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { Panel } from './Panel';
import { useLocale } from '../i18n/useLocale';

/** Props of {@link PanelBoundary}. */
export interface PanelBoundaryProps {
  /** The chart the panel shows (see {@link Panel}'s `id`). */
  id: string;
  /** The panel's heading, kept in the fallback so the user knows which panel failed. */
  title: string;
  /** The panel's class name, so the fallback takes the panel's place in the grid. */
  className: string;
  children: ReactNode;
}

/** An error boundary around one panel; its fallback is the panel frame with the error and a Retry button. */
export function PanelBoundary({ id, title, className, children }: PanelBoundaryProps) {
  const fallback = ({ error, resetErrorBoundary }: FallbackProps) => (
    <CrashedPanel id={id} title={title} className={className} error={error} retry={resetErrorBoundary} />
  );
  return <ErrorBoundary fallbackRender={fallback}>{children}</ErrorBoundary>;
}

function CrashedPanel({
  id,
  title,
  className,
  error,
  retry,
}: {
  id: string;
  title: string;
  className: string;
  error: unknown;
  retry: () => void;
}) {
  const { t } = useLocale();
  const cause = error instanceof Error ? error : new Error(String(error));
  return (
    <Panel
      id={id}
      title={title}
      className={className}
      state={{ status: 'error', error: cause, retry, crashed: true }}
      credit={t('credit.leadNoDate')}
    />
  );
}
