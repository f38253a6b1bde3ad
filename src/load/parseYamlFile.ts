import { parse as parseYaml } from 'yaml';
import { ContentError } from './errors.ts';

/** The data in a YAML content file (YAML 1.2 core schema; an empty file is null); bad YAML is a ContentError naming the file. */
export function parseYamlFile(file: string, text: string): unknown {
  try {
    return parseYaml(text, { schema: 'core' }) as unknown;
  } catch (err) {
    throw new ContentError([{ file, field: 'file', message: `is not valid YAML (${(err as Error).message.split('\n')[0]})` }]);
  }
}
