import type { ImportResultDto, KpiImportKind } from '@recordroom/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { kpiQueryKeys } from '../api/kpi-query-keys';
import { ImportRefusedError, uploadImport } from '../api/upload-import';

export type UploadState =
  | { status: 'idle' }
  | { status: 'uploading'; fileName: string; sent: number; total: number }
  | { status: 'processing'; fileName: string; total: number }
  | { status: 'imported'; fileName: string; result: ImportResultDto }
  | { status: 'refused'; fileName: string; error: ImportRefusedError }
  | { status: 'failed'; fileName: string; error: unknown };

/** Uploads one file at a time, tracking its progress, then refreshes the KPIs and the list of imports. */
export function useUploadImport() {
  const queryClient = useQueryClient();
  const [state, setState] = useState<UploadState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);

  const upload = async (kind: KpiImportKind, departmentId: string, file: File) => {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    setState({ status: 'uploading', fileName: file.name, sent: 0, total: file.size });
    try {
      const result = await uploadImport({
        kind,
        departmentId,
        file,
        signal: abort.signal,
        onProgress: (sent, total) => setState({ status: 'uploading', fileName: file.name, sent, total }),
        onSent: () => setState({ status: 'processing', fileName: file.name, total: file.size }),
      });
      setState({ status: 'imported', fileName: file.name, result });
      // New events change every KPI figure and the list of imports.
      await queryClient.invalidateQueries({ queryKey: kpiQueryKeys.all });
    } catch (error) {
      if (abort.signal.aborted) return;
      setState(error instanceof ImportRefusedError ? { status: 'refused', fileName: file.name, error } : { status: 'failed', fileName: file.name, error });
    }
  };

  const cancel = () => {
    controller.current?.abort();
    setState({ status: 'idle' });
  };

  return { state, upload, cancel };
}
