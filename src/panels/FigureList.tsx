/**
 * The article's other figures (valuations, costs, headcounts, …) under the current filter, as a compact table
 * with provenance, so every number in the data can be found in the app, not only those the bars draw.
 */
import { formatFigureValue, formatWhen } from '../charts/shared/format';
import type { Figure, Source } from '../data/schema';
import { describeFormula } from '../model/derived';
import type { OrgIndex } from '../model/orgIndex';

/** Props of {@link FigureList}: the figures to list (already filtered) and lookups for names. */
export interface FigureListProps {
  figures: readonly Figure[];
  all: ReadonlyMap<string, Figure>;
  orgs: OrgIndex;
  sources: ReadonlyMap<string, Source>;
}

/** A table of figures: what, value, when, source and article line. */
export function FigureList({ figures, all, orgs, sources }: FigureListProps) {
  if (!figures.length) return null;
  return (
    <details className="figure-list" open>
      <summary>
        {figures.length} more figure{figures.length === 1 ? '' : 's'} from the article
      </summary>
      <table>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Value</th>
            <th scope="col">When</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((f) => (
            <tr key={f.id}>
              <th scope="row">
                {f.label}
                {f.subject && <span className="muted"> · {orgs.name(f.subject)}</span>}
              </th>
              <td title={f.derived ? `Derived: ${describeFormula(f.derived, all)}` : undefined}>
                {formatFigureValue(f, false)}
                {f.derived && <em> (derived)</em>}
              </td>
              <td>{formatWhen(f.when)}</td>
              <td>
                {f.provenance.sources.map((s) => sources.get(s)?.name ?? s).join(', ')}, line{' '}
                {f.provenance.lines.join(', ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
