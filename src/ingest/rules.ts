import { z } from 'zod';
import { parseYamlWith, phrases } from '../knowledge/noiseRules.ts';
import type { Outlet } from './types.ts';

const outletsSchema = z.array(
  z.object({
    name: z.string().min(1),
    mastheads: phrases,
    footers: phrases,
    markers: phrases,
  }),
);

/** The text of outlets.yaml → the outlets; throws naming the file and field when it is malformed. */
export function parseOutlets(text: string, file = 'outlets.yaml'): Outlet[] {
  return parseYamlWith(outletsSchema, text, file);
}
