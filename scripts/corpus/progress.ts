/**
 * Progress on a terminal: a bar with rate and time left on a TTY, plain lines every 10 % when the
 * output is a log. Writes to stderr so stdout stays clean for data.
 */
export function createProgress(stream: NodeJS.WriteStream = process.stderr) {
  const tty = stream.isTTY === true;
  let phase = '';
  let started = 0;
  let lastDecile = -1;
  let lastDraw = 0;
  return {
    update(name: string, done: number, total: number): void {
      const now = performance.now();
      if (name !== phase) {
        if (tty && phase) stream.write('\n');
        phase = name;
        started = now;
        lastDecile = -1;
      }
      const seconds = (now - started) / 1000;
      const rate = seconds > 0 ? done / seconds : 0;
      const eta = rate > 0 ? (total - done) / rate : 0;
      if (tty) {
        if (now - lastDraw < 100 && done < total) return;
        lastDraw = now;
        const width = 30;
        const filled = total ? Math.round((done / total) * width) : width;
        stream.write(
          `\r${name.padEnd(12)} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} stories  ${Math.round(rate)}/s  ETA ${eta.toFixed(0)} s   `,
        );
        if (done >= total) stream.write('\n');
      } else {
        const decile = total ? Math.floor((done / total) * 10) : 10;
        if (decile === lastDecile) return;
        lastDecile = decile;
        stream.write(`${name}: ${done}/${total} stories (${decile * 10} %), ${Math.round(rate)}/s, ETA ${eta.toFixed(0)} s\n`);
      }
    },
  };
}
