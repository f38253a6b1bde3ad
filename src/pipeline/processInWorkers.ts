import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Article } from '../types.ts';
import type { ProcessedArticle } from './processArticle.ts';

/**
 * Below this many articles to process, workers cost more than they save. Measured on 2 cores (2026-12-05, cold cache,
 * `buildSiteData` on the bench's corpus, runs alternated): extraction now costs ~40 ms an article on the main thread
 * and a worker ~1.5 s to start, so two workers break even near 200 articles (7.3–8.9 s either way) and pay from there
 * (400: 14.4–15.7 → 10.7–12.0 s; 1,000: 38–44 → 25–26 s).
 */
export const WORKER_THRESHOLD = 300;

// Node 20 loads a worker's entry before `--import` hooks run, so the worker registers tsx itself
// and then imports the TypeScript body (from source in the compiled build too, src/cli/launch.mjs: its
// bundle sits two folders down from the project's root, as this file does, so the path holds for both).
const BOOTSTRAP = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL('../../src/pipeline/processWorker.ts', import.meta.url).href)}); });`;

export function workerCount(articles: number): number {
  return articles < WORKER_THRESHOLD ? 0 : Math.min(availableParallelism(), 4);
}

/**
 * A worker's heap limit. Its live set is the knowledge, the NLP model and the article at hand (under
 * 150 MB); without a limit V8 lets a worker's garbage grow to several hundred MB before collecting.
 */
const WORKER_HEAP_MB = 384;

/** A worker posts its results in chunks of this many articles, so that neither side holds all of them. */
export const RESULTS_PER_MESSAGE = 25;

/** What a worker posts: the results of its next articles, in order; `done` with its last chunk. */
export interface WorkerMessage {
  results: ProcessedArticle[];
  done: boolean;
}

/**
 * Parses and extracts articles across worker threads. Articles are independent, so each worker takes
 * an interleaved share; each worker registers tsx to run the same TypeScript. `onResult` receives
 * each article's result (by its index in `articles`) as it arrives, one call at a time.
 */
export async function processInWorkers(
  articles: Article[],
  knowledgeDir: string,
  workers: number,
  onResult: (index: number, result: ProcessedArticle) => Promise<void>,
): Promise<void> {
  let handled: Promise<void> = Promise.resolve();
  await Promise.all(
    Array.from(
      { length: workers },
      (_, w) =>
        new Promise<void>((resolve, reject) => {
          const share = articles.filter((_a, i) => i % workers === w);
          const worker = new Worker(BOOTSTRAP, {
            eval: true,
            workerData: { articles: share, knowledgeDir },
            resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
          });
          let next = 0;
          worker.on('message', ({ results, done }: WorkerMessage) => {
            for (const result of results) {
              const index = next++ * workers + w;
              handled = handled.then(() => onResult(index, result));
            }
            if (done) {
              void worker.terminate();
              handled.then(resolve, reject);
            }
          });
          worker.once('error', reject);
        }),
    ),
  );
  await handled;
}
