// The only module that reads process.env. Everything else receives a parsed Config.
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { z } from 'zod';

/** One address (`10.0.0.1`, `::1`) or a CIDR block (`10.0.0.0/8`, `fd00::/8`). */
function isAddressOrBlock(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (!version || rest.length) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

/** Comma-separated addresses or blocks; empty or absent: none. */
const addressList = z
  .string()
  .default('')
  .transform((text) =>
    text
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
  )
  .refine((entries) => entries.every(isAddressOrBlock), {
    message: 'expected comma-separated IP addresses or CIDR blocks (e.g. 127.0.0.1,10.0.0.0/8)',
  });

const logLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

const configSchema = z.object({
  port: z.coerce.number().int().min(0).max(65535).default(3000),
  host: z.string().min(1).default('127.0.0.1'),
  dataDir: z.string().min(1).default('./data'),
  databaseUrl: z.url().optional(),
  publicUrl: z.url().optional(),
  logLevel: logLevel.default('info'),
  /** Failed sign-ins allowed per client address (across e-mails) within a minute before 429. */
  loginRateLimit: z.coerce.number().int().min(1).default(10),
  /**
   * The reverse proxies whose X-Forwarded-For / -Proto / -Host are believed (addresses or CIDR
   * blocks). From any other peer they are ignored: the client is the socket's address.
   */
  trustedProxies: addressList,
  /**
   * How long a client may take to send a whole request, headers and body, in milliseconds; a
   * request still arriving then is answered 408 and its connection closed. 0 turns it off.
   */
  requestTimeoutMs: z.coerce.number().int().min(0).default(60_000),
  /** Public web-form submissions allowed per IP within a minute before 429. */
  formRateLimit: z.coerce.number().int().min(1).default(20),
  /** Secure cookies when served over HTTPS (derived from publicUrl unless forced). */
  secureCookies: z.boolean().optional(),
  /** Start an empty embedded database with the first-run setup instead of the demo company. */
  empty: z.boolean().default(false),
});

export type Config = z.infer<typeof configSchema> & { secureCookies: boolean };

export interface ConfigFlags {
  port?: string | number;
  host?: string;
  dataDir?: string;
  databaseUrl?: string;
  empty?: boolean;
}

/** Flags win over environment variables, which win over defaults. */
export function loadConfig(flags: ConfigFlags = {}, env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse({
    port: flags.port ?? env.PORT,
    host: flags.host ?? env.HOST,
    dataDir: flags.dataDir ?? env.CONVEYOR_DATA_DIR,
    databaseUrl: flags.databaseUrl ?? (env.DATABASE_URL || undefined),
    publicUrl: env.CONVEYOR_PUBLIC_URL || undefined,
    logLevel: env.CONVEYOR_LOG_LEVEL || undefined,
    loginRateLimit: env.CONVEYOR_LOGIN_RATE_LIMIT || undefined,
    formRateLimit: env.CONVEYOR_FORM_RATE_LIMIT || undefined,
    trustedProxies: env.CONVEYOR_TRUSTED_PROXIES || undefined,
    requestTimeoutMs: env.CONVEYOR_REQUEST_TIMEOUT_MS || undefined,
    empty: flags.empty ?? (env.CONVEYOR_EMPTY === 'true' || env.CONVEYOR_EMPTY === '1'),
  });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  return {
    ...c,
    dataDir: resolve(c.dataDir),
    secureCookies: c.secureCookies ?? c.publicUrl?.startsWith('https:') ?? false,
  };
}

/** Test-only settings: which PostgreSQL server (if any) the API suite also runs on. */
export function loadTestSettings(env: NodeJS.ProcessEnv = process.env) {
  return {
    databaseUrl: env.TEST_DATABASE_URL || undefined,
    ci: env.CI === 'true' || env.CI === '1',
    /** The schema-driven fuzzer's seed (a failing run prints it; set it to replay that run). */
    fuzzSeed: env.FUZZ_SEED ? Number(env.FUZZ_SEED) : undefined,
    /** How many requests the fuzzer sends per database (its test's own number unless set). */
    fuzzRequests: env.FUZZ_REQUESTS ? Number(env.FUZZ_REQUESTS) : undefined,
  };
}
