/** README anchors of the contracts rules (`### \`contracts/<id>\`` → `#contracts<id>`). */
export const HELP_BASE = 'https://github.com/guardian-ci/guardian#';

export function helpUri(id: string): string {
  return `${HELP_BASE}contracts${id}`;
}
