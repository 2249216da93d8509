import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../projectRoot.ts';
import { neo4jVersion } from '../neo4jVersion.ts';
import { ManagedNeo4jError } from './errors.ts';

const launcherDir = join(projectRoot, 'neo4j');
const buildDir = join(launcherDir, 'target');
const classpathFile = join(buildDir, 'classpath.txt');
const stampFile = join(buildDir, 'launcher.stamp');
const launcherSource = join(launcherDir, 'src', 'main', 'java', 'launcher', 'ManagedNeo4j.java');

export interface LauncherBuild {
  /** Full JVM classpath: our compiled launcher followed by the Neo4j jars. */
  classpath: string;
  mainClass: string;
}

/** Fails with an actionable message when no usable JDK (17+) is on PATH. */
export function requireJava(): void {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (probe.error) {
    throw new ManagedNeo4jError(
      'no-java',
      'The managed Neo4j needs Java 17 or newer, but `java` was not found on PATH. ' +
        'Install a JDK (Debian/Ubuntu: apt-get install openjdk-17-jdk-headless) or set NEO4J_URI to use an existing Neo4j.',
    );
  }
  const banner = `${probe.stderr}${probe.stdout}`;
  const major = Number(/version "(\d+)/.exec(banner)?.[1] ?? '0');
  if (major < 17) {
    throw new ManagedNeo4jError(
      'old-java',
      `The managed Neo4j needs Java 17 or newer; \`java -version\` reports: ${banner.split('\n')[0] ?? banner}`,
    );
  }
}

function fingerprint(version: string): string {
  return createHash('sha256')
    .update(version)
    .update(readFileSync(join(launcherDir, 'pom.xml')))
    .update(readFileSync(launcherSource))
    .digest('hex');
}

/**
 * Compiles the launcher and resolves the Neo4j jars with Maven, once: later calls reuse the
 * result until the pom, the launcher source or the Neo4j version changes. Maven keeps the jars
 * in its local repository, so only the first build on a machine downloads anything.
 */
export async function buildLauncher(): Promise<LauncherBuild> {
  requireJava();
  const version = neo4jVersion();
  const stamp = fingerprint(version);
  const upToDate =
    existsSync(classpathFile) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp;
  if (!upToDate) {
    await runMaven(version);
    writeFileSync(stampFile, stamp);
  }
  const jars = readFileSync(classpathFile, 'utf8').trim();
  return { classpath: [join(buildDir, 'classes'), jars].join(':'), mainClass: 'launcher.ManagedNeo4j' };
}

async function runMaven(version: string): Promise<void> {
  const args = [
    '-B',
    '-q',
    '-f',
    join(launcherDir, 'pom.xml'),
    `-Dneo4j.version=${version}`,
    'compile',
    'dependency:build-classpath',
    `-Dmdep.outputFile=${classpathFile}`,
  ];
  const output: string[] = [];
  const status = await new Promise<number | null>((resolvePromise, reject) => {
    const child = spawn('mvn', args, { cwd: launcherDir, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') {
        reject(
          new ManagedNeo4jError(
            'no-maven',
            'The managed Neo4j is resolved from Maven Central with Maven, but `mvn` was not found on PATH. ' +
              'Install Maven (Debian/Ubuntu: apt-get install maven) or set NEO4J_URI to use an existing Neo4j.',
          ),
        );
      } else {
        reject(error);
      }
    });
    child.on('close', resolvePromise);
  });
  if (status !== 0) {
    const tail = output.join('').trim().split('\n').slice(-15).join('\n');
    throw new ManagedNeo4jError(
      'download-failed',
      `Maven could not build the launcher or download org.neo4j:neo4j:${version} (exit ${String(status)}). ` +
        `Check that Maven Central is reachable. Maven said:\n${tail}`,
    );
  }
}
