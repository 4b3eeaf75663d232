// Worker threads do not inherit tsx's loader on Node 20: register it here, then load the
// TypeScript task that piscina runs.
import { register } from 'tsx/esm/api';

register();
const task = await import('./task.ts');

export default task.default;
export const ready = task.ready;
