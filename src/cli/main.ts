import { Command, InvalidArgumentError, Option } from 'commander';
import { DataDirLockedError } from '../kernel/db/data-dir-lock.ts';
import { DomainError } from '../kernel/domain/errors.ts';
import { LOCALES, ROLES, SALES_ROLES, TOKEN_SCOPES } from '../contract/roles.ts';
import { DEMO_SIZES } from '../modules/demo/index.ts';
import { demoCommand } from './demo-command.ts';
import { migrateCommand, tokenCreateCommand, userCreateCommand } from './admin-commands.ts';
import { writeOpenApi } from './write-openapi.ts';
import { serve } from './serve.ts';
import { errorForTerminal } from '../kernel/http/log-serializers.ts';

function listOf<T extends string>(allowed: readonly T[]) {
  return (value: string): T[] => {
    const items = value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const bad = items.filter((i) => !allowed.includes(i as T));
    if (bad.length)
      throw new InvalidArgumentError(`unknown: ${bad.join(', ')} (allowed: ${allowed.join(', ')})`);
    return items as T[];
  };
}

function integer(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number');
  return n;
}

/** Database options every command that touches data accepts. */
function withDatabase(command: Command): Command {
  return command
    .option(
      '--data-dir <dir>',
      'embedded database directory (env CONVEYOR_DATA_DIR, default ./data)',
    )
    .option(
      '--database-url <url>',
      'PostgreSQL server instead of the embedded database (env DATABASE_URL)',
    );
}

const program = new Command('conveyor')
  .description('Conveyor — a process-driven sales CRM')
  .showHelpAfterError();

withDatabase(
  program
    .command('serve')
    .description('Run the web app and the API')
    .option('--port <port>', 'port to listen on (env PORT, default 3000)')
    .option('--host <host>', 'address to listen on (env HOST, default 127.0.0.1)')
    .option('--build-web', 'build the web app first if it is not built')
    .option(
      '--empty',
      'on an empty database, start with the first-run setup instead of the demo company (env CONVEYOR_EMPTY=true)',
    ),
).action((flags) => serve(flags));

withDatabase(
  program
    .command('demo')
    .description('Create a demo company: two years of a B2B sales team, in its own workspace')
    .option('--seed <n>', 'the same seed gives the same company', integer, 0)
    .addOption(
      new Option('--size <size>', 'how many deals (small ≈ 280, medium ≈ 3,000, large ≈ 20,000)')
        .choices(DEMO_SIZES)
        .default('small'),
    )
    .addOption(
      new Option('--locale <locale>', 'language of names and texts').choices(LOCALES).default('en'),
    ),
).action((flags) => demoCommand(flags));

withDatabase(program.command('migrate').description('Apply database migrations and exit')).action(
  (flags) => migrateCommand(flags),
);

const user = program.command('user').description('Manage users');
withDatabase(
  user
    .command('create')
    .description('Add a user to a workspace (as its admin)')
    .requiredOption('--email <email>', 'e-mail address (the login)')
    .requiredOption('--name <name>', 'full name')
    .option('--password <password>', 'password (default: a random one, printed)')
    .addOption(new Option('--role <role>', 'workspace role').choices(ROLES).default('member'))
    .option(
      '--sales-roles <list>',
      `comma-separated: ${SALES_ROLES.join(', ')}`,
      listOf(SALES_ROLES),
      [],
    )
    .option('--lead-limit <n>', 'how many open leads this person may hold', integer)
    .option('--workspace <id>', 'workspace id (default: the oldest workspace)'),
).action((flags) => userCreateCommand(flags));

const token = program.command('token').description('Manage API tokens');
withDatabase(
  token
    .command('create')
    .description('Issue an API token (printed once)')
    .requiredOption('--name <name>', 'what the token is for, e.g. "Telephony"')
    .option('--user <id>', 'user id the token acts as (default: the first admin)')
    .option(
      '--scopes <list>',
      `comma-separated: ${TOKEN_SCOPES.join(', ')}`,
      listOf(TOKEN_SCOPES),
      ['api'],
    )
    .option('--workspace <id>', 'workspace id (default: the oldest workspace)'),
).action((flags) => tokenCreateCommand(flags));

program
  .command('openapi')
  .description('Write the OpenAPI document generated from the routes')
  .option('--out <file>', 'output file (default: stdout)')
  .action((flags) => writeOpenApi(flags.out));

try {
  await program.parseAsync();
} catch (error) {
  if (error instanceof DataDirLockedError || error instanceof DomainError) {
    console.error(`conveyor: ${error.message}`);
  } else {
    // Stacks and SQLSTATE, never a failed statement's parameters (the output may land in a log).
    console.error(errorForTerminal(error));
  }
  process.exitCode = 1;
}
