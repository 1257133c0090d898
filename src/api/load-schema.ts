import { readdirSync, readFileSync } from 'node:fs';
import { schemaPath } from '../paths.js';

/** The API's SDL: every `.graphql` file in `schema/graphql/`, concatenated in name order. */
export function loadTypeDefs(): string {
  const dir = schemaPath('graphql');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => readFileSync(`${dir}/${name}`, 'utf8'))
    .join('\n');
}
