// Typed, validated access to an action's inputs. Defaults live in the action's InputSpec table
// (checked against action.yml by a test), so GitHub, GitLab and the CLI see the same values.
import { InputError } from '../errors/input-error.js';
import type { Runtime } from './runtime.js';

export interface InputSpec {
  /** Default applied when the input is absent or empty. Multi-line strings allowed. */
  default?: string;
  /** Allowed values for a choice input. */
  options?: readonly string[];
}

export type InputTable = Readonly<Record<string, InputSpec>>;

/** A boolean input is one whose default is "true" or "false" (action.yml has no input types). */
export function isBooleanInput(spec: InputSpec): boolean {
  return spec.default === 'true' || spec.default === 'false';
}

/** Longest input value accepted. */
export const MAX_INPUT_CHARS = 32 * 1024;

export class Inputs {
  constructor(
    private readonly runtime: Pick<Runtime, 'rawInput'>,
    private readonly table: InputTable,
  ) {}

  private spec(name: string): InputSpec {
    const spec = this.table[name];
    if (!spec) throw new Error(`internal: input "${name}" is not declared in the action's input table`);
    return spec;
  }

  /** Trimmed value, or the declared default, or ''. */
  string(name: string): string {
    const spec = this.spec(name);
    const raw = (this.runtime.rawInput(name) ?? '').trim();
    // Past this, globs and paths fail deep inside with messages that name nothing ("pattern is too long").
    if (raw.length > MAX_INPUT_CHARS)
      throw new InputError(`input "${name}" is ${raw.length} characters long; an input may have at most ${MAX_INPUT_CHARS}`);
    return raw !== '' ? raw : (spec.default ?? '');
  }

  /** True when the user gave a non-empty value (as opposed to the default). */
  given(name: string): boolean {
    this.spec(name);
    return (this.runtime.rawInput(name) ?? '').trim() !== '';
  }

  bool(name: string): boolean {
    const v = this.string(name).toLowerCase();
    if (['true', 'yes', '1', 'on'].includes(v)) return true;
    if (['false', 'no', '0', 'off', ''].includes(v)) return false;
    throw new InputError(`input "${name}" is "${this.string(name)}", which is not a boolean; use "true" or "false"`);
  }

  choice<T extends string>(name: string): T {
    const spec = this.spec(name);
    const v = this.string(name);
    const options = spec.options ?? [];
    if (!options.includes(v)) {
      throw new InputError(`input "${name}" is "${v}"; expected one of: ${options.map((o) => `"${o}"`).join(', ')}`);
    }
    return v as T;
  }

  /**
   * Checks every choice and boolean input of the table, so a bad value fails the step before it
   * does any work (installs Go, writes env.sh). Inputs with other rules are checked by the actions.
   */
  validate(): void {
    for (const [name, spec] of Object.entries(this.table)) {
      if (spec.options) this.choice(name);
      else if (isBooleanInput(spec)) this.bool(name);
    }
  }

  /** Newline- or comma-separated list, blank entries and `#` comments dropped. */
  list(name: string): string[] {
    return this.string(name)
      .split(/[\n,]/)
      .map((s) => s.trim())
      .filter((s) => s !== '' && !s.startsWith('#'));
  }
}
