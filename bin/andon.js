#!/usr/bin/env node
// Runs the TypeScript CLI directly: tsx compiles each module on load (see docs/decisions/002-running-typescript.md).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
