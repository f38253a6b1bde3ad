// Worker thread body for processInWorkers: parse and extract a share of the articles.
import { parentPort, workerData } from 'node:worker_threads';
import { loadKnowledge } from '../knowledge/loadKnowledge.ts';
import type { Article } from '../types.ts';
import { processArticle } from './processArticle.ts';
import { RESULTS_PER_MESSAGE, type WorkerMessage } from './processInWorkers.ts';

const { articles, knowledgeDir } = workerData as { articles: Article[]; knowledgeDir: string };
const knowledge = await loadKnowledge(knowledgeDir);
for (let i = 0; i < articles.length || i === 0; i += RESULTS_PER_MESSAGE) {
  const results = articles.slice(i, i + RESULTS_PER_MESSAGE).map((a) => processArticle(a, knowledge));
  const message: WorkerMessage = { results, done: i + RESULTS_PER_MESSAGE >= articles.length };
  parentPort?.postMessage(message);
}
