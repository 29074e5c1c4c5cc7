// Time and peak resident memory of one phase of a benchmark, in the running process.

export interface Measurement {
  readonly seconds: number;
  readonly bytes: number;
  readonly articles: number;
  readonly mibPerSecond: number;
  readonly articlesPerSecond: number;
  readonly peakRssMiB: number;
}

export async function measure(phase: () => Promise<{ bytes: number; articles: number }>): Promise<Measurement> {
  globalThis.gc?.();
  let peak = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 10);
  const started = process.hrtime.bigint();
  const { bytes, articles } = await phase();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage.rss());
  return { seconds, bytes, articles, mibPerSecond: bytes / 1048576 / seconds, articlesPerSecond: articles / seconds, peakRssMiB: peak / 1048576 };
}
