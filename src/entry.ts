/**
 * The one bundle behind both entries: dist/index.js (the action) and dist/cli.js (the CLI) are
 * launchers that call one of these, so the two share every chunk instead of shipping two copies.
 * Each entry module runs on import; loading it lazily keeps the other's code off the start-up path.
 */
export async function action(): Promise<void> {
  await import('./main.js');
}

export async function cli(): Promise<void> {
  await import('./cli.js');
}
