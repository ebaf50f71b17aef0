// STUB — replaced by the exports (issue 6).
import type { DiagnosisResult } from '../shared/diagnosis-types.js';
import type { ExportCatalogEntry, ExportFile, ExportRequest } from '../shared/export-types.js';

export function exportCatalog(): ExportCatalogEntry[] {
  return [];
}

export function buildExport(request: ExportRequest): ExportFile {
  return { filename: 'report.txt', mime: 'text/plain', content: request.diagnosis.email, instructions: '' };
}

export function renderSheetHtml(diagnosis: DiagnosisResult, _displayName: string, _lang: 'ja' | 'en'): string {
  return `<!doctype html><title>${diagnosis.email}</title>`;
}
