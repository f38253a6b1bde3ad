// Worker thread body for processInWorkers: parse and extract a share of the articles.
import { parentPort, workerData } from 'node:worker_threads';
import { loadKnowledge } from '../knowledge/loadKnowledge.ts';
import type { Article } from '../types.ts';
import { processArticle } from './processArticle.ts';

const { articles, knowledgeDir } = workerData as { articles: Article[]; knowledgeDir: string };
const knowledge = await loadKnowledge(knowledgeDir);
parentPort?.postMessage(articles.map((a) => processArticle(a, knowledge)));
