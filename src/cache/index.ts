// Entry points setup-go-matrix calls: restore in the main step, save in the post step.
export { restoreCaches } from './restore.js';
export { saveCaches } from './save.js';
