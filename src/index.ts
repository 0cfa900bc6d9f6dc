import { run } from './main.js';
import { installSignalCleanup } from './tempdir.js';
import { workerFileNear } from './workers/pool.js';

// A cancelled workflow run (SIGINT, then SIGTERM) leaves no temporary files behind (src/tempdir.ts).
installSignalCleanup();
void run({ workerFile: workerFileNear(import.meta.url) });
