// Checks Grafana dashboard files against Grafana's own dashboard schema: the TypeScript types
// Grafana generates from it (npm package @grafana/schema). Each file becomes an object literal
// typed as a Dashboard and is compiled with strict checks, so an unknown field, a missing
// required one or a value of the wrong type is an error that names the file, line and field.
//
//   npm install --prefix DIR typescript@5.9.3 @grafana/schema@13.2.3
//   node dashboards/schema-check/check.mjs --tsc DIR/node_modules/.bin/tsc dashboards/grafana/*.json
//
// Exit code: 0 when every file conforms, 1 when one does not, 2 on bad arguments.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const args = process.argv.slice(2);
const at = args.indexOf('--tsc');
if (at < 0 || !args[at + 1]) fail('--tsc: give the path of tsc installed beside @grafana/schema');
const tsc = realpathSync(args[at + 1]);
const files = args.filter((_, i) => i !== at && i !== at + 1);
if (files.length === 0) fail('no dashboard files given');

// tsc is DIR/node_modules/typescript/bin/tsc; the generated files go under DIR, so they find DIR/node_modules.
const prefix = dirname(dirname(dirname(dirname(tsc))));
if (!existsSync(join(prefix, 'node_modules', '@grafana', 'schema'))) fail(`@grafana/schema is not installed in ${prefix}`);
const work = mkdtempSync(join(prefix, 'dashboards-'));
try {
  for (const file of files) {
    let json;
    try { json = readFileSync(file, 'utf8'); JSON.parse(json); }
    catch (e) { console.error(`${file}: not a readable JSON file (${e.message})`); process.exitCode = 1; continue; }
    writeFileSync(join(work, basename(file, '.json') + '.ts'),
      `import type { Dashboard } from '@grafana/schema';\n` +
      // A file holds an enum's value ("value") where TypeScript expects the enum's member: compare values.
      `type AsJson<T> = T extends string ? \`\${T}\` : T extends Array<infer U> ? Array<AsJson<U>> : T extends object ? { [K in keyof T]: AsJson<T[K]> } : T;\n` +
      `export const dashboard: AsJson<Dashboard> =\n${json};\n`);
  }
  writeFileSync(join(work, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', skipLibCheck: true },
    include: ['*.ts'],
  }));
  try {
    execFileSync(process.execPath, [tsc, '-p', work, '--pretty', 'false'], { stdio: ['ignore', 'pipe', 'pipe'] });
    if (!process.exitCode) console.log(`${files.length} dashboard(s) conform to Grafana's dashboard schema`);
  } catch (e) {
    // Line numbers are the file's own: the generated file adds three lines above it.
    const out = `${e.stdout ?? ''}${e.stderr ?? ''}`.replace(/^(.*?)\.ts\((\d+),(\d+)\)/gm,
      (_, name, line, col) => `${basename(name)}.json(${Number(line) - 3},${col})`);
    console.error(out.trim());
    process.exitCode = 1;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

function fail(message) {
  console.error(`error: ${message}`);
  process.exit(2);
}
