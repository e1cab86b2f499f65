/**
 * The import worker: reads what the reader opened or pasted off the main thread — detection, parsing with
 * papaparse, the moves — reporting progress as it goes, and keeps the result, so changing a setting or a column's
 * part reads it again without sending the file back and forth. The page takes the dataset's files when the reader
 * chooses to use them, in slices small enough that no message blocks it; the worker stores the dataset in
 * IndexedDB itself.
 */
import { OwnDataError, readOwnData, type ImportChoices, type OwnDataResult } from '../ownData';
import { saveOwnData } from '../ownDataStorage';
import type { ImportRequest, ImportResponse } from './importClient';

/** Items per slice of a file sent to the page. */
const SLICE = 20_000;

let source: { name: string; text: string } | null = null;
let last: OwnDataResult | null = null;

const post = (message: ImportResponse) => self.postMessage(message);

function read(id: number, choices: Partial<ImportChoices>): void {
  if (!source) throw new Error('nothing has been opened');
  let sent = 0;
  last = readOwnData(source.name, source.text, choices, (share) => {
    // A few messages, not one per row.
    if (share - sent >= 0.05) {
      sent = share;
      post({ type: 'progress', id, share: share * 0.9 });
    }
  });
  const { dataset, ...rest } = last;
  const { files, ...meta } = dataset;
  post({
    type: 'summary',
    id,
    summary: {
      ...rest,
      // The first problems are shown; the rest counted.
      problems: rest.problems.slice(0, 500),
      problemCount: rest.problems.length,
      dataset: meta,
      counts: { moves: files.moves.length, organizations: files.organizations.length },
    },
  });
}

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const message = event.data;
  try {
    if (message.type === 'read') {
      source = { name: message.name, text: message.text };
      read(message.id, message.choices ?? {});
    } else if (message.type === 'reread') read(message.id, message.choices);
    else if (message.type === 'take') {
      if (!last) throw new Error('nothing has been read');
      const { files } = last.dataset;
      for (const [name, items] of Object.entries(files) as [string, unknown[]][])
        for (let i = 0; i < items.length || i === 0; i += SLICE)
          post({ type: 'slice', id: message.id, file: name, items: items.slice(i, i + SLICE) });
      post({ type: 'taken', id: message.id });
      if (!message.save || !source) return;
      // Kept for the next visit, from here, as what was opened and how it was read (see ownDataStorage).
      const { settings, mapping } = last.dataset.import ?? {};
      const saved = await saveOwnData({
        source: {
          name: source.name,
          text: source.text,
          choices: settings && mapping ? { settings, mapping } : {},
          loadedAt: last.dataset.loadedAt,
        },
        active: true,
      });
      post({ type: 'saved', id: message.id, saved });
    }
  } catch (error) {
    post({
      type: 'error',
      id: message.id,
      message: error instanceof Error ? error.message : String(error),
      known: error instanceof OwnDataError,
    });
  }
};
