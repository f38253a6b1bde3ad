import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ContentError } from '../contentError.ts';
import { slugify } from '../slugify.ts';
import { parseNoiseRules } from './noiseRules.ts';
import type { Knowledge } from './types.ts';
import { worldPlacesSource } from './worldPlaces.ts';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as 2025-01-20');

const peopleSchema = z.array(
  z.object({
    name: z.string().min(1),
    kind: z.enum(['person', 'organisation']).default('person'),
    role: z.string().nullish(),
    gender: z.enum(['he', 'she']).nullish(),
    aliases: z.array(z.string().min(1)).nullish(),
    titles: z
      .array(z.object({ title: z.string().min(1), from: isoDay.optional(), until: isoDay.optional(), note: z.string().optional() }))
      .nullish(),
  }),
);

const placesSchema = z.array(
  z.object({
    name: z.string().min(1),
    kind: z.string().min(1),
    parent: z.string().nullish(),
    aliases: z.array(z.string().min(1)).nullish(),
    scene: z.boolean().optional(),
  }),
);

const topicsSchema = z.array(
  z
    .object({
      name: z.string().min(1),
      description: z.string().default(''),
      phrases: z.array(z.string().min(1)).min(1),
      except: z.array(z.string().min(1)).default([]),
    })
    .strict(),
);

const eventsSchema = z.array(
  z.object({
    name: z.string().min(1),
    place: z.string().min(1),
    from: isoDay,
    until: isoDay,
    phrases: z.array(z.string().min(1)).min(1),
    attendees: z.array(z.string().min(1)).default([]),
    hosts: z.array(z.string().min(1)).default([]),
  }),
);

const timezonesSchema = z.record(z.string());

/** The knowledge files parsed as YAML, by name, in the order they are digested. */
const YAML_FILES = ['people.yaml', 'places.yaml', 'topics.yaml', 'events.yaml', 'timezones.yaml'] as const;
type KnowledgeTexts = Record<(typeof YAML_FILES)[number] | 'noise.yaml', string>;

async function readTexts(dir: string): Promise<KnowledgeTexts> {
  const names = [...YAML_FILES, 'noise.yaml'] as const;
  const texts = await Promise.all(names.map((name) => readFile(path.join(dir, name), 'utf8')));
  return Object.fromEntries(names.map((name, i) => [name, texts[i]])) as KnowledgeTexts;
}

function parseYamlText<T>(dir: string, name: string, text: string, schema: z.ZodType<T, z.ZodTypeDef, unknown>): T {
  const file = path.join(dir, name);
  const result = schema.safeParse(parseYaml(text, { schema: 'core' }));
  if (!result.success) {
    throw new ContentError(
      result.error.issues.map((i) => ({ file: path.relative(process.cwd(), file), field: i.path.join('.') || 'file', message: i.message })),
    );
  }
  return result.data;
}

/**
 * The knowledge a long-lived process (`npm start`) loaded last, with the text of its files: while they
 * are unchanged, the next build takes the same knowledge without parsing them again.
 */
export class KnowledgeMemory {
  private last: { dir: string; texts: KnowledgeTexts; knowledge: Knowledge } | null = null;

  /** The knowledge of `dir`, parsed only when a file's text changed since the last load. */
  async load(dir: string): Promise<Knowledge> {
    const texts = await readTexts(dir);
    const last = this.last;
    if (last?.dir === dir && Object.entries(texts).every(([name, text]) => last.texts[name as keyof KnowledgeTexts] === text)) {
      return last.knowledge;
    }
    this.last = null;
    const knowledge = knowledgeOf(dir, texts);
    this.last = { dir, texts, knowledge };
    return knowledge;
  }
}

/** Reads people, places, topics and time zones from the knowledge directory. */
export async function loadKnowledge(dir: string): Promise<Knowledge> {
  return knowledgeOf(dir, await readTexts(dir));
}

/** The knowledge the files of `dir` hold, given their text. Throws ContentError. */
function knowledgeOf(dir: string, texts: KnowledgeTexts): Knowledge {
  const hash = createHash('sha256');
  for (const name of YAML_FILES) hash.update(name).update(texts[name]);
  const people = parseYamlText(dir, 'people.yaml', texts['people.yaml'], peopleSchema);
  const places = parseYamlText(dir, 'places.yaml', texts['places.yaml'], placesSchema);
  const topics = parseYamlText(dir, 'topics.yaml', texts['topics.yaml'], topicsSchema);
  const events = parseYamlText(dir, 'events.yaml', texts['events.yaml'], eventsSchema);
  const timezones = parseYamlText(dir, 'timezones.yaml', texts['timezones.yaml'], timezonesSchema);
  // The world gazetteer's data packages are knowledge too: another version can place an entry elsewhere.
  hash.update(worldPlacesSource());
  const noiseText = texts['noise.yaml'];
  hash.update('noise.yaml').update(noiseText);
  const noise = parseNoiseRules(noiseText, path.join(dir, 'noise.yaml'));

  const placeNames = new Set(places.map((p) => p.name));
  const unknownPlaces = [
    ...places
      .filter((p) => p.parent && !placeNames.has(p.parent))
      .map((p) => ({ file: 'places.yaml', field: `${p.name}.parent`, value: p.parent })),
    ...events.filter((e) => !placeNames.has(e.place)).map((e) => ({ file: 'events.yaml', field: `${e.name}.place`, value: e.place })),
  ];
  if (unknownPlaces.length > 0) {
    throw new ContentError(
      unknownPlaces.map((u) => ({ file: path.join(dir, u.file), field: u.field, message: `"${u.value}" is not a place in places.yaml` })),
    );
  }

  return {
    people: people.map((p) => ({
      name: p.name,
      slug: slugify(p.name),
      kind: p.kind,
      role: p.role ?? null,
      gender: p.gender ?? null,
      aliases: p.aliases ?? [],
      titles: (p.titles ?? []).map(({ title, from, until }) => ({ title, ...(from ? { from } : {}), ...(until ? { until } : {}) })),
    })),
    places: places.map((p) => ({
      name: p.name,
      slug: slugify(p.name),
      kind: p.kind,
      parent: p.parent ?? null,
      aliases: p.aliases ?? [],
      scene: p.scene ?? false,
    })),
    topics: topics.map((t) => ({ name: t.name, slug: slugify(t.name), description: t.description, phrases: t.phrases, except: t.except })),
    events: events.map((e) => ({ ...e, attendees: e.attendees.map((a) => slugify(a)), hosts: e.hosts.map((h) => slugify(h)) })),
    timezones,
    noise,
    version: hash.digest('hex').slice(0, 16),
  };
}
