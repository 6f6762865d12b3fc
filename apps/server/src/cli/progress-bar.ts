// A terminal progress bar for long commands: redrawn in place on a terminal, a line every 10%
// otherwise (CI logs).
export interface ProgressBar {
  update(done: number, note?: string): void;
  finish(message: string): void;
}

export function createProgressBar(
  total: number,
  label: string,
  stream: NodeJS.WriteStream = process.stderr,
): ProgressBar {
  const started = Date.now();
  let lastDecile = -1;
  const width = 30;
  return {
    update(done, note = '') {
      const fraction = total === 0 ? 1 : Math.min(1, done / total);
      const seconds = (Date.now() - started) / 1000;
      const rate = seconds > 0 ? done / seconds : 0;
      const eta = rate > 0 ? Math.ceil((total - done) / rate) : 0;
      const text = `${label} [${'#'.repeat(Math.round(fraction * width)).padEnd(width, '-')}] ${Math.floor(
        fraction * 100,
      )
        .toString()
        .padStart(
          3,
        )}% ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} · ${Math.round(rate).toLocaleString('en-US')}/s · ETA ${eta}s ${note}`;
      if (stream.isTTY) {
        stream.write(`\r${text.padEnd(stream.columns ? stream.columns - 1 : 100)}`);
      } else {
        const decile = Math.floor(fraction * 10);
        if (decile !== lastDecile) {
          lastDecile = decile;
          stream.write(`${text}\n`);
        }
      }
    },
    finish(message) {
      if (stream.isTTY) stream.write('\n');
      stream.write(`${message}\n`);
    },
  };
}
