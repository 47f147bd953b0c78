#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 575:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: parseArgs

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

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/ci/file-runtime.ts
// Runtime for GitLab CI and local runs of the CLI: outputs, env, state and summaries are plain
// files in one directory (default `.go-ci-kit/` in the project), so later script lines and jobs
// can `source` the env file and GitLab can pick up `outputs.env` as a dotenv report.



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
    get dotenvFile() {
        return external_node_path_namespaceObject.join(this.opts.outDir, 'outputs.env');
    }
    get summaryFile() {
        return external_node_path_namespaceObject.join(this.opts.outDir, 'summary.md');
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
        // dotenv values are single-line; multi-line outputs (rare) are kept in outputs.json only.
        if (!value.includes('\n'))
            (0,external_node_fs_namespaceObject.appendFileSync)(this.dotenvFile, `${dotenvKey(name)}=${value}\n`);
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

;// CONCATENATED MODULE: ./src/abi/suppressions.ts
class SuppressionError extends Error {
    name = 'SuppressionError';
}
function globToRegExp(glob) {
    const body = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
    return new RegExp(`^${body}$`);
}
/** Parses a suppressions file; `source` names it in errors. Every pattern needs a reason. */
function parseSuppressions(text, source) {
    const out = [];
    text.split('\n').forEach((raw, i) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        let pattern;
        let reason;
        let re;
        if (line.startsWith('/')) {
            const end = line.indexOf('/ ', 1) >= 0 ? line.indexOf('/ ', 1) : line.endsWith('/') && line.length > 1 ? line.length - 1 : -1;
            if (end <= 0)
                throw new SuppressionError(`${source}:${i + 1}: regex "${line}" has no closing "/" followed by a reason; write: /pattern/ why it is fine`);
            pattern = line.slice(0, end + 1);
            reason = line.slice(end + 1).trim();
            try {
                re = new RegExp(line.slice(1, end));
            }
            catch (e) {
                throw new SuppressionError(`${source}:${i + 1}: ${pattern} is not a valid regular expression: ${e.message}`);
            }
        }
        else {
            const sp = line.search(/\s/);
            pattern = sp < 0 ? line : line.slice(0, sp);
            reason = sp < 0 ? '' : line.slice(sp).trim();
            re = globToRegExp(pattern);
        }
        if (!reason)
            throw new SuppressionError(`${source}:${i + 1}: "${pattern}" has no reason; write the pattern, a space, then why the change is accepted`);
        out.push({ pattern, reason, line: i + 1, test: (s) => re.test(s) });
    });
    return out;
}
function findSuppression(list, subject) {
    return list.find((s) => s.test(subject));
}

;// CONCATENATED MODULE: ./src/abi/policy.ts

const failOnLevels = ['removed', 'changed', 'any', 'none'];
const units = { '': 1, b: 1, kb: 1e3, kib: 1024, mb: 1e6, mib: 1024 * 1024, gb: 1e9 };
/** `5%`, `0.5%`, `200000`, `200KB`, `1.5MiB`; undefined for ''. Throws a message naming the input. */
function parseSizeLimit(text, inputName = 'max-size-growth') {
    const t = text.trim();
    if (t === '')
        return undefined;
    const pct = /^(\d+(?:\.\d+)?)\s*%$/.exec(t);
    if (pct)
        return { percent: Number(pct[1]) / 100, text: t };
    const abs = /^(\d+(?:\.\d+)?)\s*([a-zA-Z]*)$/.exec(t);
    const unit = abs ? units[abs[2].toLowerCase()] : undefined;
    if (abs && unit !== undefined)
        return { bytes: Number(abs[1]) * unit, text: t };
    throw new Error(`input "${inputName}" is "${text}"; expected a percentage such as "5%" or a size such as "200KB"`);
}
function breaksAt(f, failOn) {
    switch (failOn) {
        case 'none':
            return false;
        case 'any':
            return true;
        case 'changed':
            return (f.category === 'symbol' || f.category === 'artifact') && f.change !== 'added';
        case 'removed':
            return (f.category === 'symbol' || f.category === 'artifact') && f.change === 'removed';
    }
}
/** Marks findings (suppressed/breaking) in place and returns the verdict. */
function applyPolicy(findings, sizes, policy) {
    const reasons = [];
    let counted = 0;
    for (const f of findings) {
        const s = findSuppression(policy.suppressions, f.subject);
        if (s) {
            f.suppressed = s.reason;
            continue;
        }
        const dyn = policy.denyNewDynamic && f.category === 'dynamic' && f.change === 'added';
        f.breaking = breaksAt(f, policy.failOn) || dyn;
        if (f.breaking)
            counted++;
    }
    if (counted > 0)
        reasons.push(`${counted} finding(s) break the policy (fail-on: ${policy.failOn}${policy.denyNewDynamic ? ', deny-new-dynamic' : ''})`);
    const limit = policy.maxSizeGrowth;
    if (limit) {
        const growth = sizes.head - sizes.base;
        const allowed = limit.percent !== undefined ? sizes.base * limit.percent : (limit.bytes ?? Infinity);
        if (growth > allowed) {
            const pct = sizes.base > 0 ? ` (${((growth / sizes.base) * 100).toFixed(2)}%)` : '';
            reasons.push(`size grew by ${growth} bytes${pct}, more than max-size-growth ${limit.text}`);
        }
    }
    return { breaking: reasons.length > 0, reasons };
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./src/abi/elf.ts
// Owns reading the parts of an ELF file abi-diff needs, in TypeScript over positioned reads:
// header, section table, DT_NEEDED libraries and undefined dynamic symbols. Memory is bounded by
// the section table, .dynstr and one chunk of .dynsym at a time; the file is never read whole.

const SHT_DYNAMIC = 6;
const SHT_DYNSYM = 11;
const DT_NEEDED = 1;
const PT_INTERP = 3;
const machines = { 3: '386', 8: 'mips', 20: 'ppc', 21: 'ppc64', 22: 's390x', 40: 'arm', 62: 'amd64', 183: 'arm64', 243: 'riscv64', 258: 'loong64' };
/** Cap on one table read: real .dynstr/.shstrtab are KBs; this stops a corrupt header from allocating GBs. */
const maxTable = 64 * 1024 * 1024;
class ElfError extends Error {
    name = 'ElfError';
}
class Reader {
    fh;
    le;
    is64;
    constructor(fh, le, is64) {
        this.fh = fh;
        this.le = le;
        this.is64 = is64;
    }
    async bytes(offset, length) {
        if (length < 0 || length > maxTable)
            throw new ElfError(`ELF table of ${length} bytes at ${offset} is not plausible`);
        const buf = Buffer.alloc(length);
        const { bytesRead } = await this.fh.read(buf, 0, length, offset);
        if (bytesRead < length)
            throw new ElfError(`ELF file is truncated (wanted ${length} bytes at ${offset})`);
        return buf;
    }
    u16(b, o) {
        return this.le ? b.readUInt16LE(o) : b.readUInt16BE(o);
    }
    u32(b, o) {
        return this.le ? b.readUInt32LE(o) : b.readUInt32BE(o);
    }
    /** Word-sized (address/offset) field; ELF64 offsets fit in a double for any real file. */
    word(b, o) {
        if (!this.is64)
            return this.u32(b, o);
        return Number(this.le ? b.readBigUInt64LE(o) : b.readBigUInt64BE(o));
    }
}
function isElfMagic(head) {
    return head.length >= 4 && head[0] === 0x7f && head.toString('latin1', 1, 4) === 'ELF';
}
function cString(buf, at) {
    if (at >= buf.length)
        return '';
    const end = buf.indexOf(0, at);
    return buf.toString('utf8', at, end < 0 ? buf.length : end);
}
async function withElf(file, fn) {
    const fh = await (0,promises_namespaceObject.open)(file, 'r');
    try {
        const ident = Buffer.alloc(64);
        const { bytesRead } = await fh.read(ident, 0, 64, 0);
        if (bytesRead < 52 || !isElfMagic(ident))
            throw new ElfError('not an ELF file');
        const is64 = ident[4] === 2;
        const r = new Reader(fh, ident[5] !== 2, is64);
        const h = ident;
        const type = r.u16(h, 16);
        const machine = r.u16(h, 18);
        const phoff = r.word(h, is64 ? 32 : 28);
        const shoff = r.word(h, is64 ? 40 : 32);
        const phentsize = r.u16(h, is64 ? 54 : 42);
        const phnum = r.u16(h, is64 ? 56 : 44);
        const shentsize = r.u16(h, is64 ? 58 : 46);
        const shnum = r.u16(h, is64 ? 60 : 48);
        const shstrndx = r.u16(h, is64 ? 62 : 50);
        const sections = [];
        if (shoff > 0 && shnum > 0) {
            const table = await r.bytes(shoff, shnum * shentsize);
            const raw = [];
            for (let i = 0; i < shnum; i++) {
                const o = i * shentsize;
                raw.push({
                    nameOff: r.u32(table, o),
                    type: r.u32(table, o + 4),
                    offset: r.word(table, is64 ? o + 24 : o + 16),
                    size: r.word(table, is64 ? o + 32 : o + 20),
                    link: r.u32(table, is64 ? o + 40 : o + 24),
                    entsize: r.word(table, is64 ? o + 56 : o + 36),
                });
            }
            const strtab = raw[shstrndx];
            const names = strtab ? await r.bytes(strtab.offset, strtab.size) : Buffer.alloc(0);
            for (const s of raw)
                sections.push({ name: cString(names, s.nameOff), type: s.type, offset: s.offset, size: s.size, link: s.link, entsize: s.entsize });
        }
        let interpreter = '';
        if (phoff > 0 && phnum > 0) {
            const ph = await r.bytes(phoff, phnum * phentsize);
            for (let i = 0; i < phnum; i++) {
                const o = i * phentsize;
                if (r.u32(ph, o) !== PT_INTERP)
                    continue;
                const off = r.word(ph, is64 ? o + 8 : o + 4);
                const size = r.word(ph, is64 ? o + 32 : o + 16);
                interpreter = cString(await r.bytes(off, Math.min(size, 4096)), 0);
            }
        }
        const info = { class: is64 ? 64 : 32, littleEndian: r.le, type, machine, goarch: machines[machine] ?? `machine-${machine}`, sections, interpreter };
        return await fn(r, info);
    }
    finally {
        await fh.close();
    }
}
function readElfInfo(file) {
    return withElf(file, async (_r, info) => info);
}
/** DT_NEEDED entries of .dynamic and the undefined symbols of .dynsym, both sorted and unique. */
function readDynamic(file) {
    return withElf(file, async (r, info) => {
        const needed = new Set();
        const imports = new Set();
        const dyn = info.sections.find((s) => s.type === SHT_DYNAMIC);
        if (dyn) {
            const strsec = info.sections[dyn.link];
            const dynstr = strsec ? await r.bytes(strsec.offset, strsec.size) : Buffer.alloc(0);
            const ent = r.is64 ? 16 : 8;
            const body = await r.bytes(dyn.offset, dyn.size);
            for (let o = 0; o + ent <= body.length; o += ent) {
                const tag = r.word(body, o);
                if (tag === 0)
                    break;
                if (tag === DT_NEEDED)
                    needed.add(cString(dynstr, r.word(body, o + ent / 2)));
            }
        }
        const dynsym = info.sections.find((s) => s.type === SHT_DYNSYM);
        if (dynsym) {
            const strsec = info.sections[dynsym.link];
            const dynstr = strsec ? await r.bytes(strsec.offset, strsec.size) : Buffer.alloc(0);
            const ent = dynsym.entsize || (r.is64 ? 24 : 16);
            const perChunk = Math.max(1, Math.floor(65536 / ent));
            const total = Math.floor(dynsym.size / ent);
            for (let first = 0; first < total; first += perChunk) {
                const n = Math.min(perChunk, total - first);
                const chunk = await r.bytes(dynsym.offset + first * ent, n * ent);
                for (let i = 0; i < n; i++) {
                    const o = i * ent;
                    const nameOff = r.u32(chunk, o);
                    const shndx = r.u16(chunk, r.is64 ? o + 6 : o + 14);
                    if (nameOff !== 0 && shndx === 0)
                        imports.add(cString(dynstr, nameOff));
                }
            }
        }
        return { needed: [...needed].sort(), imports: [...imports].sort() };
    });
}
function hasSection(info, name) {
    return info.sections.some((s) => s.name === name);
}

;// CONCATENATED MODULE: ./src/abi/artifact.ts
// Owns recognising what a base/head path is: a Go executable, a Go archive, or something else
// (said plainly: ELF non-Go, C archive, shell script, text), and pairing directories by relative path.



class NotGoOutput extends Error {
    name = 'NotGoOutput';
}
const elfTypes = { 1: 'relocatable object', 2: 'executable', 3: 'shared object or PIE executable', 4: 'core dump' };
async function head(file, n) {
    const fh = await (0,promises_namespaceObject.open)(file, 'r');
    try {
        const buf = Buffer.alloc(n);
        const { bytesRead } = await fh.read(buf, 0, n, 0);
        return buf.subarray(0, bytesRead);
    }
    finally {
        await fh.close();
    }
}
/** Says what a non-Go file is, for the error message. */
function describeContent(buf) {
    if (buf.length === 0)
        return 'an empty file';
    if (buf.toString('latin1', 0, 2) === '#!')
        return `a script (${buf.toString('latin1', 0, Math.min(buf.length, 80)).split('\n')[0]})`;
    if (buf.toString('latin1', 0, 8) === '!<arch>\n')
        return 'an ar archive that is not a Go archive (a C static library?)';
    if (buf[0] === 0x1f && buf[1] === 0x8b)
        return 'a gzip file';
    if (buf.toString('latin1', 0, 4) === 'PK\x03\x04')
        return 'a zip file';
    const sample = buf.subarray(0, 512);
    const binary = sample.some((b) => b === 0 || (b < 9 && b !== 0));
    return binary ? 'a binary file of unknown format' : 'a text file';
}
/** Parses the `go object <goos> <goarch> <version>` line that opens a Go archive's __.PKGDEF member. */
function parseGoObjectHeader(buf) {
    const text = buf.toString('latin1');
    const m = /go object (\S+) (\S+) (go\S+)/.exec(text);
    return m ? { goos: m[1], goarch: m[2], goVersion: m[3] } : undefined;
}
/** Inspects one file; throws NotGoOutput (saying what the file is) when it is not a Go build output. */
async function inspectArtifact(file) {
    const st = await (0,promises_namespaceObject.stat)(file);
    const buf = await head(file, 4096);
    if (isElfMagic(buf)) {
        const elf = await readElfInfo(file);
        const goMarkers = ['.go.buildinfo', '.gopclntab', '.note.go.buildid', '.gosymtab'];
        if (!goMarkers.some((m) => hasSection(elf, m))) {
            throw new NotGoOutput(`is an ELF ${elfTypes[elf.type] ?? `file (type ${elf.type})`} for ${elf.goarch} that was not built by Go (no .go.buildinfo or .gopclntab section)`);
        }
        return { path: file, kind: 'go-executable', elf, stripped: !hasSection(elf, '.symtab'), goarch: elf.goarch, bytes: st.size };
    }
    if (buf.toString('latin1', 0, 8) === '!<arch>\n' || buf.toString('latin1', 0, 10) === 'go object ') {
        const hdr = parseGoObjectHeader(buf);
        if (!hdr)
            throw new NotGoOutput(`is ${describeContent(buf)}`);
        return { path: file, kind: 'go-archive', stripped: false, ...hdr, bytes: st.size };
    }
    // Mach-O (feedface/feedfacf, either order) and PE (MZ): go tool nm reads them; the dynamic section check is ELF-only.
    const magic = buf.length >= 4 ? buf.readUInt32BE(0) : 0;
    if ([0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe].includes(magic) || buf.toString('latin1', 0, 2) === 'MZ') {
        return { path: file, kind: 'executable', stripped: false, bytes: st.size };
    }
    throw new NotGoOutput(`is ${describeContent(buf)}, not a Go executable or archive`);
}
/** Regular files under dir, relative, sorted. Hidden directories (.git) are skipped. */
async function listFiles(dir) {
    const out = [];
    async function walk(rel) {
        for (const e of await (0,promises_namespaceObject.readdir)(external_node_path_namespaceObject.join(dir, rel), { withFileTypes: true })) {
            const r = rel ? external_node_path_namespaceObject.join(rel, e.name) : e.name;
            if (e.isDirectory() && !e.name.startsWith('.'))
                await walk(r);
            else if (e.isFile())
                out.push(r);
        }
    }
    await walk('');
    return out.sort();
}
function pairByRelativePath(base, head) {
    const h = new Set(head);
    const b = new Set(base);
    return { pairs: base.filter((f) => h.has(f)), onlyBase: base.filter((f) => !h.has(f)), onlyHead: head.filter((f) => !b.has(f)) };
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/process/run.ts
// Runs a program with an argv array (never a shell) and collects its output.

class CommandError extends Error {
    result;
    name = 'CommandError';
    constructor(message, result) {
        super(message);
        this.result = result;
    }
}
function describeCommand(file, args) {
    return [file, ...args].map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a))).join(' ');
}
function run(file, args, opts = {}) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(file, args, {
            cwd: opts.cwd,
            env: opts.env ?? process.env,
            stdio: ['pipe', 'pipe', 'pipe'],
            shell: false,
            timeout: opts.timeoutMs,
        });
        const out = [];
        const err = [];
        child.stdout.on('data', (b) => out.push(b));
        child.stderr.on('data', (b) => err.push(b));
        child.on('error', (e) => {
            const why = e.code === 'ENOENT' ? `${file} was not found (is it installed and on PATH?)` : e.message;
            reject(new CommandError(`cannot run ${describeCommand(file, args)}: ${why}`));
        });
        child.on('close', (code, signal) => {
            const result = {
                code: code ?? (signal ? 128 : 1),
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: Buffer.concat(err).toString('utf8'),
            };
            if (opts.check !== false && result.code !== 0) {
                const tail = (result.stderr || result.stdout).trim().split('\n').slice(-20).join('\n');
                reject(new CommandError(`${describeCommand(file, args)} exited with ${signal ? `signal ${signal}` : `code ${result.code}`}${tail ? `:\n${tail}` : ''}`, result));
                return;
            }
            resolve(result);
        });
        child.stdin.on('error', () => {
            /* the child may exit before reading stdin */
        });
        child.stdin.end(opts.input ?? '');
    });
}

;// CONCATENATED MODULE: ./src/abi/build.ts
// Owns building the two sides from source: the same package with each side's Go, identical flags
// (-trimpath plus build-flags), an isolated GOCACHE per Go version, and for base-ref a temporary
// git worktree of that ref.



class BuildError extends Error {
    name = 'BuildError';
}
/** Builds the package; returns the output path (an executable for package main, else a .a archive). */
async function buildSide(req) {
    if (!(0,external_node_fs_namespaceObject.existsSync)(req.dir))
        throw new BuildError(`${req.side}: working directory ${req.dir} does not exist`);
    const env = { ...req.go.env, GOCACHE: external_node_path_namespaceObject.join(req.cacheDir, `gocache-${req.go.version}`) };
    (0,external_node_fs_namespaceObject.mkdirSync)(req.outDir, { recursive: true });
    let name;
    try {
        name = (await run(req.go.goBin, ['list', '-f', '{{.Name}}', req.pkg], { cwd: req.dir, env })).stdout.trim();
    }
    catch (e) {
        throw new BuildError(`input "package" ("${req.pkg}"): ${req.side} side (${req.go.version}) cannot load it in ${req.dir}: ${e.message}`);
    }
    const out = external_node_path_namespaceObject.join(req.outDir, `${req.side}-${external_node_path_namespaceObject.basename(req.pkg) || 'pkg'}${name === 'main' ? '' : '.a'}`);
    try {
        await run(req.go.goBin, ['build', '-trimpath', ...req.flags, '-o', out, req.pkg], { cwd: req.dir, env });
    }
    catch (e) {
        throw new BuildError(`${req.side} build of "${req.pkg}" with ${req.go.version} failed: ${e.message}`);
    }
    return out;
}
/** A detached worktree of `ref` for the repository holding `dir`; returns the same dir inside it and a cleanup. */
async function worktreeAt(dir, ref, into) {
    let top;
    try {
        top = (await run('git', ['rev-parse', '--show-toplevel'], { cwd: dir })).stdout.trim();
    }
    catch (e) {
        throw new BuildError(`input "base-ref" ("${ref}"): ${dir} is not inside a git repository: ${e.message}`);
    }
    try {
        await run('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: top });
    }
    catch {
        throw new BuildError(`input "base-ref" ("${ref}") is not a commit in ${top}; fetch it first (actions/checkout with fetch-depth: 0) or give a branch, tag or SHA`);
    }
    await run('git', ['worktree', 'add', '--detach', into, ref], { cwd: top });
    const rel = external_node_path_namespaceObject.relative(top, external_node_path_namespaceObject.resolve(dir));
    return {
        dir: external_node_path_namespaceObject.join(into, rel),
        remove: async () => {
            await run('git', ['worktree', 'remove', '--force', into], { cwd: top, check: false });
        },
    };
}

;// CONCATENATED MODULE: ./src/abi/buildinfo.ts
// Owns `go version -m` output: parsing it into BuildInfo and diffing two of them (Go version,
// build settings such as CGO_ENABLED, -ldflags, GOAMD64, and module versions).

function parseBuildInfo(text) {
    const lines = text.split('\n');
    const first = /^.*: (go\S+)\s*$/.exec(lines[0] ?? '');
    if (!first)
        return undefined;
    const info = { goVersion: first[1], path: '', modules: new Map(), settings: new Map() };
    for (const line of lines.slice(1)) {
        const f = line.replace(/^\t/, '').split('\t');
        const [kind, a = '', b = ''] = f;
        if (kind === 'path')
            info.path = a;
        else if (kind === 'mod' || kind === 'dep')
            info.modules.set(a, b);
        else if (kind === '=>') {
            const last = [...info.modules.keys()].pop();
            if (last)
                info.modules.set(last, `${info.modules.get(last)} => ${a} ${b}`.trim());
        }
        else if (kind === 'build') {
            const eq = a.indexOf('=');
            if (eq > 0)
                info.settings.set(a.slice(0, eq), a.slice(eq + 1));
        }
    }
    return info;
}
/** Reads build info with `go version -m`; undefined when the file carries none (not a Go executable). */
async function readBuildInfo(goBin, file, env) {
    const r = await run(goBin, ['version', '-m', file], { env, check: false });
    return parseBuildInfo(r.stdout);
}
/** vcs.* stamps change with every commit: they are not findings. */
const ignoredSettings = /^vcs(\.|$)/;
function diffMaps(what, a, b, skip) {
    const out = [];
    for (const name of [...new Set([...a.keys(), ...b.keys()])].sort()) {
        if (skip?.test(name))
            continue;
        const x = a.get(name) ?? '';
        const y = b.get(name) ?? '';
        if (x !== y)
            out.push({ what, name, base: x, head: y });
    }
    return out;
}
function diffBuildInfo(base, head) {
    const out = [];
    if (base.goVersion !== head.goVersion)
        out.push({ what: 'go', name: 'go', base: base.goVersion, head: head.goVersion });
    out.push(...diffMaps('setting', base.settings, head.settings, ignoredSettings));
    out.push(...diffMaps('module', base.modules, head.modules));
    return out;
}

;// CONCATENATED MODULE: ./src/abi/diff.ts
// A function's code size changes with every edit and every compiler; a variable's size changes
// when its type does. Only the latter is an ABI change; the former shows in package sizes.
const sizeIsAbi = (e) => e.kind !== 'T';
function diffTables(base, head) {
    const findings = [];
    for (const [key, b] of base.entries) {
        const h = head.entries.get(key);
        if (!h) {
            findings.push({ change: 'removed', key, pkg: b.pkg, cls: b.cls, baseKind: b.kind, baseSize: b.size });
        }
        else if (b.kind !== h.kind) {
            findings.push({ change: 'kind', key, pkg: b.pkg, cls: b.cls, baseKind: b.kind, headKind: h.kind, baseSize: b.size, headSize: h.size });
        }
        else if (b.size !== h.size && sizeIsAbi(b)) {
            findings.push({ change: 'size', key, pkg: b.pkg, cls: b.cls, baseKind: b.kind, headKind: h.kind, baseSize: b.size, headSize: h.size });
        }
    }
    for (const [key, h] of head.entries) {
        if (!base.entries.has(key))
            findings.push({ change: 'added', key, pkg: h.pkg, cls: h.cls, headKind: h.kind, headSize: h.size });
    }
    findings.sort((x, y) => x.pkg.localeCompare(y.pkg) || x.key.localeCompare(y.key));
    const packages = [];
    for (const pkg of new Set([...base.packageSizes.keys(), ...head.packageSizes.keys()])) {
        const b = base.packageSizes.get(pkg) ?? 0;
        const h = head.packageSizes.get(pkg) ?? 0;
        packages.push({ pkg, base: b, head: h, delta: h - b });
    }
    packages.sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta) || x.pkg.localeCompare(y.pkg));
    return { findings, packages, baseSymbols: base.definedCount, headSymbols: head.definedCount, baseCompared: base.entries.size, headCompared: head.entries.size };
}

;// CONCATENATED MODULE: ./src/abi/findings.ts
function setDiff(a, b) {
    const sa = new Set(a);
    const sb = new Set(b);
    return { added: b.filter((x) => !sa.has(x)), removed: a.filter((x) => !sb.has(x)) };
}
function diffDynamic(base, head) {
    return { libs: setDiff(base.needed, head.needed), imports: setDiff(base.imports, head.imports) };
}
function finding(artifact, f) {
    return { artifact, breaking: false, ...f };
}
const fmtSize = (kind, size) => `${kind ?? '?'} ${size ?? 0} B`;
function symbolFindings(artifact, diff) {
    return diff.findings.map((s) => {
        const change = s.change === 'added' || s.change === 'removed' ? s.change : 'changed';
        const detail = s.change === 'added'
            ? `added (${fmtSize(s.headKind, s.headSize)})`
            : s.change === 'removed'
                ? `removed (was ${fmtSize(s.baseKind, s.baseSize)})`
                : s.change === 'kind'
                    ? `kind ${s.baseKind} → ${s.headKind}`
                    : `size ${s.baseSize} → ${s.headSize} B (${s.baseKind}: the variable's type changed)`;
        return finding(artifact, { category: 'symbol', change, subject: s.key, group: s.pkg || '(no package)', detail });
    });
}
function dynamicFindings(artifact, d) {
    const out = [];
    for (const lib of d.libs.added)
        out.push(finding(artifact, { category: 'dynamic', change: 'added', subject: `lib:${lib}`, group: 'dynamic libraries', detail: `new DT_NEEDED ${lib}` }));
    for (const lib of d.libs.removed)
        out.push(finding(artifact, { category: 'dynamic', change: 'removed', subject: `lib:${lib}`, group: 'dynamic libraries', detail: `no longer needs ${lib}` }));
    for (const s of d.imports.added)
        out.push(finding(artifact, { category: 'dynamic', change: 'added', subject: `import:${s}`, group: 'dynamic imports', detail: `imports ${s}` }));
    for (const s of d.imports.removed)
        out.push(finding(artifact, { category: 'dynamic', change: 'removed', subject: `import:${s}`, group: 'dynamic imports', detail: `no longer imports ${s}` }));
    return out;
}
function buildFindings(artifact, changes) {
    return changes.map((c) => {
        const change = c.base === '' ? 'added' : c.head === '' ? 'removed' : 'changed';
        const subject = c.what === 'go' ? 'go' : `${c.what}:${c.name}`;
        const detail = `${c.what === 'go' ? 'Go version' : c.name}: ${c.base || '(none)'} → ${c.head || '(none)'}`;
        return finding(artifact, { category: 'build', change, subject, group: c.what === 'module' ? 'modules' : 'build settings', detail });
    });
}
function artifactFindings(onlyBase, onlyHead) {
    return [
        ...onlyBase.map((p) => finding(p, { category: 'artifact', change: 'removed', subject: `artifact:${p}`, group: 'artifacts', detail: `${p} exists in base only` })),
        ...onlyHead.map((p) => finding(p, { category: 'artifact', change: 'added', subject: `artifact:${p}`, group: 'artifacts', detail: `${p} exists in head only` })),
    ];
}

;// CONCATENATED MODULE: external "node:readline"
const external_node_readline_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");
;// CONCATENATED MODULE: ./src/abi/nm.ts
// Owns reading `go tool nm -size` output: one pure line parser and a streaming reader over the
// child's stdout, so memory grows with the symbols kept, never with the text of the listing.



// `%8x %10d %c %s`, address blank for U; archives prefix `file(member):\t`. We never pass -type:
// Go names contain spaces (`type:func(int) string`), so a trailing type column would be ambiguous.
const line = /^ *([0-9a-f]*) +(\d+) (.) (.*)$/;
function parseNmLine(text) {
    let member = '';
    let rest = text;
    const tab = text.indexOf('):\t');
    if (tab > 0) {
        const open = text.lastIndexOf('(', tab);
        member = open >= 0 ? text.slice(open + 1, tab) : '';
        rest = text.slice(tab + 3);
    }
    const m = line.exec(rest);
    if (!m)
        return undefined;
    return { name: m[4], code: m[3], size: Number(m[2]), member };
}
class NmError extends Error {
    name = 'NmError';
}
/**
 * Runs `<go> tool nm -size -sort none <file>` and hands every parsed line to `onSymbol` as it
 * arrives. Resolves with the number of lines read; rejects with the tool's own message on failure.
 */
function streamNm(goBin, file, onSymbol, opts) {
    const args = ['tool', 'nm', '-size', '-sort', 'none', file];
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(goBin, args, { env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], shell: false });
        let stderr = '';
        let count = 0;
        let unparsed = '';
        child.stderr.on('data', (b) => {
            if (stderr.length < 8192)
                stderr += b.toString();
        });
        const rl = (0,external_node_readline_namespaceObject.createInterface)({ input: child.stdout, crlfDelay: Infinity });
        rl.on('line', (text) => {
            const sym = parseNmLine(text);
            if (sym) {
                count++;
                onSymbol(sym);
            }
            else if (!unparsed && text.trim() !== '')
                unparsed = text;
        });
        child.on('error', (e) => {
            const why = e.code === 'ENOENT' ? 'the go command was not found' : e.message;
            reject(new NmError(`${opts.label}: cannot run ${describeCommand(goBin, args)}: ${why}`));
        });
        const exited = new Promise((res) => child.on('close', (code) => res(code ?? 1)));
        const drained = new Promise((res) => rl.on('close', () => res()));
        void Promise.all([exited, drained]).then(([code]) => {
            if (code !== 0) {
                reject(new NmError(`${opts.label}: ${describeCommand(goBin, args)} failed (exit ${code}): ${stderr.trim() || 'no output'}`));
            }
            else if (unparsed && count === 0) {
                reject(new NmError(`${opts.label}: unexpected go tool nm output: ${JSON.stringify(unparsed.slice(0, 200))}`));
            }
            else
                resolve(count);
        });
    });
}

;// CONCATENATED MODULE: ./src/abi/symbol-name.ts
// Owns how a Go linker symbol name splits into package path and the rest, and which packages
// belong to the Go distribution (std, cmd) rather than to the user's modules.
/**
 * The package is the prefix up to the last `/` before any `(` or `[`, then up to the next `.`.
 * The linker escapes dots in the last path element (`gopkg.in/yaml%2ev3`), so that `.` is the separator.
 */
function splitName(name) {
    let end = name.length;
    for (let i = 0; i < name.length; i++) {
        const c = name[i];
        if (c === '(' || c === '[' || c === ' ') {
            end = i;
            break;
        }
    }
    const slash = name.lastIndexOf('/', end - 1);
    const dot = name.indexOf('.', slash + 1);
    if (dot <= 0 || dot >= end)
        return { pkg: '', rest: name };
    return { pkg: name.slice(0, dot).replace(/%2e/g, '.'), rest: name.slice(dot + 1) };
}
/** Std and cmd packages have no dot in their first path element (`fmt`, `internal/abi`, `vendor/golang.org/x/net`). */
function isDistributionPackage(pkg, modulePaths = []) {
    if (pkg === 'main')
        return false;
    if (modulePaths.some((m) => pkg === m || pkg.startsWith(`${m}/`)))
        return false;
    const first = pkg.split('/')[0] ?? '';
    return !first.includes('.');
}
/** Splits `rest` into dotted segments, keeping `(*T)` and `[...]` (which may contain dots) whole. */
function segments(rest) {
    const out = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < rest.length; i++) {
        const c = rest[i];
        if (c === '(' || c === '[' || c === '{')
            depth++;
        else if (c === ')' || c === ']' || c === '}')
            depth--;
        else if (c === '.' && depth === 0) {
            out.push(rest.slice(start, i));
            start = i + 1;
        }
    }
    out.push(rest.slice(start));
    return out;
}
function isExportedIdent(s) {
    const c = s.replace(/^\(\*/, '').charAt(0);
    return c !== '' && c.toUpperCase() === c && c.toLowerCase() !== c;
}

;// CONCATENATED MODULE: ./src/abi/normalize.ts

const closureSegment = /^(func\d+|gowrap\d+|deferwrap\d+|\d+)$/;
// 1.19 used `go.` for linker-made symbols; 1.20+ uses `go:`. Listed, because `go.uber.org/...` is a real package.
const linkerGoPrefix = /^go\.(itab|string|info|cuinfo|func|funcrel|buildid|buildinfo|importpath|link|constinfo|debuglines|loc|range|ranges|map|track|weak|plugin|runtimeinfo)\b/;
const nameRules = [
    {
        id: 'local-suffix',
        why: 'Package-local symbols in archives carry a `<N>` version suffix whose number is arbitrary.',
        go119: 'example.com/abifix/api..stmp_0<1>',
        go123: 'example.com/abifix/api..stmp_0<1>',
        normalized: 'example.com/abifix/api..stmp_0',
        apply: (n) => n.replace(/<\d+>$/, ''),
    },
    {
        id: 'type-prefix',
        why: 'Go 1.20 renamed type descriptors from `type.` to `type:` (and `type..` helpers to `type:.`).',
        go119: 'type.*example.com/abifix/api.Point',
        go123: 'type:*example.com/abifix/api.Point',
        normalized: 'type:*example.com/abifix/api.Point',
        apply: (n) => (n.startsWith('type..') ? `type:.${n.slice(6)}` : n.startsWith('type.') ? `type:${n.slice(5)}` : n),
    },
    {
        id: 'linker-go-prefix',
        why: 'Go 1.20 renamed linker-made symbols from `go.` to `go:` (itab, string, info, cuinfo, func, buildinfo...).',
        go119: 'go.itab.example.com/abifix/api.Point,example.com/abifix/api.Shape',
        go123: 'go:itab.example.com/abifix/api.Point,example.com/abifix/api.Shape',
        normalized: 'go:itab.example.com/abifix/api.Point,example.com/abifix/api.Shape',
        apply: (n) => (linkerGoPrefix.test(n) ? `go:${n.slice(3)}` : n),
    },
    {
        id: 'shape-index',
        why: 'Go 1.19 numbers generic shape arguments (`go.shape.int_0`); Go 1.21+ does not.',
        go119: 'example.com/abifix/api.Map[go.shape.int_0,go.shape.string_1]',
        go123: 'example.com/abifix/api.Map[go.shape.int,go.shape.string]',
        normalized: 'example.com/abifix/api.Map[go.shape.int,go.shape.string]',
        apply: (n) => (n.includes('go.shape.') ? n.replace(/(go\.shape\.[^,\]\s]*?)_\d+(?=[,\]\s]|$)/g, '$1') : n),
    },
    {
        id: 'method-dictionary',
        why: 'Go 1.19 emits one generic dictionary per method (`..dict.(*T[int]).M`); Go 1.21+ one per type (`..dict.T[int]`).',
        go119: 'example.com/abifix/api..dict.(*Stack[int]).Push',
        go123: 'example.com/abifix/api..dict.Stack[int]',
        normalized: 'example.com/abifix/api..dict.Stack[int]',
        apply: (n) => n.replace(/\.\.dict\.(?:\(\*([^)]+)\)|([^.([]+\[[^\]]*\]))\.[^.]+$/, (_m, p, v) => `..dict.${p ?? v ?? ''}`),
    },
    {
        id: 'closure',
        why: 'Closure names depend on the compiler: 1.19 `F.func1.1`/`F.func2`, 1.22+ `F.func1.deferwrap1`/`F.gowrap1`, and inlined closures repeat the enclosing name (`F.F.func1.func2`). All closures of a function become one `F.func*` entry (sizes summed).',
        go119: 'example.com/abifix/native.Measure.func1.1',
        go123: 'example.com/abifix/native.Measure.Measure.func1.func2',
        normalized: 'example.com/abifix/native.Measure.func*',
        apply: collapseClosures,
    },
    {
        id: 'abi-wrapper',
        why: 'ABI wrappers (`.abi0`, `.abiinternal`) appear and disappear with the register ABI and assembly changes; they are the same function.',
        go119: 'example.com/abifix/native._Cfunc_free.abi0',
        go123: 'example.com/abifix/native._Cfunc_free.abi0',
        normalized: 'example.com/abifix/native._Cfunc_free',
        apply: (n) => n.replace(/\.(abi0|abiinternal)$/, ''),
    },
];
function collapseClosures(name) {
    const { pkg, rest } = splitName(name);
    if (!pkg)
        return name;
    const segs = segments(rest);
    const first = segs.findIndex((s, i) => i > 0 && closureSegment.test(s));
    if (first < 0)
        return name;
    const outer = segs.slice(0, first).filter((s, i, all) => i === 0 || s !== all[i - 1]);
    return `${pkg}.${outer.join('.')}.func*`;
}
function normalizeName(name) {
    let n = name;
    for (const r of nameRules)
        n = r.apply(n);
    return n;
}
const metadataSuffix = /\.(arginfo\d*|argliveinfo|stkobj|opendefer|wrapinfo|args_stackmap|inlTree\.\d+|jump\d+)$|·f$/;
const cgoInternal = /^_cgo_|^_Cfunc_|^_Cvar_|^_Ctype_|^_C2func_|^_cgoexp_/;
function classify(normalized, modulePaths = []) {
    if (normalized.startsWith('type:'))
        return 'type';
    if (normalized.startsWith('go:') || normalized.startsWith('$'))
        return 'linker';
    if (normalized.startsWith('gclocals·') || normalized.startsWith('runtime.gcbits.') || metadataSuffix.test(normalized))
        return 'metadata';
    const { pkg, rest } = splitName(normalized);
    if (!pkg)
        return 'c';
    if (rest.startsWith('.dict.') && !isDistributionPackage(pkg, modulePaths))
        return 'instantiation';
    if (rest.startsWith('.') || rest === 'init' || /^init\.\d+$/.test(rest))
        return 'linker'; // ..inittask, ..stmp_N, init
    if (isDistributionPackage(pkg, modulePaths))
        return 'distribution';
    if (rest.includes('..dict.') || rest.includes('['))
        return 'instantiation';
    if (rest.endsWith('.func*'))
        return 'closure';
    const segs = segments(rest);
    if (segs.some((s) => cgoInternal.test(s)))
        return 'c';
    const exported = segs.length === 1 ? isExportedIdent(segs[0]) : segs.length === 2 && isExportedIdent(segs[0]) && isExportedIdent(segs[1]);
    return exported ? 'api' : 'unexported';
}
/** Upper-cased nm code: `t`/`T` differ between archives (global) and executables (all local). */
function kindOf(code) {
    return code.toUpperCase();
}
/** Undefined references and file markers are not definitions of this build; everything else normalizes. */
function normalizeSymbol(sym, modulePaths = []) {
    if (sym.code === 'U' || sym.code === '_' || sym.name === '')
        return undefined;
    const key = normalizeName(sym.name);
    const cls = classify(key, modulePaths);
    const pkg = cls === 'type' || cls === 'linker' || cls === 'metadata' || cls === 'c' ? '' : splitName(key).pkg;
    return { key, pkg, kind: kindOf(sym.code), size: sym.size, cls, raw: sym.name };
}

;// CONCATENATED MODULE: ./src/abi/table.ts

/** Classes compared in each scope. Metadata and linker tables are counted in sizes only: their names are hashes. */
const compared = {
    exported: new Set(['api']),
    all: new Set(['api', 'unexported', 'closure', 'instantiation', 'distribution', 'type', 'c']),
};
/** Package bucket for symbols without a Go package (C, linker tables). */
const noPackage = '(no package)';
/** Package bucket for type descriptors (their names hold many packages). */
const typeBucket = '(type descriptors)';
class SymbolTable {
    scope;
    modulePaths;
    entries = new Map();
    packageSizes = new Map();
    totalSize = 0;
    rawCount = 0;
    /** Definitions seen (undefined references excluded): zero means nothing to compare. */
    definedCount = 0;
    constructor(scope, modulePaths = []) {
        this.scope = scope;
        this.modulePaths = modulePaths;
    }
    add(sym) {
        this.rawCount++;
        const n = normalizeSymbol(sym, this.modulePaths);
        if (!n)
            return;
        this.definedCount++;
        this.totalSize += n.size;
        const bucket = n.pkg || (n.cls === 'type' ? typeBucket : noPackage);
        this.packageSizes.set(bucket, (this.packageSizes.get(bucket) ?? 0) + n.size);
        if (!compared[this.scope].has(n.cls))
            return;
        const prev = this.entries.get(n.key);
        if (prev) {
            prev.size += n.size;
            prev.count++;
            // A text symbol wins over data of the same key (a func and its funcval), so kind stays stable.
            if (prev.kind !== 'T' && n.kind === 'T')
                prev.kind = 'T';
        }
        else {
            this.entries.set(n.key, { key: n.key, pkg: n.pkg, kind: n.kind, size: n.size, cls: n.cls, raw: n.raw, count: 1 });
        }
    }
}

;// CONCATENATED MODULE: ./src/abi/compare.ts
// Owns comparing one base/head pair of build outputs: inspect both, check they are comparable,
// then stream both symbol tables (in parallel), read dynamic sections and build info, and diff.








class CompareError extends Error {
    name = 'CompareError';
}
const strippedCan = 'build info (go version -m), the ELF dynamic section (DT_NEEDED libraries, imported symbols) and file size';
async function inspect(side) {
    try {
        return await inspectArtifact(side.path);
    }
    catch (e) {
        if (e instanceof NotGoOutput)
            throw new CompareError(`input "${side.input}": ${side.path} ${e.message}; give a Go executable, a .a archive built by go build, or a directory of them`);
        const err = e;
        if (err.code === 'ENOENT')
            throw new CompareError(`input "${side.input}": ${side.path} does not exist`);
        throw new CompareError(`input "${side.input}": cannot read ${side.path}: ${err.message}`);
    }
}
function target(a, info) {
    const goos = info?.settings.get('GOOS') ?? a.goos;
    const goarch = info?.settings.get('GOARCH') ?? a.goarch;
    return goarch ? `${goos ?? '?'}/${goarch}` : undefined;
}
async function readTable(side, a, scope, modulePaths) {
    const table = new SymbolTable(scope, modulePaths);
    const label = `input "${side.input}" (${side.path})`;
    try {
        await streamNm(side.go.goBin, side.path, (s) => table.add(s), { env: side.go.env, label });
    }
    catch (e) {
        const msg = e.message;
        if (e instanceof NmError && /different version|object is \[|not a go object/i.test(msg) && a.goVersion) {
            throw new CompareError(`${label} is a Go archive built by ${a.goVersion}, which go tool nm of ${side.go.version} cannot read (archives are readable only by their own Go); set ${side.input}-go to ${a.goVersion.replace(/^go/, '')} or that Go's GOROOT`);
        }
        if (/no symbols/.test(msg))
            throw new CompareError(`${label} has no symbols (stripped?); still comparable: ${strippedCan}`);
        throw e;
    }
    if (table.definedCount === 0)
        throw new CompareError(`${label}: go tool nm listed no symbol definitions; nothing to compare`);
    return table;
}
async function facts(a, info, table) {
    const dynamic = a.elf ? await readDynamic(a.path) : undefined;
    return { path: a.path, kind: a.kind, goVersion: info?.goVersion ?? a.goVersion, target: target(a, info), stripped: a.stripped, bytes: a.bytes, symbols: table?.definedCount, dynamic };
}
async function comparePair(name, base, head, opts) {
    const [ba, ha] = await Promise.all([inspect(base), inspect(head)]);
    if ((ba.kind === 'go-archive') !== (ha.kind === 'go-archive')) {
        throw new CompareError(`input "base" (${base.path}) is ${ba.kind === 'go-archive' ? 'a Go archive' : 'an executable'} but input "head" (${head.path}) is ${ha.kind === 'go-archive' ? 'a Go archive' : 'an executable'}; compare like with like`);
    }
    const [bi, hi] = await Promise.all([
        ba.kind !== 'go-archive' ? readBuildInfo(base.go.goBin, base.path, base.go.env) : undefined,
        ha.kind !== 'go-archive' ? readBuildInfo(head.go.goBin, head.path, head.go.env) : undefined,
    ]);
    const bt = target(ba, bi);
    const ht = target(ha, hi);
    if (bt && ht && bt !== ht) {
        throw new CompareError(`GOOS/GOARCH differ: input "base" (${base.path}) is ${bt} but input "head" (${head.path}) is ${ht}; build both sides for the same target`);
    }
    const stripped = [ba.stripped ? `input "base" (${base.path})` : '', ha.stripped ? `input "head" (${head.path})` : ''].filter(Boolean);
    let symbols;
    let symbolsSkipped;
    let tables = [undefined, undefined];
    if (stripped.length > 0) {
        symbolsSkipped = `${stripped.join(' and ')} ${stripped.length > 1 ? 'are' : 'is'} stripped (-s -w): no symbol table, so symbols and package sizes cannot be compared; still comparable: ${strippedCan}`;
        if (!opts.allowStripped)
            throw new CompareError(`${symbolsSkipped}. Rebuild without -s -w, or set input "stripped" to "partial" to compare only those`);
    }
    else {
        const modules = [...new Set([...(bi?.modules.keys() ?? []), ...(hi?.modules.keys() ?? [])])];
        tables = await Promise.all([readTable(base, ba, opts.scope, modules), readTable(head, ha, opts.scope, modules)]);
        symbols = diffTables(tables[0], tables[1]);
    }
    const [bf, hf] = await Promise.all([facts(ba, bi, tables[0]), facts(ha, hi, tables[1])]);
    const dynamic = bf.dynamic && hf.dynamic ? diffDynamic(bf.dynamic, hf.dynamic) : undefined;
    return { name: name || external_node_path_namespaceObject.basename(head.path), base: bf, head: hf, symbols, symbolsSkipped, dynamic, build: bi && hi ? diffBuildInfo(bi, hi) : [] };
}

;// CONCATENATED MODULE: ./src/abi/toolchain.ts
// Owns finding and proving the `go` each side uses: a GOROOT path, a go binary, or a version
// looked up in the tool cache and local GOROOTs; then `go env` proves it runs.
// The version lookup is a minimal stand-in for src/go's findInstalledGo (setup-go-matrix): same
// places (tool cache, /usr/local/go, /usr/lib/go-*, ~/sdk/go*), newest matching patch wins.




class ToolchainError extends Error {
    name = 'ToolchainError';
}
const versionSpec = /^(?:go)?(\d+)\.(\d+)(?:\.(\d+))?$/;
function cleanEnv(extra = {}) {
    const env = { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '', ...extra };
    delete env.GOROOT;
    return env;
}
/** Runs `go env GOROOT GOVERSION` to prove the binary works. */
async function probeGo(goBin, label) {
    let out;
    try {
        out = (await run(goBin, ['env', 'GOROOT', 'GOVERSION'], { env: cleanEnv(), timeoutMs: 60_000 })).stdout;
    }
    catch (e) {
        throw new ToolchainError(`${label}: the go at ${goBin} cannot run: ${e.message.split('\n').slice(0, 3).join(' ')}`);
    }
    const [goroot = '', version = ''] = out.trim().split('\n').map((s) => s.trim());
    if (!version.startsWith('go'))
        throw new ToolchainError(`${label}: ${goBin} ran but did not report a Go version (got ${JSON.stringify(out.slice(0, 100))})`);
    return { goBin, goroot, version, env: cleanEnv({ GOROOT: goroot }) };
}
function rootVersion(root) {
    try {
        return (0,external_node_fs_namespaceObject.readFileSync)(external_node_path_namespaceObject.join(root, 'VERSION'), 'utf8').split('\n')[0]?.trim();
    }
    catch {
        return undefined;
    }
}
function children(dir) {
    try {
        return (0,external_node_fs_namespaceObject.readdirSync)(dir).map((e) => external_node_path_namespaceObject.join(dir, e));
    }
    catch {
        return [];
    }
}
/** GOROOTs that may hold a Go: tool cache (`go/<version>/<arch>`), /usr/local/go, /usr/lib/go-*, ~/sdk/go*. */
function candidateGoroots(toolCacheDir) {
    const roots = [];
    for (const v of children(external_node_path_namespaceObject.join(toolCacheDir, 'go')))
        roots.push(...children(v).filter((d) => !d.endsWith('.complete')));
    roots.push('/usr/local/go', ...children('/usr/lib').filter((d) => /\/go-[\d.]+$/.test(d)), ...children(external_node_path_namespaceObject.join(external_node_os_namespaceObject.homedir(), 'sdk')).filter((d) => /\/go[\d.]+$/.test(d)));
    return roots.filter((r) => (0,external_node_fs_namespaceObject.existsSync)(external_node_path_namespaceObject.join(r, 'bin', 'go')));
}
function compareVersions(a, b) {
    const pa = a.replace(/^go/, '').split(/[.a-z]/).map(Number);
    const pb = b.replace(/^go/, '').split(/[.a-z]/).map(Number);
    for (let i = 0; i < 3; i++)
        if ((pa[i] ?? 0) !== (pb[i] ?? 0))
            return (pa[i] ?? 0) - (pb[i] ?? 0);
    return 0;
}
/** Newest installed GOROOT matching `1.23` or `1.23.5` (go prefix allowed). */
function findGoroot(spec, roots) {
    const m = versionSpec.exec(spec);
    if (!m)
        return undefined;
    const want = m[3] !== undefined ? `go${m[1]}.${m[2]}.${m[3]}` : `go${m[1]}.${m[2]}`;
    const found = roots
        .map((root) => ({ root, v: rootVersion(root) }))
        .filter((c) => !!c.v && (c.v === want || c.v.startsWith(`${want}.`) || (m[3] === undefined && c.v === `${want}rc`)))
        .sort((a, b) => compareVersions(b.v, a.v));
    return found[0]?.root;
}
/**
 * Resolves an input value naming a Go: a GOROOT directory, a path to a go binary, or a version.
 * `inputName` and the value appear in every error.
 */
async function resolveGo(inputName, value, toolCacheDir) {
    const label = `input "${inputName}" ("${value}")`;
    const looksLikePath = value.includes('/') || value.startsWith('.') || value.startsWith('~');
    if (looksLikePath) {
        const p = external_node_path_namespaceObject.resolve(value.replace(/^~(?=\/)/, external_node_os_namespaceObject.homedir()));
        if (!(0,external_node_fs_namespaceObject.existsSync)(p))
            throw new ToolchainError(`${label}: no such file or directory; give a GOROOT (a directory with bin/go), a go binary, or a version such as 1.23`);
        const goBin = (0,external_node_fs_namespaceObject.statSync)(p).isDirectory() ? external_node_path_namespaceObject.join(p, 'bin', 'go') : p;
        if (!(0,external_node_fs_namespaceObject.existsSync)(goBin))
            throw new ToolchainError(`${label}: ${p} is a directory without bin/go, so it is not a GOROOT`);
        return probeGo(goBin, label);
    }
    if (!versionSpec.test(value))
        throw new ToolchainError(`${label} is neither a GOROOT path nor a Go version; use e.g. "1.23", "1.23.5" or "/usr/lib/go-1.23"`);
    const roots = candidateGoroots(toolCacheDir);
    const root = findGoroot(value, roots);
    if (!root) {
        const have = roots.map((r) => `${rootVersion(r)} (${r})`).join(', ') || 'none';
        throw new ToolchainError(`${label}: Go ${value} is not installed in the tool cache (${toolCacheDir}) or local GOROOTs; installed: ${have}. Install it first (setup-go-matrix) or give a GOROOT path`);
    }
    return probeGo(external_node_path_namespaceObject.join(root, 'bin', 'go'), label);
}
/** The `go` used when a side names none: input `go`, else `go` on PATH. */
async function defaultGo(value, toolCacheDir) {
    if (value)
        return resolveGo('go', value, toolCacheDir);
    try {
        return await probeGo('go', 'go from PATH');
    }
    catch (e) {
        throw new ToolchainError(`no go to read the builds with: inputs "go", "base-go" and "head-go" are empty and ${e.message.replace(/^go from PATH: /, 'go from PATH failed: ')}. Set input "go" (or base-go/head-go) to a Go version such as 1.23 or a GOROOT, or run setup-go-matrix before this step`);
    }
}

;// CONCATENATED MODULE: ./src/abi/run.ts
// Owns one abi-diff run, platform-free: resolve the sides (paths or builds), compare every pair,
// collect findings, apply the policy. The action and the benchmark call runAbiDiff.








function isDir(p) {
    return (0,external_node_fs_namespaceObject.statSync)(p).isDirectory();
}
function mustExist(input, value, p) {
    try {
        (0,external_node_fs_namespaceObject.statSync)(p);
    }
    catch {
        throw new CompareError(`input "${input}" ("${value}"): ${p} does not exist`);
    }
}
async function runAbiDiff(o) {
    const wd = external_node_path_namespaceObject.resolve(o.workingDirectory);
    const pathsMode = !!(o.base || o.head);
    if (pathsMode && o.pkg)
        throw new CompareError('give either base and head (paths to compare) or package (to build both sides), not both');
    if (!pathsMode && !o.pkg)
        throw new CompareError('nothing to compare: give base and head (executables, .a archives or directories), or package with base-go/head-go or base-ref');
    if (pathsMode && (!o.base || !o.head))
        throw new CompareError(`input "${o.base ? 'head' : 'base'}" is empty; paths mode needs both base and head`);
    let fallback;
    const goFor = (input, value) => value ? resolveGo(input, value, o.toolCacheDir) : (fallback ??= defaultGo(o.go ?? '', o.toolCacheDir));
    const [baseGo, headGo] = await Promise.all([goFor('base-go', o.baseGo), goFor('head-go', o.headGo)]);
    const work = (0,external_node_fs_namespaceObject.mkdtempSync)(external_node_path_namespaceObject.join(o.tempDir, 'abi-diff-'));
    let basePath;
    let headPath;
    let cleanup;
    if (pathsMode) {
        basePath = external_node_path_namespaceObject.resolve(wd, o.base);
        headPath = external_node_path_namespaceObject.resolve(wd, o.head);
        mustExist('base', o.base, basePath);
        mustExist('head', o.head, headPath);
    }
    else {
        if (!o.baseGo && !o.headGo && !o.baseRef)
            throw new CompareError(`input "package" ("${o.pkg}") needs something to differ between the sides: base-go and head-go, or base-ref`);
        let baseDir = wd;
        if (o.baseRef) {
            const wt = await worktreeAt(wd, o.baseRef, external_node_path_namespaceObject.join(work, 'base-worktree'));
            baseDir = wt.dir;
            cleanup = wt.remove;
        }
        try {
            const req = { pkg: o.pkg, flags: o.buildFlags, outDir: external_node_path_namespaceObject.join(work, 'build'), cacheDir: o.cacheDir ?? external_node_path_namespaceObject.join(o.tempDir, 'abi-diff-gocache') };
            basePath = await buildSide({ ...req, dir: baseDir, go: baseGo, side: 'base' });
            headPath = await buildSide({ ...req, dir: wd, go: headGo, side: 'head' });
        }
        finally {
            await cleanup?.();
        }
    }
    const pairs = [];
    const ignored = [];
    let onlyBase = [];
    let onlyHead = [];
    const opts = { scope: o.scope, allowStripped: o.allowStripped };
    if (isDir(basePath) !== isDir(headPath)) {
        throw new CompareError(`input "base" (${basePath}) is a ${isDir(basePath) ? 'directory' : 'file'} but input "head" (${headPath}) is a ${isDir(headPath) ? 'directory' : 'file'}; give two files or two directories`);
    }
    if (isDir(basePath)) {
        const goOnly = async (root, rels) => {
            const keep = [];
            for (const rel of rels) {
                try {
                    await inspectArtifact(external_node_path_namespaceObject.join(root, rel));
                    keep.push(rel);
                }
                catch (e) {
                    ignored.push({ path: external_node_path_namespaceObject.join(root, rel), why: e.message });
                }
            }
            return keep;
        };
        const pairing = pairByRelativePath(await goOnly(basePath, await listFiles(basePath)), await goOnly(headPath, await listFiles(headPath)));
        ({ onlyBase, onlyHead } = pairing);
        if (pairing.pairs.length === 0) {
            throw new CompareError(`no Go build outputs with the same relative path in input "base" (${basePath}) and input "head" (${headPath}); base has ${pairing.onlyBase.length}, head has ${pairing.onlyHead.length}, ${ignored.length} other file(s) ignored`);
        }
        for (const rel of pairing.pairs) {
            pairs.push(await comparePair(rel, { input: 'base', path: external_node_path_namespaceObject.join(basePath, rel), go: baseGo }, { input: 'head', path: external_node_path_namespaceObject.join(headPath, rel), go: headGo }, opts));
        }
    }
    else {
        pairs.push(await comparePair(external_node_path_namespaceObject.basename(headPath), { input: 'base', path: basePath, go: baseGo }, { input: 'head', path: headPath, go: headGo }, opts));
    }
    const findings = [];
    for (const p of pairs) {
        if (p.symbols)
            findings.push(...symbolFindings(p.name, p.symbols));
        if (p.dynamic)
            findings.push(...dynamicFindings(p.name, p.dynamic));
        findings.push(...buildFindings(p.name, p.build));
    }
    findings.push(...artifactFindings(onlyBase, onlyHead));
    const baseBytes = pairs.reduce((n, p) => n + p.base.bytes, 0);
    const headBytes = pairs.reduce((n, p) => n + p.head.bytes, 0);
    const verdict = applyPolicy(findings, { base: baseBytes, head: headBytes }, o.policy);
    const live = findings.filter((f) => f.category === 'symbol' && !f.suppressed);
    return {
        scope: o.scope,
        mode: pathsMode ? 'paths' : 'build',
        base: { path: basePath, go: baseGo.version },
        head: { path: headPath, go: headGo.version },
        pairs,
        findings,
        ignored,
        totals: {
            added: live.filter((f) => f.change === 'added').length,
            removed: live.filter((f) => f.change === 'removed').length,
            changed: live.filter((f) => f.change === 'changed').length,
            suppressed: findings.filter((f) => f.suppressed).length,
            sizeDelta: headBytes - baseBytes,
            baseBytes,
            headBytes,
        },
        verdict,
    };
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/report/codequality.ts
// Owns the GitLab Code Quality report format (a JSON array of CodeClimate-style issues).

/** Builds one issue; the fingerprint is stable for the same check, path and identity so GitLab can diff MRs. */
function codeQualityIssue(check, description, severity, file, identity, line = 1) {
    const fingerprint = (0,external_node_crypto_namespaceObject.createHash)('md5').update(`${check}\0${file}\0${identity}`).digest('hex');
    return { description, check_name: check, fingerprint, severity, location: { path: file, lines: { begin: line } } };
}

;// CONCATENATED MODULE: ./src/report/markdown-table.ts
// Owns small Markdown building blocks for summaries and report files: tables and collapsible sections.
/** Escapes a cell: pipes and newlines would break the row. */
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
function table(headers, rows) {
    const line = (cols) => `| ${cols.map(cell).join(' | ')} |`;
    return [line(headers), `|${headers.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}
/** A `<details>` block; GitHub renders Markdown inside when blank lines surround it. */
function details(summary, body, open = false) {
    return `<details${open ? ' open' : ''}><summary>${summary.replace(/</g, '&lt;')}</summary>\n\n${body}\n\n</details>`;
}
function code(text) {
    return `\`${text.replace(/`/g, "'")}\``;
}

;// CONCATENATED MODULE: ./src/abi/summary.ts
// Owns how an AbiReport reads to people: the job summary / Markdown report (headline, then
// tables by package, collapsed when long) and the Code Quality issues.


/** Groups with more rows than this are collapsed. */
const openRows = 15;
function signed(n) {
    return n > 0 ? `+${n}` : String(n);
}
function headline(r) {
    const t = r.totals;
    const state = r.verdict.breaking ? '❌ breaking' : '✅ no breaking change';
    const sides = r.base.go === r.head.go ? r.head.go : `${r.base.go} → ${r.head.go}`;
    return `abi-diff (${r.scope}, ${sides}): ${state} — ${t.removed} removed, ${t.changed} changed, ${t.added} added, size ${signed(t.sizeDelta)} B${t.suppressed ? `, ${t.suppressed} suppressed` : ''}`;
}
function groupTable(rows) {
    return table(['', 'Subject', 'Change', 'File'], rows.map((f) => [f.suppressed ? '🔇' : f.breaking ? '❌' : 'ℹ️', code(f.subject), f.suppressed ? `${f.detail} — suppressed: ${f.suppressed}` : f.detail, f.artifact]));
}
function markdownReport(r) {
    const out = [`### ${headline(r)}`];
    if (r.verdict.reasons.length > 0)
        out.push(r.verdict.reasons.map((x) => `- ${x}`).join('\n'));
    for (const p of r.pairs) {
        const facts = [`base ${p.base.goVersion ?? '?'} ${p.base.target ?? ''} ${p.base.bytes} B`, `head ${p.head.goVersion ?? '?'} ${p.head.target ?? ''} ${p.head.bytes} B`];
        if (p.symbols)
            facts.push(`symbols ${p.symbols.baseSymbols} → ${p.symbols.headSymbols} (compared in scope: ${p.symbols.baseCompared} → ${p.symbols.headCompared})`);
        if (p.symbolsSkipped)
            facts.push(`⚠️ ${p.symbolsSkipped}`);
        out.push(`**${code(p.name)}**: ${facts.join('; ')}`);
    }
    const groups = new Map();
    for (const f of r.findings)
        groups.set(f.group, [...(groups.get(f.group) ?? []), f]);
    if (groups.size === 0)
        out.push('No findings.');
    for (const [group, rows] of [...groups].sort((a, b) => a[0].localeCompare(b[0]))) {
        const bad = rows.filter((f) => f.breaking).length;
        const title = `${group} — ${rows.length} finding(s)${bad ? `, ${bad} breaking` : ''}`;
        out.push(rows.length > openRows ? details(title, groupTable(rows)) : `#### ${title}\n\n${groupTable(rows)}`);
    }
    const sizes = r.pairs.flatMap((p) => (p.symbols?.packages ?? []).filter((s) => s.delta !== 0).map((s) => [p.name, s.pkg, String(s.base), String(s.head), signed(s.delta)]));
    if (sizes.length > 0)
        out.push(details(`Size by package (${sizes.length} changed)`, table(['File', 'Package', 'Base B', 'Head B', 'Delta'], sizes.slice(0, 200))));
    if (r.ignored.length > 0)
        out.push(details(`${r.ignored.length} file(s) ignored (not Go build outputs)`, r.ignored.map((i) => `- ${code(i.path)} ${i.why}`).join('\n')));
    return `${out.join('\n\n')}\n`;
}
function codeQualityReport(r) {
    return r.findings
        .filter((f) => !f.suppressed)
        .map((f) => codeQualityIssue(`abi-diff/${f.category}-${f.change}`, `${f.subject}: ${f.detail}`, f.breaking ? 'major' : 'info', f.artifact, `${f.subject}\0${f.change}`));
}

;// CONCATENATED MODULE: ./src/report/json-report.ts
// Owns writing a JSON report file: Maps and Sets become objects/arrays, output is stable and indented.


function replacer(_key, value) {
    if (value instanceof Map)
        return Object.fromEntries(value);
    if (value instanceof Set)
        return [...value];
    return value;
}
function toJson(value) {
    return `${JSON.stringify(value, replacer, 2)}\n`;
}
function writeJsonReport(file, value) {
    (0,external_node_fs_namespaceObject.mkdirSync)(external_node_path_namespaceObject.dirname(file), { recursive: true });
    (0,external_node_fs_namespaceObject.writeFileSync)(file, toJson(value));
    return file;
}

;// CONCATENATED MODULE: ./src/actions/abi-diff/definition.ts
// abi-diff: inputs table, then one run of src/abi and its outputs, summary, reports and annotations.








/** Most annotations shown per run; the rest are in the summary and report. */
const maxAnnotations = 20;
const abiDiff = {
    name: 'abi-diff',
    inputs: {
        base: {},
        head: {},
        package: {},
        'base-go': {},
        'head-go': {},
        go: {},
        'base-ref': {},
        'build-flags': {},
        scope: { default: 'exported', options: ['exported', 'all'] },
        'fail-on': { default: 'removed', options: failOnLevels },
        'max-size-growth': {},
        'deny-new-dynamic': { default: 'false' },
        suppressions: {},
        stripped: { default: 'fail', options: ['fail', 'partial'] },
        'report-format': { default: 'json' },
        'report-dir': { default: 'abi-diff-report' },
        'working-directory': { default: '.' },
    },
    outputs: ['added', 'removed', 'changed', 'size-delta', 'breaking', 'report', 'markdown-report', 'codequality-report'],
    async main({ rt, inputs }) {
        const wd = external_node_path_namespaceObject.resolve(inputs.string('working-directory'));
        const formats = inputs.list('report-format').flatMap((s) => s.split(/\s+/)).filter(Boolean);
        for (const f of formats) {
            if (!['json', 'markdown', 'codequality'].includes(f))
                throw new InputError(`input "report-format" has "${f}"; expected json, markdown and/or codequality (comma-separated)`);
        }
        const suppressionsFile = inputs.string('suppressions');
        let suppressions = [];
        if (suppressionsFile) {
            const file = external_node_path_namespaceObject.resolve(wd, suppressionsFile);
            let text;
            try {
                text = (0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8');
            }
            catch (e) {
                throw new InputError(`input "suppressions" ("${suppressionsFile}"): cannot read ${file}: ${e.code ?? e.message}`);
            }
            suppressions = parseSuppressions(text, suppressionsFile);
        }
        const report = await runAbiDiff({
            base: inputs.string('base') || undefined,
            head: inputs.string('head') || undefined,
            pkg: inputs.string('package') || undefined,
            baseGo: inputs.string('base-go') || undefined,
            headGo: inputs.string('head-go') || undefined,
            go: inputs.string('go') || undefined,
            baseRef: inputs.string('base-ref') || undefined,
            buildFlags: inputs.list('build-flags').flatMap((s) => s.split(/\s+/)).filter(Boolean),
            workingDirectory: wd,
            scope: inputs.choice('scope'),
            allowStripped: inputs.choice('stripped') === 'partial',
            policy: {
                failOn: inputs.choice('fail-on'),
                maxSizeGrowth: parseSizeLimit(inputs.string('max-size-growth')),
                denyNewDynamic: inputs.bool('deny-new-dynamic'),
                suppressions,
            },
            tempDir: rt.tempDir(),
            toolCacheDir: rt.toolCacheDir(),
            cacheDir: external_node_path_namespaceObject.join(rt.workDir(), 'abi-diff'),
        });
        const dir = external_node_path_namespaceObject.resolve(wd, inputs.string('report-dir'));
        const jsonFile = writeJsonReport(external_node_path_namespaceObject.join(dir, 'abi-diff.json'), report);
        const md = markdownReport(report);
        rt.setOutput('report', jsonFile);
        if (formats.includes('markdown'))
            rt.setOutput('markdown-report', writeText(external_node_path_namespaceObject.join(dir, 'abi-diff.md'), md));
        if (formats.includes('codequality'))
            rt.setOutput('codequality-report', writeText(external_node_path_namespaceObject.join(dir, 'abi-diff-codequality.json'), toJson(codeQualityReport(report))));
        rt.setOutput('added', String(report.totals.added));
        rt.setOutput('removed', String(report.totals.removed));
        rt.setOutput('changed', String(report.totals.changed));
        rt.setOutput('size-delta', String(report.totals.sizeDelta));
        rt.setOutput('breaking', String(report.verdict.breaking));
        await rt.appendSummary(md);
        for (const p of report.pairs)
            if (p.symbolsSkipped)
                rt.warning(p.symbolsSkipped, { title: 'abi-diff: symbols not compared' });
        const breaking = report.findings.filter((f) => f.breaking);
        for (const f of breaking.slice(0, maxAnnotations))
            rt.error(`${f.subject}: ${f.detail}`, { title: `abi-diff: ${f.category} ${f.change} in ${f.artifact}` });
        if (breaking.length > maxAnnotations)
            rt.error(`${breaking.length - maxAnnotations} more breaking finding(s); see the job summary and ${jsonFile}`);
        rt.info(headline(report));
        if (report.verdict.breaking)
            rt.setFailed(`abi-diff: ${report.verdict.reasons.join('; ')}`);
    },
};
function writeText(file, text) {
    (0,external_node_fs_namespaceObject.writeFileSync)(file, text);
    return file;
}

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
// variables to export are appended to <out-dir>/env.sh for `source`.




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
async function main(argv) {
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
    process.stdout.write(`${JSON.stringify(Object.fromEntries(rt.outputs))}\n`);
    return ok ? 0 : 1;
}


/***/ }),

/***/ 210:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _ci_cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(575);
// The `go-ci-kit` command (npm bin): see src/ci/cli.ts.

process.exitCode = await (0,_ci_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

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
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(210);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
