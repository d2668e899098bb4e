/** Guardian's install root (the folder holding action.yml and rules/), found from a module URL. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function findInstallDir(moduleUrl: string): string {
  let dir = dirname(fileURLToPath(moduleUrl));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'action.yml')) && existsSync(join(dir, 'rules'))) return dir;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new Error(`Guardian's install folder (with action.yml and rules/) was not found above ${fileURLToPath(moduleUrl)}; reinstall Guardian.`);
}
