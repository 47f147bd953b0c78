#!/usr/bin/env node
// The `go-ci-kit` command (npm bin): see src/ci/cli.ts.
import { main } from './ci/cli.js';

process.exitCode = await main(process.argv.slice(2));
