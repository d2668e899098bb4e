/** Cycle search in the compiler's reference graphs (super types, mapping includes). */

/**
 * The first cycle reachable from `start`, as the path that closes it (`[a, b, a]`), or undefined. `edges` gives a
 * node's successors, undefined for a node outside the graph (an unknown or external element: not followed).
 * `done` is shared across calls so that a whole model is walked once (linear in nodes and edges).
 */
export function findCycle(start: string, edges: (node: string) => readonly string[] | undefined, done: Set<string>): string[] | undefined {
  const stack: string[] = [];
  const onStack = new Set<string>();
  const visit = (p: string): string[] | undefined => {
    if (onStack.has(p)) return [...stack, p];
    if (done.has(p)) return undefined;
    const next = edges(p);
    if (!next) return undefined;
    stack.push(p);
    onStack.add(p);
    for (const n of next) {
      const cycle = visit(n);
      if (cycle) return cycle;
    }
    stack.pop();
    onStack.delete(p);
    done.add(p);
    return undefined;
  };
  return visit(start);
}
