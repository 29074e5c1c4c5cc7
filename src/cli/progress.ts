// Progress on a terminal: a bar on stderr while a long ingest runs, failures printed
// above it. When stderr is not a terminal (piped, CI) there is no bar, only the lines.

import cliProgress from 'cli-progress';

export interface Progress {
  addBytes(count: number): void;
  countArticle(): void;
  countFailure(): void;
  /** Prints a line (a failure) without breaking the bar. */
  log(line: string): void;
  stop(): void;
}

export function startProgress(totalBytes: number, isEnabled: boolean): Progress {
  if (!isEnabled || !process.stderr.isTTY) {
    return { addBytes: () => undefined, countArticle: () => undefined, countFailure: () => undefined, log: (line) => process.stderr.write(`${line}\n`), stop: () => undefined };
  }
  const bars = new cliProgress.MultiBar(
    {
      stream: process.stderr,
      format: ' {bar} {percentage}% | {done}/{size} | {articles} articles, {failures} failed | {rate}',
      barsize: 30,
      hideCursor: true,
      clearOnComplete: true,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  const state = { bytes: 0, articles: 0, failures: 0 };
  const bar = bars.create(Math.max(totalBytes, 1), 0, payload());
  function payload(): Record<string, string | number> {
    const seconds = Math.max((Date.now() - started) / 1000, 0.001);
    return { done: mib(state.bytes), size: mib(totalBytes), articles: state.articles, failures: state.failures, rate: `${(state.bytes / 1048576 / seconds).toFixed(1)} MiB/s` };
  }
  // cli-progress redraws at most `fps` times a second, whatever the update rate.
  const redraw = (): void => bar.update(Math.min(state.bytes, totalBytes), payload());
  return {
    addBytes: (count) => {
      state.bytes += count;
      redraw();
    },
    countArticle: () => {
      state.articles += 1;
      redraw();
    },
    countFailure: () => {
      state.failures += 1;
      redraw();
    },
    log: (line) => bars.log(`${line}\n`),
    stop: () => {
      // Logged lines wait for the next redraw; stopping first would drop the last ones.
      bars.update();
      bars.stop();
    },
  };
}

function mib(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MiB`;
}
