/** A one-line progress bar on stderr; on a non-terminal, a line every 10 %. */
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr) {
  let shown = -1;
  const started = Date.now();
  return {
    update(done: number, total: number): void {
      const percent = total === 0 ? 100 : Math.floor((done * 100) / total);
      if (percent === shown) return;
      shown = percent;
      if (!stream.isTTY) {
        if (percent % 10 === 0) stream.write(`${label} ${percent}%\n`);
        return;
      }
      const width = 30;
      const filled = Math.round((width * percent) / 100);
      const seconds = Math.round((Date.now() - started) / 1000);
      stream.write(
        `\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${percent}% (${done}/${total}, ${seconds}s)`,
      );
    },
    finish(): void {
      if (stream.isTTY && shown >= 0) stream.write('\n');
    },
  };
}
