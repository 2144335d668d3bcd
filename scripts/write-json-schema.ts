import { writeFileSync } from 'node:fs';
import { canonicalSchemas } from '../src/model/json-schema';

// Regenerates docs/*.schema.json from the zod schemas (a test fails when they drift).
for (const [file, schema] of Object.entries(canonicalSchemas())) {
  writeFileSync(
    new URL(`../docs/${file}`, import.meta.url),
    `${JSON.stringify(schema, null, 2)}\n`,
  );
  console.log(`wrote docs/${file}`);
}
