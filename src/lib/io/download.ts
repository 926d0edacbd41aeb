// Hands a file to the browser's download (the app has no server to send it to).
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers start reading the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadText(data: BlobPart, fileName: string, type = 'application/json'): void {
  downloadBlob(new Blob([data], { type }), fileName);
}
