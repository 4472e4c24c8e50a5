// The flywheel studio's pure core: one module, run unchanged by the server, the CLI and the browser.
export * from './model.ts';
export * from './schema.ts';
export * from './graph.ts';
export * from './discovery.ts';
export * from './checks.ts';
export * from './messages.ts';
export * from './replay.ts';
export * from './simulate.ts';
export * from './metrics.ts';
export * from './templates.ts';
export * from './versions.ts';
