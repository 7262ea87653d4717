/** Saves bytes as a file: a Blob and an `<a download>`. The same path works in Electron and the browser mode. */

export function downloadBytes(fileName: string, mime: string, parts: Uint8Array[]): void {
  const blob = new Blob(parts as BlobPart[], { type: mime || 'application/octet-stream' });
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
