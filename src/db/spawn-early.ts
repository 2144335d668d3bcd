// Imported first by src/main.tsx, so the worker starts before the app's modules evaluate.
import { spawnWorkerEarly } from './early-worker';

spawnWorkerEarly();
