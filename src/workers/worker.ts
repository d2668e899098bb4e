/**
 * Worker-thread entry, bundled to dist/worker/index.js. Each task kind is a small module of its
 * own so this bundle stays light (no zod, no YAML): the main thread sends validated data.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runPlaceholderWorker, type PlaceholderWorkerData } from '../checks/placeholders/worker-task.js';

type WorkerData = PlaceholderWorkerData;

const data = workerData as WorkerData | undefined;
if (!parentPort || !data) throw new Error('dist/worker/index.js runs only as a worker thread started by Guardian.');
if (data.task === 'placeholders') runPlaceholderWorker(parentPort, data);
else throw new Error(`unknown worker task ${String((data as { task?: unknown }).task)}`);
