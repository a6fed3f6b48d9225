import { formatCount } from '../../../lib/format';
import type { ImportStage } from '../api/useImports';

const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/**
 * A running import: a determinate bar while the file is sent, then an indeterminate one while the server checks,
 * analyses and commits it. The server cannot report its own progress: it validates in one synchronous step and
 * answers once, all or nothing (the command line, running in-process, shows records validated instead).
 */
export function ImportProgress({ stage }: { stage: ImportStage }) {
  if (stage.stage === 'reading') {
    return (
      <div role="status" className="import-progress">
        <progress aria-label="Reading the file" />
        <span>Reading the file…</span>
      </div>
    );
  }
  if (stage.stage === 'uploading') {
    const percent = stage.total > 0 ? Math.floor((stage.loaded / stage.total) * 100) : 0;
    return (
      <div role="status" className="import-progress">
        <progress aria-label="Upload" value={stage.loaded} max={Math.max(stage.total, 1)} />
        <span>Uploading: {size(stage.loaded)} of {size(stage.total)} ({percent}%)</span>
      </div>
    );
  }
  const what = stage.records === undefined ? 'the file' : `${formatCount(stage.records)} records`;
  return (
    <div role="status" className="import-progress">
      <progress aria-label="Processing on the server" />
      <span>Processing {what} on the server: validating, analysing, committing…</span>
    </div>
  );
}
