// Both typechecks at once (the app with tests, and the DOM-free core): each is one busy core, so on
// two cores they take as long as the longer one. Fails if either fails.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const projects = ['tsconfig.json', 'src/core/tsconfig.json'];

const codes = await Promise.all(
  projects.map(
    (project) =>
      new Promise((resolve) => {
        const child = spawn(process.execPath, [tsc, '-p', project, '--noEmit'], { stdio: 'inherit' });
        child.on('error', (error) => {
          console.error(`tsc -p ${project}: ${error.message}`);
          resolve(1);
        });
        child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
      }),
  ),
);
const failed = projects.filter((_, index) => codes[index] !== 0);
if (failed.length > 0) {
  console.error(`typecheck failed: ${failed.map((project) => `tsc -p ${project}`).join(', ')}`);
  process.exit(1);
}
