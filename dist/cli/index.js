#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 278:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iW: () => (/* binding */ main)
});

// UNUSED EXPORTS: parseArgs, version

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/ci/inputs.ts
class InputError extends Error {
    name = 'InputError';
}
class Inputs {
    runtime;
    table;
    constructor(runtime, table) {
        this.runtime = runtime;
        this.table = table;
    }
    spec(name) {
        const spec = this.table[name];
        if (!spec)
            throw new Error(`internal: input "${name}" is not declared in the action's input table`);
        return spec;
    }
    /** Trimmed value, or the declared default, or ''. */
    string(name) {
        const spec = this.spec(name);
        const raw = (this.runtime.rawInput(name) ?? '').trim();
        return raw !== '' ? raw : (spec.default ?? '');
    }
    /** True when the user gave a non-empty value (as opposed to the default). */
    given(name) {
        this.spec(name);
        return (this.runtime.rawInput(name) ?? '').trim() !== '';
    }
    bool(name) {
        const v = this.string(name).toLowerCase();
        if (['true', 'yes', '1', 'on'].includes(v))
            return true;
        if (['false', 'no', '0', 'off', ''].includes(v))
            return false;
        throw new InputError(`input "${name}" is "${this.string(name)}", which is not a boolean; use "true" or "false"`);
    }
    choice(name) {
        const spec = this.spec(name);
        const v = this.string(name);
        const options = spec.options ?? [];
        if (!options.includes(v)) {
            throw new InputError(`input "${name}" is "${v}"; expected one of: ${options.map((o) => `"${o}"`).join(', ')}`);
        }
        return v;
    }
    /** Newline- or comma-separated list, blank entries and `#` comments dropped. */
    list(name) {
        return this.string(name)
            .split(/[\n,]/)
            .map((s) => s.trim())
            .filter((s) => s !== '' && !s.startsWith('#'));
    }
}

;// CONCATENATED MODULE: ./src/ci/action.ts
// How an action runs on any platform: one definition (inputs table + main/post functions),
// run by the GitHub entry bundles or by the CLI with a file-based runtime.

function message(e) {
    return e instanceof Error ? e.message : String(e);
}
/** Runs one phase; returns false when the phase failed the job. */
async function runPhase(def, phase, rt) {
    const ctx = { rt, inputs: new Inputs(rt, def.inputs) };
    if (phase === 'post') {
        if (!def.post)
            return true;
        try {
            await def.post(ctx);
        }
        catch (e) {
            rt.warning(`${def.name} post step: ${message(e)}`);
        }
        return true;
    }
    try {
        await def.main(ctx);
        return true;
    }
    catch (e) {
        rt.setFailed(message(e));
        if (e instanceof Error && e.stack)
            rt.debug(e.stack);
        return false;
    }
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/ci/findings.ts
// Findings an action wants a CI system to show beside the code (API breaks, newer Go syntax, ...),
// and the two report formats GitLab renders them from: Code Quality JSON and JUnit XML.
// Pure functions; FileRuntime writes the files, GitHub shows the same findings as annotations.

/** Same finding → same fingerprint across runs, so GitLab can tell new findings from old ones. */
function fingerprint(f) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(`${f.check}\0${f.file ?? ''}\0${f.message}`).digest('hex');
}
function codeQuality(findings) {
    return findings.map((f) => ({
        description: f.message,
        check_name: f.check,
        fingerprint: fingerprint(f),
        severity: f.severity,
        // Code Quality needs a location; findings about a whole build point at the project root.
        location: { path: f.file ?? '.', lines: { begin: f.line ?? 1 } },
    }));
}
function xmlEscape(s) {
    return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]);
}
/** One test case per finding; blocker/critical/major fail, minor/info pass with their text as output. */
function junitXml(suite, findings) {
    const failing = (f) => ['blocker', 'critical', 'major'].includes(f.severity);
    const failures = findings.filter(failing).length;
    const cases = findings.map((f) => {
        const name = xmlEscape(`${f.check}${f.file ? ` ${f.file}${f.line ? `:${f.line}` : ''}` : ''}`);
        const body = failing(f)
            ? `<failure type="${xmlEscape(f.severity)}" message="${xmlEscape(f.message)}"/>`
            : `<system-out>${xmlEscape(f.message)}</system-out>`;
        return `    <testcase classname="${xmlEscape(suite)}" name="${name}">${body}</testcase>`;
    });
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites tests="${findings.length}" failures="${failures}">`,
        `  <testsuite name="${xmlEscape(suite)}" tests="${findings.length}" failures="${failures}">`,
        ...cases,
        '  </testsuite>',
        '</testsuites>',
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/ci/file-runtime.ts
// Runtime for GitLab CI and local runs of the CLI: outputs, env, state and summaries are plain
// files in one directory (default `.go-ci-kit/` in the project), so later script lines and jobs
// can `source` the env file and GitLab can pick up `outputs.env` as a dotenv report
// (artifacts:reports:dotenv), findings as Code Quality JSON / JUnit XML, and `cache:` can keep the
// tool cache and work dirs because they live inside the project dir.




/** Most a GitLab dotenv report may hold; a bigger one fails the job's artifact upload. */
const DOTENV_MAX_BYTES = 5 * 1024;
/** Shell single-quoting for the sourceable env file (values are data, never code). */
function shellQuote(value) {
    return `'${value.replace(/'/g, `'\\''`)}'`;
}
/** dotenv keys allowed by GitLab: [A-Za-z0-9_]. */
function dotenvKey(name) {
    return name.replace(/[^A-Za-z0-9_]/g, '_').toUpperCase();
}
function where(w) {
    if (!w?.file)
        return '';
    return `${w.file}${w.startLine ? `:${w.startLine}` : ''}${w.startColumn ? `:${w.startColumn}` : ''}: `;
}
class FileRuntime {
    opts;
    kind;
    outputs = new Map();
    failed;
    env;
    constructor(opts) {
        this.opts = opts;
        this.kind = opts.kind;
        this.env = opts.env ?? process.env;
        (0,external_node_fs_namespaceObject.mkdirSync)(opts.outDir, { recursive: true });
    }
    get outDir() {
        return this.opts.outDir;
    }
    get envFile() {
        return external_node_path_namespaceObject.join(this.opts.outDir, 'env.sh');
    }
    get outputsFile() {
        return external_node_path_namespaceObject.join(this.opts.outDir, 'outputs.json');
    }
    /** outputs.env in the out dir, or env GO_CI_KIT_DOTENV (a fixed path for artifacts:reports:dotenv). */
    get dotenvFile() {
        return this.env.GO_CI_KIT_DOTENV || external_node_path_namespaceObject.join(this.opts.outDir, 'outputs.env');
    }
    get summaryFile() {
        return external_node_path_namespaceObject.join(this.opts.outDir, 'summary.md');
    }
    get codeQualityFile() {
        return external_node_path_namespaceObject.join(this.opts.outDir, `${this.opts.action}.codequality.json`);
    }
    get junitFile() {
        return external_node_path_namespaceObject.join(this.opts.outDir, `${this.opts.action}.junit.xml`);
    }
    get dotenvPrefix() {
        return this.opts.dotenvPrefix ?? this.env.GO_CI_KIT_OUTPUT_PREFIX ?? '';
    }
    get stateFile() {
        return external_node_path_namespaceObject.join(this.opts.outDir, `state-${this.opts.action}.json`);
    }
    rawInput(name) {
        return this.opts.inputs.get(name);
    }
    setOutput(name, value) {
        this.outputs.set(name, value);
        const all = (0,external_node_fs_namespaceObject.existsSync)(this.outputsFile)
            ? JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(this.outputsFile, 'utf8'))
            : {};
        all[name] = value;
        (0,external_node_fs_namespaceObject.writeFileSync)(this.outputsFile, JSON.stringify(all, null, 2) + '\n');
        this.appendDotenv(name, value);
    }
    appendDotenv(name, value) {
        // dotenv values are single-line; multi-line outputs (rare) are kept in outputs.json only.
        if (value.includes('\n')) {
            this.debug(`output ${name} is multi-line: kept in ${this.outputsFile}, not in the dotenv report`);
            return;
        }
        const line = `${dotenvKey(this.dotenvPrefix + name)}=${value}\n`;
        const size = (0,external_node_fs_namespaceObject.existsSync)(this.dotenvFile) ? (0,external_node_fs_namespaceObject.statSync)(this.dotenvFile).size : 0;
        if (this.kind === 'gitlab' && size + Buffer.byteLength(line) > DOTENV_MAX_BYTES) {
            // Over GitLab's limit the whole report is rejected; keep the file valid and say where the value is.
            this.warning(`output ${name} not added to ${this.dotenvFile}: GitLab dotenv reports are limited to ${DOTENV_MAX_BYTES} bytes; read it from ${this.outputsFile}`);
            return;
        }
        (0,external_node_fs_namespaceObject.appendFileSync)(this.dotenvFile, line);
    }
    /** Code Quality JSON and JUnit XML for GitLab's artifacts:reports (written even when empty: no findings is a result). */
    writeFindings(findings) {
        (0,external_node_fs_namespaceObject.writeFileSync)(this.codeQualityFile, JSON.stringify(codeQuality(findings), null, 2) + '\n');
        (0,external_node_fs_namespaceObject.writeFileSync)(this.junitFile, junitXml(this.opts.action, findings));
        return [this.codeQualityFile, this.junitFile];
    }
    exportVariable(name, value) {
        this.env[name] = value;
        (0,external_node_fs_namespaceObject.appendFileSync)(this.envFile, `export ${name}=${shellQuote(value)}\n`);
    }
    addPath(dir) {
        this.env.PATH = `${dir}${external_node_path_namespaceObject.delimiter}${this.env.PATH ?? ''}`;
        (0,external_node_fs_namespaceObject.appendFileSync)(this.envFile, `export PATH=${shellQuote(dir)}:"$PATH"\n`);
    }
    saveState(name, value) {
        const all = this.readState();
        all[name] = value;
        (0,external_node_fs_namespaceObject.writeFileSync)(this.stateFile, JSON.stringify(all, null, 2) + '\n');
    }
    getState(name) {
        return this.readState()[name] ?? '';
    }
    readState() {
        if (!(0,external_node_fs_namespaceObject.existsSync)(this.stateFile))
            return {};
        return JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(this.stateFile, 'utf8'));
    }
    async appendSummary(markdown) {
        (0,external_node_fs_namespaceObject.appendFileSync)(this.summaryFile, markdown.endsWith('\n') ? markdown : markdown + '\n');
    }
    debug(message) {
        if (this.env.GO_CI_KIT_DEBUG === 'true' || this.env.CI_DEBUG_TRACE === 'true')
            process.stderr.write(`debug: ${message}\n`);
    }
    info(message) {
        process.stdout.write(`${message}\n`);
    }
    notice(message, w) {
        process.stdout.write(`notice: ${where(w)}${message}\n`);
    }
    warning(message, w) {
        process.stderr.write(`warning: ${where(w)}${message}\n`);
    }
    error(message, w) {
        process.stderr.write(`error: ${where(w)}${message}\n`);
    }
    setFailed(message) {
        this.failed = message;
        process.exitCode = 1;
        this.error(message);
    }
    tempDir() {
        return this.env.RUNNER_TEMP || external_node_path_namespaceObject.join(this.opts.outDir, 'tmp');
    }
    toolCacheDir() {
        if (this.env.RUNNER_TOOL_CACHE)
            return this.env.RUNNER_TOOL_CACHE;
        // On GitLab the tool cache must sit inside the project dir so `cache:` can keep it.
        if (this.kind === 'gitlab')
            return external_node_path_namespaceObject.join(this.opts.outDir, 'tool-cache');
        return external_node_path_namespaceObject.join(external_node_os_namespaceObject.homedir(), '.cache', 'go-ci-kit', 'tool-cache');
    }
    workDir() {
        return external_node_path_namespaceObject.join(this.opts.outDir, 'work');
    }
    event() {
        if (this.kind === 'gitlab') {
            const src = this.env.CI_MERGE_REQUEST_SOURCE_PROJECT_ID;
            const dst = this.env.CI_MERGE_REQUEST_PROJECT_ID;
            return {
                name: this.env.CI_PIPELINE_SOURCE ?? '',
                fromFork: Boolean(src && dst && src !== dst),
                runId: this.env.CI_PIPELINE_ID ?? '',
                runAttempt: this.env.CI_JOB_ID ?? '',
            };
        }
        return { name: 'local', fromFork: false, runId: String(Date.now()), runAttempt: '1' };
    }
}

;// CONCATENATED MODULE: ./src/cache/inputs.ts
const cacheInputs = {
    cache: { default: 'true' },
    'cache-modules': { default: 'true' },
    'cache-build': { default: 'true' },
    'cache-dependency-path': { default: '**/go.sum' },
    'cache-save': { default: 'auto', options: ['auto', 'always', 'never'] },
    'cache-on-failure': { default: 'false' },
    'cache-backend': { default: 'auto', options: ['auto', 'github', 'dir'] },
    'cache-dir': {},
    'cache-dir-max-size': { default: '10G' },
};
const cacheOutputs = ['cache-hit', 'modules-cache-hit', 'build-cache-hit', 'modules-cache-key', 'build-cache-key'];

;// CONCATENATED MODULE: ./src/cache/index.ts
async function restoreCaches(ctx, leg) {
    ctx.rt.debug(`cache restore for Go ${leg.version} not wired yet`);
}
async function saveCaches(ctx) {
    ctx.rt.debug('cache save not wired yet');
}

;// CONCATENATED MODULE: ./src/actions/setup-go-matrix/definition.ts


const setupGoMatrix = {
    name: 'setup-go-matrix',
    inputs: {
        'go-version': {},
        'go-version-file': {},
        'toolchain-source': { default: 'auto', options: ['auto', 'tool-cache', 'local', 'download'] },
        'local-goroots': { default: '/usr/local/go\n/usr/lib/go-*\n~/sdk/go*' },
        'go-download-base-url': {},
        architecture: {},
        'versions-range': {},
        'on-go-mod-newer': { default: 'error', options: ['error', 'warn'] },
        'working-directory': { default: '.' },
        ...cacheInputs,
    },
    outputs: ['go-version', 'go-root', 'go-source', 'versions', ...cacheOutputs],
    async main() {
        throw new Error('setup-go-matrix toolchain install is not implemented yet');
    },
    async post(ctx) {
        await saveCaches(ctx);
    },
};

;// CONCATENATED MODULE: ./src/actions/abi-diff/definition.ts
const abiDiff = {
    name: 'abi-diff',
    inputs: {},
    outputs: [],
    async main() {
        throw new Error('abi-diff is not implemented yet');
    },
};

;// CONCATENATED MODULE: ./src/actions/sonar-go-compat/definition.ts
const sonarGoCompat = {
    name: 'sonar-go-compat',
    inputs: {},
    outputs: [],
    async main() {
        throw new Error('sonar-go-compat is not implemented yet');
    },
};

;// CONCATENATED MODULE: ./src/actions/registry.ts



const actions = [setupGoMatrix, abiDiff, sonarGoCompat];

;// CONCATENATED MODULE: ./src/ci/cli.ts
// `go-ci-kit <action> [--post] [--out-dir DIR] [--<input> VALUE]...`: runs an action outside
// GitHub (GitLab CI, a shell, a laptop). Flags are the action's inputs. Outputs are printed as
// JSON on stdout's last line and written to <out-dir>/outputs.json and outputs.env (dotenv);
// variables to export are appended to <out-dir>/env.sh for `source`. On GitLab (GITLAB_CI=true)
// the out dir defaults to $CI_PROJECT_DIR/.go-ci-kit, so jobs can keep it as artifacts and cache.





function usage() {
    const lines = ['usage: go-ci-kit <action> [--post] [--out-dir DIR] [--<input> VALUE]...', '', 'actions:'];
    for (const def of actions)
        lines.push(`  ${def.name}  inputs: ${Object.keys(def.inputs).map((n) => `--${n}`).join(' ')}`);
    return lines.join('\n');
}
function parseArgs(argv) {
    const [action, ...rest] = argv;
    if (!action || action === '--help' || action === '-h')
        throw new Error(usage());
    const def = actions.find((a) => a.name === action);
    if (!def)
        throw new Error(`unknown action "${action}"\n${usage()}`);
    const inputs = new Map();
    let post = false;
    let outDir;
    for (let i = 0; i < rest.length; i++) {
        const arg = rest[i];
        if (!arg.startsWith('--'))
            throw new Error(`unexpected argument "${arg}"; inputs are given as --<input> VALUE`);
        const eq = arg.indexOf('=');
        const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
        const inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
        const takeValue = () => {
            if (inline !== undefined)
                return inline;
            const next = rest[i + 1];
            if (next === undefined || next.startsWith('--'))
                return 'true';
            i++;
            return next;
        };
        if (name === 'post') {
            post = true;
            continue;
        }
        if (name === 'out-dir') {
            outDir = takeValue();
            continue;
        }
        if (!(name in def.inputs)) {
            throw new Error(`${action} has no input "${name}"; its inputs are: ${Object.keys(def.inputs).join(', ')}`);
        }
        const value = takeValue();
        // A repeated list input accumulates, one entry per line.
        inputs.set(name, inputs.has(name) ? `${inputs.get(name)}\n${value}` : value);
    }
    return { action, post, outDir, inputs };
}
/** The package version: dist/cli/index.js and src/ci/cli.ts both sit two levels below package.json. */
function version() {
    const pkg = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(new URL(/* asset import */ __nccwpck_require__(89), __nccwpck_require__.b), 'utf8'));
    return pkg.version;
}
async function main(argv) {
    if (argv[0] === '--version' || argv[0] === '-v') {
        process.stdout.write(`go-ci-kit ${version()}\n`);
        return 0;
    }
    if (argv[0] === '--help' || argv[0] === '-h') {
        process.stdout.write(`${usage()}\n`);
        return 0;
    }
    let args;
    try {
        args = parseArgs(argv);
    }
    catch (e) {
        process.stderr.write(`${e.message}\n`);
        return 2;
    }
    const def = actions.find((a) => a.name === args.action);
    const gitlab = process.env.GITLAB_CI === 'true';
    const base = gitlab && process.env.CI_PROJECT_DIR ? process.env.CI_PROJECT_DIR : process.cwd();
    const outDir = external_node_path_namespaceObject.resolve(args.outDir ?? process.env.GO_CI_KIT_DIR ?? external_node_path_namespaceObject.join(base, '.go-ci-kit'));
    const rt = new FileRuntime({ kind: gitlab ? 'gitlab' : 'local', outDir, action: def.name, inputs: args.inputs });
    // @actions/tool-cache reads these from the environment.
    process.env.RUNNER_TOOL_CACHE ??= rt.toolCacheDir();
    process.env.RUNNER_TEMP ??= rt.tempDir();
    const ok = await runPhase(def, args.post ? 'post' : 'main', rt);
    if (gitlab) {
        // Tell the job log where the files for `source`, artifacts:reports:dotenv and artifacts are.
        process.stdout.write(`go-ci-kit: env for later script lines: source ${rt.envFile}; outputs: ${rt.dotenvFile}; summary: ${rt.summaryFile}\n`);
    }
    process.stdout.write(`${JSON.stringify(Object.fromEntries(rt.outputs))}\n`);
    return ok ? 0 : 1;
}


/***/ }),

/***/ 210:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _ci_cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(278);
// The `go-ci-kit` command (npm bin): see src/ci/cli.ts.

process.exitCode = await (0,_ci_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .iW)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 89:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__.p + "debfc9830dcb9969e9b1.json";

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/publicPath */
/******/ (() => {
/******/ 	var scriptUrl;
/******/ 	if (typeof import.meta.url === "string") scriptUrl = import.meta.url
/******/ 	// When supporting browsers where an automatic publicPath is not supported you must specify an output.publicPath manually via configuration
/******/ 	// or pass an empty string ("") and set the __webpack_public_path__ variable from your code to use your own logic.
/******/ 	if (!scriptUrl) throw new Error("Automatic publicPath is not supported in this browser");
/******/ 	scriptUrl = scriptUrl.replace(/#.*$/, "").replace(/\?.*$/, "").replace(/\/[^\/]+$/, "/");
/******/ 	__nccwpck_require__.p = scriptUrl;
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	__nccwpck_require__.b = new URL("./", import.meta.url);
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	// no install chunk
/******/ 	
/******/ 	// no chunk on demand loading
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(210);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
