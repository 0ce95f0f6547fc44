import { writeFileSync } from 'node:fs';
import { generateOpenApiDocument } from '../server/openapi-document.ts';

export async function writeOpenApi(out: string | undefined): Promise<void> {
  const document = await generateOpenApiDocument();
  if (out) writeFileSync(out, document);
  else process.stdout.write(document);
}
