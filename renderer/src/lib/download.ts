// Browser-side saving (web bridge only): a Blob link the browser downloads; nothing leaves the page.
// A Blob writes strings as UTF-8; a file that asks for UTF-16LE (.prf) gets the Electron save's bytes.
import { utf16leWithBom } from '../../../electron/shared/export-bytes';
import type { ExportFile } from '../../../electron/shared/export-types';

export function downloadFile(file: ExportFile): void {
  const url = URL.createObjectURL(
    new Blob([file.encoding === 'utf-16le' ? utf16leWithBom(file.content) : file.content], {
      type: file.mime || 'application/octet-stream',
    }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: Chromium reads the Blob asynchronously after the click.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
