/** The file name the server gave (`Content-Disposition: attachment; filename="…"`). */
export function attachmentName(header: string | null): string | null {
  const match = header ? /filename="([^"]+)"/.exec(header) : null;
  return match?.[1] ?? null;
}

/** Hands a file the server made to the browser, under the server's file name. */
export function saveFile(data: Blob, response: Response, fallback: string): void {
  const url = URL.createObjectURL(data);
  const link = document.createElement('a');
  link.href = url;
  link.download = attachmentName(response.headers.get('content-disposition')) ?? fallback;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the blob after the click returns; free it once the download has it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
