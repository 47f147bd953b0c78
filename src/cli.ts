#!/usr/bin/env node
// The `go-ci-kit` command (npm bin): the CLI of src/ci/cli.ts over every action of the registry.
// It sits on top of the floors: ci/ never imports actions/.
import { actions } from './actions/registry.js';
import { main } from './ci/cli.js';

process.exitCode = await main(process.argv.slice(2), actions);
