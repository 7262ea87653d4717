/** Saves bytes as a file: a Blob and an `<a download>`. The same path works in Electron and the browser mode. */
import { base64ToBytes } from './base64';

export function downloadBase64(fileName: string, mime: string, base64: string): void {
  const bytes = base64ToBytes(base64);
  const blob = new Blob([bytes as BlobPart], { type: mime || 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
