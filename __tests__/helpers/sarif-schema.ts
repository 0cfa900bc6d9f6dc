/**
 * Validation against the official SARIF 2.1.0 schema (__tests__/fixtures/sarif-schema-2.1.0.json, see the README
 * there). The schema is JSON Schema draft-04; Ajv 8 reads it once its draft-04 `id` is written `$id` (the only
 * draft-04 keyword it uses that later drafts renamed) and its `$schema` line is dropped.
 */
import fs from 'node:fs';
import AjvModule from 'ajv';
import formatsModule from 'ajv-formats';

type AjvClass = typeof AjvModule.default;
const Ajv = ((AjvModule as unknown as { default?: AjvClass }).default ?? AjvModule) as AjvClass;
const addFormats = ((formatsModule as unknown as { default?: typeof formatsModule }).default ?? formatsModule) as unknown as (ajv: InstanceType<AjvClass>) => void;

let validator: ((data: unknown) => boolean) & { errors?: unknown } | null = null;

export function validateSarif(log: unknown): string[] {
  if (!validator) {
    const schema = JSON.parse(fs.readFileSync(new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    delete schema.$schema;
    schema.$id = schema.id;
    delete schema.id;
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    validator = ajv.compile(schema);
  }
  if (validator(log)) return [];
  return ((validator.errors as Array<{ instancePath: string; message?: string }>) ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
