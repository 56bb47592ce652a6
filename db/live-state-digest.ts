import { createHash } from 'node:crypto';

const NUMBER = 0;
const NULL = 1;
const STRING = 2;
const BLOCK = 8192;

/**
 * A digest of a sequence of strings, numbers (null allowed) and booleans, for telling whether a
 * round's live state is what it was (docs/decisions/0023). Nothing is turned into text per value:
 * each item is a tag byte and an 8-byte number (a string as the index of its first appearance),
 * hashed a block at a time, and the distinct strings are hashed once at the end in that order.
 * A national round's ~7,000 cells repeat a few hundred strings, so this costs about a millisecond.
 */
export class LiveStateDigest {
  private readonly hash = createHash('sha256');
  private readonly tags = new Uint8Array(BLOCK);
  private readonly numbers = new Float64Array(BLOCK);
  private count = 0;
  private readonly strings = new Map<string, number>();

  string(value: string): this {
    let index = this.strings.get(value);
    if (index === undefined) this.strings.set(value, (index = this.strings.size));
    return this.push(STRING, index);
  }

  number(value: number | null): this {
    return value === null ? this.push(NULL, 0) : this.push(NUMBER, value);
  }

  boolean(value: boolean): this {
    return this.push(NUMBER, value ? 1 : 0);
  }

  /** The digest (base64); the writer is spent after it. */
  digest(): string {
    this.flush();
    for (const value of this.strings.keys()) this.hash.update(`${value.length}:${value}`);
    return this.hash.digest('base64');
  }

  private push(tag: number, value: number): this {
    if (this.count === BLOCK) this.flush();
    this.tags[this.count] = tag;
    this.numbers[this.count++] = value;
    return this;
  }

  // Every block but the last is full, so where blocks split follows from the sequence itself.
  private flush(): void {
    this.hash.update(this.tags.subarray(0, this.count));
    this.hash.update(new Uint8Array(this.numbers.buffer, 0, this.count * 8));
    this.count = 0;
  }
}
