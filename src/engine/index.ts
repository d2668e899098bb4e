/**
 * Target engines behind one interface. The embedded engine is the default; a Legend engine over HTTP
 * (src/engine/legend, a later issue) implements the same interface.
 */
import type { Engine } from './types.js';

export * from './types.js';

export interface EngineSettings {
  kind: 'embedded';
}

/** The engine for the settings (only the embedded engine exists so far). */
export async function createEngine(settings: EngineSettings = { kind: 'embedded' }): Promise<Engine> {
  switch (settings.kind) {
    case 'embedded': {
      const { EmbeddedEngine } = await import('./embedded/index.js');
      return new EmbeddedEngine();
    }
  }
}
