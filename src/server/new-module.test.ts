// ARCHITECTURE.md's "Where a new feature goes", followed to the letter by a test: a scratch
// module is one folder (its module.json, layers, index.ts and web/index.ts) and one line in
// each registry — here the server's list, extended in memory. The real lint accepts it, keeps
// it to its declared neighbours, and the server serves its route and documents it.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import type { ServerModule } from '../kernel/http/server-module.ts';
import { serverModules } from './modules.ts';
import { freshWorkspace } from './test/fresh-workspace.ts';
import { describeApi } from './test/test-app.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const name = `scratch${process.pid}`;
const folder = path.join(root, 'src/modules', name);

/** The scratch module, file by file: what a new feature writes, and nothing else. */
const files: Record<string, string> = {
  'module.json': JSON.stringify({ description: 'A scratch feature.', uses: ['identity'] }),
  'domain/greeting.ts': `/** Pure: how the module greets a workspace. */
export function greeting(workspaceName: string): string {
  return \`Hello, \${workspaceName}\`;
}
`,
  'app/get-greeting.ts': `import type { Deps } from '../../../kernel/app/context.ts';
import { findWorkspace } from '../../identity/index.ts';
import { greeting } from '../domain/greeting.ts';

/** One use case per file: reads through another module's public surface only. */
export async function getGreeting(_input: void, { actor, tx }: Deps): Promise<{ text: string }> {
  const workspace = await findWorkspace(tx, actor.workspaceId);
  return { text: greeting(workspace?.name ?? '') };
}
`,
  'http/greeting.routes.ts': `import { z } from 'zod';
import { actorOf } from '../../../kernel/http/auth/authenticate.ts';
import { problems } from '../../../kernel/http/common-schemas.ts';
import type { Api, RouteContext } from '../../../kernel/http/route-context.ts';
import { getGreeting } from '../app/get-greeting.ts';

export function greetingRoutes(api: Api, { runner }: RouteContext) {
  api.get(
    '/${name}/greeting',
    {
      schema: {
        operationId: 'getScratchGreeting',
        tags: ['identity'],
        summary: 'A greeting for the workspace',
        response: { 200: z.object({ text: z.string() }), ...problems(401, 403) },
      },
    },
    async (request) => ({ text: (await runner.run(getGreeting, undefined, actorOf(request))).text }),
  );
}
`,
  'index.ts': `import type { ServerModule } from '../../kernel/http/server-module.ts';
import { greetingRoutes } from './http/greeting.routes.ts';

export const scratchModule: ServerModule = { name: '${name}', routes: [greetingRoutes] };
`,
  'web/index.ts': `import type { WebModule } from '../../../kernel/web/app/web-module.ts';

export const scratchWeb = { name: '${name}', pages: [], nav: [] } satisfies WebModule;
`,
};

for (const [file, text] of Object.entries(files)) {
  mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
  writeFileSync(path.join(folder, file), text);
}
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const { scratchModule } = (await import(path.join(folder, 'index.ts'))) as {
  scratchModule: ServerModule;
};

describe('a new module', () => {
  it('passes the real lint, layers and surfaces included', async () => {
    const eslint = new ESLint({ cwd: root });
    const results = await eslint.lintFiles([path.join(folder, '**/*.ts')]);
    expect(results.length).toBe(Object.keys(files).length - 1);
    expect(results.flatMap((r) => r.messages.map((m) => `${r.filePath}: ${m.message}`))).toEqual(
      [],
    );
  });

  it('may not reach a module it did not declare, nor another module’s internals', async () => {
    const eslint = new ESLint({ cwd: root });
    const probe = path.join(folder, 'app/__probe__.ts');
    const undeclared =
      "import { createDeal } from '../../conveyor/index.ts';\n\nexport const p = createDeal;\n";
    const internal =
      "import { findMember } from '../../identity/db/users-repo.ts';\n\nexport const p = findMember;\n";
    for (const code of [undeclared, internal]) {
      const [result] = await eslint.lintText(code, { filePath: probe });
      expect(result?.messages.map((m) => m.ruleId)).toContain('boundaries/dependencies');
    }
  });
});

describeApi(
  'a new module served beside the registry’s',
  (t) => {
    it('answers its route for a signed-in member and documents it', async () => {
      const { token } = await freshWorkspace(t);
      const answer = await t.request('GET', `/api/v1/${name}/greeting`, { token });
      expect(answer.status).toBe(200);
      expect(answer.body.text).toMatch(/^Hello, Workspace /);
      expect((await t.request('GET', `/api/v1/${name}/greeting`)).status).toBe(401);
      const document = t.app.swagger() as { paths: Record<string, unknown> };
      expect(Object.keys(document.paths)).toContain(`/api/v1/${name}/greeting`);
    });
  },
  [...serverModules, scratchModule],
);
