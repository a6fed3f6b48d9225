import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { formatDate, humanize } from '../../../lib/format';
import { useImports } from '../api/useImports';
import { ImportForm } from '../components/ImportForm';

export function ImportsPage() {
  const imports = useImports();
  return (
    <>
      <PageHeader title="Imports" />
      <section aria-labelledby="upload">
        <h2 id="upload">Load an inventory</h2>
        <p>A file is checked completely before anything changes: a single error rejects the whole file.</p>
        <ImportForm />
      </section>
      <section aria-labelledby="history">
        <h2 id="history">Import history</h2>
        <QueryState query={imports} label="import history">
          {(page) => page.items.length === 0 ? <p>No imports yet: the demo inventory is loaded.</p> : (
            <table>
              <thead><tr><th scope="col">When</th><th scope="col">File</th><th scope="col">Format</th><th scope="col">By</th><th scope="col">Result</th></tr></thead>
              <tbody>
                {page.items.map((i) => (
                  <tr key={i.id}>
                    <td>{formatDate(i.at)}</td><td>{i.fileName}</td><td>{humanize(i.format)}</td><td>{i.by}</td>
                    <td>{i.status === 'succeeded' ? `${i.counts.connections} connections · ${i.findings.new} new, ${i.findings.resolved} resolved` : `failed: ${i.errors.length} errors`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </QueryState>
      </section>
    </>
  );
}
