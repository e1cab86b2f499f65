/**
 * The last line of defence: if something outside the panels (the header, the filter bar, the deck) crashes, the page
 * says so in one line and offers to start again, instead of going blank. The view lives in the URL, so reloading
 * brings the user's filters back.
 */
import type { ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { useLocale } from '../i18n/useLocale';

/** An error boundary around the whole app. */
export function AppBoundary({ children }: { children: ReactNode }) {
  return <ErrorBoundary FallbackComponent={AppCrashed}>{children}</ErrorBoundary>;
}

function AppCrashed({ error, resetErrorBoundary }: FallbackProps) {
  const { t } = useLocale();
  return (
    <main className="app-crashed" role="alert">
      <h1>{t('app.title')}</h1>
      <p>{t('app.crashed')}</p>
      <p>
        <code>{error instanceof Error ? error.message : String(error)}</code>
      </p>
      <button type="button" onClick={resetErrorBoundary}>
        {t('panel.retry')}
      </button>{' '}
      <button type="button" onClick={() => window.location.reload()}>
        {t('app.reload')}
      </button>
    </main>
  );
}
