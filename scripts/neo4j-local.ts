/**
 * A local Neo4j Community server for development, tests and CI, with no Docker: an embedded DBMS
 * launched from a thin jar built by Maven (scripts/neo4j/). `neo4j-ctl.ts` is the CLI over this
 * module; a vitest globalSetup can call `startNeo4j()` directly.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
  fstatSync,
  ftruncateSync,
  writeSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

/** Absolute path of the project root (the folder holding package.json). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const LAUNCHER_DIR = join(PROJECT_ROOT, 'scripts', 'neo4j');
const TARGET_DIR = join(LAUNCHER_DIR, 'target');
const JAR = join(TARGET_DIR, 'civicgraph-neo4j.jar');
const LIB_DIR = join(TARGET_DIR, 'lib');
const STAMP = join(TARGET_DIR, '.civicgraph-build-stamp');
const BUILD_LOCK = join(TARGET_DIR, '.civicgraph-build-lock');
const MAIN_CLASS = 'civicgraph.neo4j.Launcher';

const PID_FILE = 'neo4j.pid';
const STATE_FILE = 'neo4j.state.json';
const LOG_FILE = 'neo4j-launcher.log';
// The launcher log is appended to on every start; past this size it is cut at the next start.
const LOG_MAX_BYTES = 10 * 1024 * 1024;

/** Default location of the server files: `.neo4j/` at the project root (gitignored). */
export const DEFAULT_DATA_DIR = join(PROJECT_ROOT, '.neo4j');
/** Defaults of the options of `startNeo4j`. */
export const DEFAULTS = {
  boltPort: 7687,
  httpPort: 7474,
  password: 'civicgraph-dev',
  heap: '1g',
  pagecache: '256m',
  txTimeout: '60s',
  readyTimeoutMs: 120_000,
} as const;
/** The only user of a Community server. */
export const NEO4J_USER = 'neo4j';

// Without these opens Neo4j's page cache / Netty fail on Java 17 (strong encapsulation).
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  // A half-dead server after an OOM is worse than a dead one for tests.
  '-XX:+ExitOnOutOfMemoryError',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
];

export interface Neo4jLocalOptions {
  /** Neo4j home: data/, logs/, pid file and launcher log go here. Default `.neo4j/` at the project root. */
  dataDir?: string;
  /** Bolt port on 127.0.0.1; 0 lets the OS pick a free one. Default 7687. */
  boltPort?: number;
  /** HTTP (and Browser) port on 127.0.0.1; 0 disables HTTP. Default 7474. */
  httpPort?: number;
  /** Password of user neo4j (min. 8 chars). Default env NEO4J_PASSWORD, else `civicgraph-dev`. */
  password?: string;
  /** JVM max heap (-Xmx), e.g. `1g`. */
  heap?: string;
  /** Neo4j page cache size, e.g. `256m`. */
  pagecache?: string;
  /** Transaction timeout, e.g. `60s`. */
  txTimeout?: string;
  /** How long to wait for the ready line before giving up. Default 120 s. */
  readyTimeoutMs?: number;
  /**
   * Tie the JVM's life to this Node process (it stops when our end of its stdin closes), for
   * test runs that must not leave a server behind. Default false: the server is detached.
   */
  attached?: boolean;
  /** Extra JVM flags, after the defaults (so they win). Env CIVICGRAPH_NEO4J_JVM_ARGS adds more (space-separated). */
  jvmArgs?: string[];
  /** Progress messages (build, start). Default: none. */
  log?: (message: string) => void;
}

/** What a started (or already running) server offers. */
export interface Neo4jHandle {
  uri: string;
  httpUrl: string | undefined;
  user: string;
  password: string;
  pid: number;
  dataDir: string;
  /** True if the server was already running and this call only found it. */
  alreadyRunning: boolean;
  /** Stops the server this call started; a no-op on a server that was already running. */
  stop(): Promise<void>;
}

/** Contents of the state file written once the server is ready. */
export interface Neo4jState {
  pid: number;
  uri: string;
  httpUrl: string | undefined;
  boltPort: number;
  httpPort: number;
  startedAt: string;
}

/** Result of `neo4jStatus`. */
export interface Neo4jStatus {
  running: boolean;
  pid: number | undefined;
  /** Known once the server has printed its ready line. */
  state: Neo4jState | undefined;
  dataDir: string;
}

/** Error with the tail of the launcher log attached, for startup failures. */
export class Neo4jStartError extends Error {
  constructor(
    message: string,
    readonly logTail: string,
  ) {
    super(message);
    this.name = 'Neo4jStartError';
  }
}

// ---------------------------------------------------------------- build

/** Hash of everything the launcher build depends on; a change forces a rebuild. */
function sourceHash(): string {
  const h = createHash('sha256');
  h.update(readFileSync(join(LAUNCHER_DIR, 'pom.xml')));
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else {
        h.update(p.slice(LAUNCHER_DIR.length));
        h.update(readFileSync(p));
      }
    }
  };
  walk(join(LAUNCHER_DIR, 'src'));
  return h.digest('hex');
}

/** True when the launcher jar or its lib/ is missing, or pom.xml / Java sources changed since the last build. */
export function launcherNeedsBuild(): boolean {
  if (!existsSync(JAR) || !existsSync(LIB_DIR) || !existsSync(STAMP)) return true;
  if (readdirSync(LIB_DIR).filter((f) => f.endsWith('.jar')).length === 0) return true;
  return readFileSync(STAMP, 'utf8').trim() !== sourceHash();
}

function runMaven(offline: boolean): { ok: boolean; output: string } {
  const args = ['-q', '-B', '-Dstyle.color=never', '-f', join(LAUNCHER_DIR, 'pom.xml'), 'package'];
  if (offline) args.unshift('-o');
  const r = spawnSync('mvn', args, { cwd: LAUNCHER_DIR, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? 'mvn not found on PATH: install Maven 3.8+ and Java 17+' : r.error.message);
  }
  return { ok: r.status === 0, output: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

/**
 * Runs `fn` holding a lock directory (mkdir is atomic), so concurrent builds or starts of the same
 * data dir serialize. A lock whose owner process is dead, or that is older than `staleMs`, is taken over.
 */
async function withDirLock<T>(lockDir: string, staleMs: number, fn: () => T | Promise<T>): Promise<T> {
  const owner = join(lockDir, 'owner');
  const deadline = Date.now() + staleMs;
  for (;;) {
    try {
      mkdirSync(lockDir);
      writeFileSync(owner, `${process.pid}\n`);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      let ownerPid = 0;
      let age = 0;
      try {
        ownerPid = Number.parseInt(readFileSync(owner, 'utf8'), 10);
        age = Date.now() - statSync(lockDir).mtimeMs;
      } catch {
        // Owner file not written yet: the other process is between mkdir and write.
      }
      if ((ownerPid > 0 && !isAlive(ownerPid)) || age > staleMs) rmSync(lockDir, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`timed out waiting for lock ${lockDir}`);
      else await sleep(250);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

/** Builds the launcher with Maven if needed (offline first, online if the local repository lacks something). */
export async function buildLauncher(opts: { force?: boolean; log?: (m: string) => void } = {}): Promise<{
  built: boolean;
  ms: number;
}> {
  const t0 = Date.now();
  if (!opts.force && !launcherNeedsBuild()) return { built: false, ms: 0 };
  mkdirSync(TARGET_DIR, { recursive: true });
  return withDirLock(BUILD_LOCK, 10 * 60_000, () => {
    // Another process may have built it while we waited for the lock.
    if (!opts.force && !launcherNeedsBuild()) return { built: false, ms: Date.now() - t0 };
    opts.log?.('building Neo4j launcher with Maven (scripts/neo4j/pom.xml)...');
    // copy-dependencies never deletes, so a version bump would leave two Neo4j versions in lib/.
    rmSync(LIB_DIR, { recursive: true, force: true });
    rmSync(STAMP, { force: true });
    let r = runMaven(true);
    if (!r.ok) {
      opts.log?.('offline build failed; resolving from Maven Central...');
      r = runMaven(false);
    }
    if (!r.ok) throw new Error(`Maven build of the Neo4j launcher failed:\n${r.output.trim()}`);
    writeFileSync(STAMP, `${sourceHash()}\n`);
    return { built: true, ms: Date.now() - t0 };
  });
}

// ---------------------------------------------------------------- process state

function resolveDataDir(dataDir: string | undefined): string {
  return resolve(dataDir ?? DEFAULT_DATA_DIR);
}

function readPid(dataDir: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(join(dataDir, PID_FILE), 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function readState(dataDir: string): Neo4jState | undefined {
  try {
    return JSON.parse(readFileSync(join(dataDir, STATE_FILE), 'utf8')) as Neo4jState;
  } catch {
    return undefined;
  }
}

function clearState(dataDir: string): void {
  rmSync(join(dataDir, PID_FILE), { force: true });
  rmSync(join(dataDir, STATE_FILE), { force: true });
}

function processCommandLine(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    // No procfs (macOS): ask ps.
    try {
      return execFileSync('ps', ['-p', String(pid), '-o', 'command='], { encoding: 'utf8' });
    } catch {
      return undefined;
    }
  }
}

/** True if `pid` is alive and is our launcher for `dataDir` (guards against pid reuse). */
function isOurLauncher(pid: number, dataDir: string): boolean {
  // Not alive, or (EPERM) not ours to signal: either way not a launcher we started.
  if (!isAlive(pid)) return false;
  const cmd = processCommandLine(pid);
  if (cmd === undefined) return true;
  // The trailing space keeps /tmp/a from matching a launcher of /tmp/ab.
  return cmd.includes(MAIN_CLASS) && cmd.includes(`--data ${dataDir} `);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Reports whether a launcher is running on `dataDir`, with its pid and (once ready) its addresses. */
export function neo4jStatus(opts: { dataDir?: string } = {}): Neo4jStatus {
  const dataDir = resolveDataDir(opts.dataDir);
  const pid = readPid(dataDir);
  if (pid === undefined || !isOurLauncher(pid, dataDir)) {
    return { running: false, pid: undefined, state: undefined, dataDir };
  }
  const state = readState(dataDir);
  return { running: true, pid, state: state?.pid === pid ? state : undefined, dataDir };
}

/** True if a launcher is running on `dataDir` (default `.neo4j/`). */
export function isNeo4jRunning(opts: { dataDir?: string } = {}): boolean {
  return neo4jStatus(opts).running;
}

// ---------------------------------------------------------------- log

function logTail(file: string, lines = 40): string {
  try {
    const text = readFileSync(file, 'utf8');
    return text
      .split('\n')
      .slice(-lines - 1)
      .join('\n')
      .trimEnd();
  } catch {
    return '(no log)';
  }
}

/** Reads what was appended to `file` since `offset`. */
function readFrom(file: string, offset: number): string {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const size = fstatSync(fd).size;
    if (size <= offset) return '';
    const buf = Buffer.alloc(size - offset);
    readSync(fd, buf, 0, buf.length, offset);
    return buf.toString('utf8');
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

// ---------------------------------------------------------------- start / stop

function javaBinary(): string {
  const home = process.env.JAVA_HOME;
  return home ? join(home, 'bin', 'java') : 'java';
}

function checkPort(name: string, port: number): number {
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`${name} must be a port 0-65535, got ${port}`);
  return port;
}

const START_MARKER = '==== civicgraph neo4j start ';
const READY_RE = /^NEO4J READY (bolt:\/\/\S+)(?: (http:\/\/\S+))?\s*$/m;
const FAILED_RE = /^NEO4J FAILED (.*)$/m;

/** Starts Neo4j on `dataDir` (building the launcher if needed) and resolves once it accepts queries. */
export async function startNeo4j(opts: Neo4jLocalOptions = {}): Promise<Neo4jHandle> {
  const dataDir = resolveDataDir(opts.dataDir);
  const boltPort = checkPort('boltPort', opts.boltPort ?? DEFAULTS.boltPort);
  const httpPort = checkPort('httpPort', opts.httpPort ?? DEFAULTS.httpPort);
  const password = opts.password ?? (process.env.NEO4J_PASSWORD || DEFAULTS.password);
  if (password.length < 8) throw new Error('the Neo4j password must have at least 8 characters');
  const timeoutMs = opts.readyTimeoutMs ?? DEFAULTS.readyTimeoutMs;
  const log = opts.log ?? (() => {});
  mkdirSync(dataDir, { recursive: true });

  // Serialize starts of one data dir: a second caller waits, then finds the server running.
  return withDirLock(join(dataDir, '.start-lock'), timeoutMs + 10 * 60_000, async () => {
    const status = neo4jStatus({ dataDir });
    if (status.running && status.pid !== undefined) {
      const state = status.state ?? (await waitForEarlierStart(dataDir, status.pid, timeoutMs));
      return {
        uri: state.uri,
        httpUrl: state.httpUrl,
        user: NEO4J_USER,
        password,
        pid: status.pid,
        dataDir,
        alreadyRunning: true,
        stop: async () => {},
      };
    }
    await buildLauncher({ log });
    const state = await spawnAndWait({ ...opts, dataDir, boltPort, httpPort, password, timeoutMs, log });
    return {
      uri: state.uri,
      httpUrl: state.httpUrl,
      user: NEO4J_USER,
      password,
      pid: state.pid,
      dataDir,
      alreadyRunning: false,
      stop: () => stopNeo4j({ dataDir }).then(() => undefined),
    };
  });
}

interface SpawnOptions extends Neo4jLocalOptions {
  dataDir: string;
  boltPort: number;
  httpPort: number;
  password: string;
  timeoutMs: number;
  log: (message: string) => void;
}

function toState(pid: number, ready: RegExpExecArray): Neo4jState {
  const uri = ready[1]!;
  const httpUrl = ready[2];
  return {
    pid,
    uri,
    httpUrl,
    boltPort: Number(new URL(uri).port),
    httpPort: httpUrl ? Number(new URL(httpUrl).port) : 0,
    startedAt: new Date().toISOString(),
  };
}

/** A server started by a process that quit before it was ready (e.g. Ctrl-C): read its ready line from the log. */
async function waitForEarlierStart(dataDir: string, pid: number, timeoutMs: number): Promise<Neo4jState> {
  const logFile = join(dataDir, LOG_FILE);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = readFrom(logFile, 0);
    const lastRun = text.slice(Math.max(0, text.lastIndexOf(START_MARKER)));
    const ready = READY_RE.exec(lastRun);
    if (ready) {
      const state = toState(pid, ready);
      writeFileSync(join(dataDir, STATE_FILE), `${JSON.stringify(state, null, 2)}\n`);
      return state;
    }
    if (!isAlive(pid) || FAILED_RE.test(lastRun)) {
      throw new Neo4jStartError('a Neo4j start already under way on this data dir failed', logTail(logFile));
    }
    if (Date.now() > deadline) {
      throw new Neo4jStartError(
        `Neo4j (pid ${pid}) is running but was not ready within ${timeoutMs / 1000} s`,
        logTail(logFile),
      );
    }
    await sleep(250);
  }
}

async function spawnAndWait(o: SpawnOptions): Promise<Neo4jState> {
  const { dataDir } = o;
  clearState(dataDir);
  const logFile = join(dataDir, LOG_FILE);
  const fd = openSync(logFile, 'a');
  if (fstatSync(fd).size > LOG_MAX_BYTES) ftruncateSync(fd, 0);
  writeSync(fd, `\n${START_MARKER}${new Date().toISOString()} ====\n`);
  const offset = fstatSync(fd).size;

  const envJvmArgs = (process.env.CIVICGRAPH_NEO4J_JVM_ARGS ?? '').split(/\s+/).filter(Boolean);
  const args = [
    `-Xmx${o.heap ?? DEFAULTS.heap}`,
    ...JVM_FLAGS,
    ...(o.jvmArgs ?? []),
    ...envJvmArgs,
    '-cp',
    `${JAR}${process.platform === 'win32' ? ';' : ':'}${join(LIB_DIR, '*')}`,
    MAIN_CLASS,
    '--data',
    dataDir,
    '--bolt-port',
    String(o.boltPort),
    '--http-port',
    String(o.httpPort),
    '--pagecache',
    o.pagecache ?? DEFAULTS.pagecache,
    '--tx-timeout',
    o.txTimeout ?? DEFAULTS.txTimeout,
  ];
  if (o.attached) args.push('--exit-on-stdin-eof');

  o.log(`starting Neo4j on ${dataDir} (log: ${logFile})...`);
  const t0 = Date.now();
  let child: ChildProcess;
  try {
    child = spawn(javaBinary(), args, {
      cwd: dataDir,
      // The password travels in the environment, not on the command line where `ps` shows it.
      env: { ...process.env, NEO4J_PASSWORD: o.password },
      stdio: [o.attached ? 'pipe' : 'ignore', fd, fd],
      detached: !o.attached,
    });
  } finally {
    closeSync(fd);
  }
  let exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  let spawnError: Error | undefined;
  child.on('exit', (code, signal) => (exited = { code, signal }));
  child.on('error', (e) => (spawnError = e));
  // Neither the child nor its stdin pipe may keep this Node process alive.
  child.unref();
  (child.stdin as unknown as { unref?: () => void } | null)?.unref?.();

  const pid = child.pid;
  if (pid === undefined) {
    await sleep(50);
    throw new Error(`could not start ${javaBinary()}: ${spawnError?.message ?? 'unknown error'}`);
  }
  writeFileSync(join(dataDir, PID_FILE), `${pid}\n`);

  const deadline = t0 + o.timeoutMs;
  for (;;) {
    const text = readFrom(logFile, offset);
    const ready = READY_RE.exec(text);
    if (ready) {
      const state = toState(pid, ready);
      writeFileSync(join(dataDir, STATE_FILE), `${JSON.stringify(state, null, 2)}\n`);
      const browser = state.httpUrl ? ` ${state.httpUrl}/browser/` : '';
      o.log(`Neo4j ready in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${state.uri}${browser}`);
      return state;
    }
    const failed = FAILED_RE.exec(text);
    if (failed || exited || spawnError) {
      if (!exited && isAlive(pid)) await terminate(pid, 15_000);
      clearState(dataDir);
      const why = spawnError
        ? `could not run ${javaBinary()}: ${spawnError.message}`
        : failed
          ? failed[1]!
          : `JVM exited (${exited?.signal ?? `code ${exited?.code}`}) before it was ready`;
      throw new Neo4jStartError(`Neo4j failed to start: ${why}`, logTail(logFile));
    }
    if (Date.now() > deadline) {
      await terminate(pid, 15_000);
      clearState(dataDir);
      throw new Neo4jStartError(`Neo4j was not ready within ${Math.round(o.timeoutMs / 1000)} s`, logTail(logFile));
    }
    await sleep(150);
  }
}

/** SIGTERM, then SIGKILL if the JVM has not exited after `graceMs`. Resolves true once it is gone. */
async function terminate(pid: number, graceMs: number): Promise<boolean> {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return true;
  }
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await sleep(100);
  }
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    return true;
  }
  for (let i = 0; i < 50 && isAlive(pid); i++) await sleep(100);
  return !isAlive(pid);
}

/**
 * Stops the launcher running on `dataDir` (SIGTERM: clean store shutdown; SIGKILL after `timeoutMs`).
 * Resolves to false if nothing was running.
 */
export async function stopNeo4j(opts: { dataDir?: string; timeoutMs?: number } = {}): Promise<boolean> {
  const dataDir = resolveDataDir(opts.dataDir);
  const pid = readPid(dataDir);
  if (pid === undefined || !isOurLauncher(pid, dataDir)) {
    clearState(dataDir);
    return false;
  }
  const gone = await terminate(pid, opts.timeoutMs ?? 60_000);
  if (!gone) throw new Error(`Neo4j (pid ${pid}) did not exit`);
  clearState(dataDir);
  return true;
}

/** Path of the launcher log in `dataDir`. */
export function neo4jLogFile(opts: { dataDir?: string } = {}): string {
  return join(resolveDataDir(opts.dataDir), LOG_FILE);
}
