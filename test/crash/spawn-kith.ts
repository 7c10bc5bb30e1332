// Runs the kith CLI as one process, so a SIGKILL reaches the process that writes the database.
// `tsx` as a command runs the script in a child of its own and cannot pass SIGKILL on to it: the
// writer would go on, orphaned, while the test read the file.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const cli = join(process.cwd(), 'src', 'cli', 'entry.ts');

export function spawnKith(home: string, argv: readonly string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', cli, ...argv], {
    env: { ...process.env, KITH_HOME: home },
    stdio: 'ignore',
  });
}
