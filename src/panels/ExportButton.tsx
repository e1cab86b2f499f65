/**
 * The "Export SVG" button of a panel: renders the panel's chart as a standalone SVG file and downloads it.
 */
import { useState } from 'react';
import { downloadFile } from '../export/download';

/** Props of {@link ExportButton}: `render` builds the SVG document; `fileName` names the download. */
export interface ExportButtonProps {
  render: (() => Promise<string>) | null;
  fileName: string;
}

/** A button that downloads the panel's SVG; disabled while there is nothing to export. */
export function ExportButton({ render, fileName }: ExportButtonProps) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const onClick = async () => {
    if (!render) return;
    setBusy(true);
    setFailed(null);
    try {
      downloadFile(fileName, await render(), 'image/svg+xml;charset=utf-8');
    } catch (error) {
      setFailed(`Export failed: ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" onClick={onClick} disabled={!render || busy} title={`Download ${fileName}`}>
        Export SVG
      </button>
      {failed && (
        <span role="alert" className="inline-error">
          {failed}
        </span>
      )}
    </>
  );
}
