/**
 * Field-level checks shared by every source file. Each check returns the cleaned value or records a
 * `file:line: field: what is wrong — what was expected` problem and returns undefined, so a file is
 * read to the end and every problem is reported at once.
 */
import type { CsvError, CsvRow } from './csv.ts';

export class RowReader {
  constructor(
    private readonly file: string,
    private readonly row: CsvRow,
    private readonly errors: CsvError[],
  ) {}

  get line(): number {
    return this.row.line;
  }

  fail(field: string, message: string): undefined {
    this.errors.push({ file: this.file, line: this.row.line, field, message });
    return undefined;
  }

  /** The cell as written (trimmed), unchecked; undefined when the file has no such column. */
  value(field: string): string | undefined {
    return this.row.values[field];
  }

  /**
   * Raw text, with control characters, overlong values and spreadsheet formulas refused. A cell that
   * starts like a formula (`=`, `+`, `@`, or `-` not starting a number) would run when the list is exported
   * back to a spreadsheet (« CSV injection »); none of our columns holds one. Numbers (`-1.5`) pass.
   */
  text(field: string, { required = false, max = 300 } = {}): string | undefined {
    const value = this.row.values[field] ?? '';
    if (required && value === '') return this.fail(field, `is empty — a value is required`);
    // Control characters (other than a newline inside a quoted note) break exports and terminals.
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0009\u000b-\u001f\u007f]/.test(value)) {
      return this.fail(field, 'contains a control character — remove it');
    }
    if (value.length > max) return this.fail(field, `is ${value.length} characters long — at most ${max}`);
    if (looksLikeFormula(value))
      return this.fail(
        field,
        `« ${value.slice(0, 40)} » looks like a spreadsheet formula — type the value itself, not a formula`,
      );
    return value;
  }

  /** A value from a closed list, reported with the list. */
  oneOf<T extends string>(field: string, allowed: readonly T[], { required = true } = {}): T | undefined {
    const value = this.text(field, { required });
    if (value === undefined) return undefined;
    if (!required && value === '') return undefined;
    if (!(allowed as readonly string[]).includes(value)) {
      return this.fail(field, `unknown value « ${value} » — expected one of ${allowed.join(', ')}`);
    }
    return value as T;
  }

  /** A kebab-case identifier. */
  id(field: string): string | undefined {
    const value = this.text(field, { required: true, max: 80 });
    if (value === undefined) return undefined;
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)) {
      return this.fail(
        field,
        `« ${value} » is not a valid id — expected lower-case letters, digits and hyphens`,
      );
    }
    return value;
  }

  /** A `|`-separated list, trimmed, empties dropped. */
  list(field: string, { max = 2000 } = {}): string[] | undefined {
    const value = this.text(field, { max });
    if (value === undefined) return undefined;
    return value
      .split('|')
      .map((v) => v.trim())
      .filter((v) => v !== '');
  }

  /** An optional decimal number within a range; French decimal commas are accepted. */
  number(field: string, min: number, max: number): number | undefined | null {
    const value = this.text(field, { max: 30 });
    if (value === undefined) return undefined;
    if (value === '') return null;
    const n = Number(value.replace(',', '.'));
    if (!Number.isFinite(n) || n < min || n > max) {
      return this.fail(field, `« ${value} » is not a number between ${min} and ${max}`);
    }
    return n;
  }

  /** A whole number ≥ 0. */
  count(field: string): number | undefined {
    const value = this.text(field, { required: true, max: 10 });
    if (value === undefined) return undefined;
    if (!/^\d+$/.test(value)) return this.fail(field, `« ${value} » is not a whole number`);
    return Number(value);
  }
}

/** A cell a spreadsheet would run as a formula: `=…`, `+…`, `@…`, or `-…` other than a plain number. */
function looksLikeFormula(value: string): boolean {
  return /^[=+@]/.test(value) || (value.startsWith('-') && !PLAIN_NUMBER.test(value));
}

/** A negative decimal number, with a point or a French comma: `-1.5`, `-0,61`. */
export const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/;

/** Reports every id that appears twice in a file, at the line of the repeat. */
export function checkUniqueIds(
  file: string,
  records: readonly { id: string; line: number }[],
  errors: CsvError[],
): void {
  const first = new Map<string, number>();
  for (const r of records) {
    const at = first.get(r.id);
    if (at !== undefined) {
      errors.push({
        file,
        line: r.line,
        field: 'id',
        message: `« ${r.id} » is already used on line ${at} — ids must be unique`,
      });
    } else first.set(r.id, r.line);
  }
}
