import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ImportFormat } from '../../../contract/imports';
import { call } from '../../../lib/apiClient';
import { countRecords } from './countRecords';
import { uploadImport } from './uploadImport';

export function useImports() {
  return useQuery({ queryKey: ['imports'], queryFn: ({ signal }) => call('listImports', { query: { limit: 50 }, signal }) });
}

/** Where a running import is, as far as the browser can see: the server answers only once it is all done. */
export type ImportStage =
  | { stage: 'reading' }
  | { stage: 'uploading'; loaded: number; total: number; records: number | undefined }
  | { stage: 'processing'; records: number | undefined };

export interface ImportInput {
  file: File;
  format: ImportFormat;
}

/** An import recomputes everything, so every cached view is stale afterwards, failed or not (history changes). */
export function useCreateImport() {
  const client = useQueryClient();
  const [stage, setStage] = useState<ImportStage | null>(null);
  const mutation = useMutation({
    mutationFn: async ({ file, format }: ImportInput) => {
      setStage({ stage: 'reading' });
      const content = await file.text();
      // Counted before sending (a parse of the file, at most the upload limit), so the wait can say how much is checked.
      const records = countRecords(format, content);
      setStage({ stage: 'uploading', loaded: 0, total: file.size, records });
      return uploadImport({ format, fileName: file.name, content }, {
        onUpload: ({ loaded, total }) => setStage({ stage: 'uploading', loaded, total, records }),
        onSent: () => setStage({ stage: 'processing', records }),
      });
    },
    onSettled: () => {
      setStage(null);
      return client.invalidateQueries();
    },
  });
  return { mutation, stage };
}
