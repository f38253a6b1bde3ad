import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Article } from '../types.ts';
import type { ProcessedArticle } from './processArticle.ts';

/**
 * Below this many articles to process, workers cost more than they save. Measured on 2 cores: a worker takes
 * ~1.4 s to start (tsx, knowledge, compromise) and then ~6 ms per article against ~4.5 ms on the main
 * thread, so two pay off only from a few thousand articles (5,000: ~17 s against ~22 s).
 */
export const WORKER_THRESHOLD = 2000;

// Node 20 loads a worker's entry before `--import` hooks run, so the worker registers tsx itself
// and then imports the TypeScript body.
const BOOTSTRAP = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL('./processWorker.ts', import.meta.url).href)}); });`;

export function workerCount(articles: number): number {
  return articles < WORKER_THRESHOLD ? 0 : Math.min(availableParallelism(), 4);
}

/**
 * Parses and extracts articles across worker threads, in order. Articles are independent, so each worker
 * takes an interleaved share; each worker registers tsx to run the same TypeScript.
 */
export async function processInWorkers(articles: Article[], knowledgeDir: string, workers: number): Promise<ProcessedArticle[]> {
  const shares = Array.from({ length: workers }, (_, w) => articles.filter((_a, i) => i % workers === w));
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<ProcessedArticle[]>((resolve, reject) => {
          const worker = new Worker(BOOTSTRAP, { eval: true, workerData: { articles: share, knowledgeDir } });
          worker.once('message', (processed: ProcessedArticle[]) => {
            resolve(processed);
            void worker.terminate();
          });
          worker.once('error', reject);
        }),
    ),
  );
  return articles.map((_a, i) => results[i % workers]?.[Math.floor(i / workers)] as ProcessedArticle);
}
