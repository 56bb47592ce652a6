import fc from 'fast-check';
import {
  normaliseTokenCode,
  TOKEN_RANDOM_BYTES,
  tokenCodeFromBytes,
} from '../../../core/respondents/token-code';

describe('personal token codes', () => {
  it('when made from 8 bytes, then the code is 12 Crockford characters in three groups', () => {
    expect(tokenCodeFromBytes(new Uint8Array(8))).toBe('0000-0000-0000');
    // 0xff… = 2^64 − 1; its low 60 bits are all ones: 12 × 'Z' (31).
    expect(tokenCodeFromBytes(new Uint8Array(8).fill(255))).toBe('ZZZZ-ZZZZ-ZZZZ');
    // 1 → last character '1'; 32 → '10'.
    expect(tokenCodeFromBytes(Uint8Array.from([0, 0, 0, 0, 0, 0, 0, 1]))).toBe('0000-0000-0001');
    expect(tokenCodeFromBytes(Uint8Array.from([0, 0, 0, 0, 0, 0, 0, 32]))).toBe('0000-0000-0010');
    expect(() => tokenCodeFromBytes(new Uint8Array(7))).toThrow();
  });

  it('when a code is typed carelessly, then it is read as the code it was meant to be', () => {
    expect(normaliseTokenCode('k7m2 qx9p 4htd')).toBe('K7M2-QX9P-4HTD');
    expect(normaliseTokenCode('K7M2QX9P4HTD')).toBe('K7M2-QX9P-4HTD');
    // O is read as zero, I and L as one (Crockford).
    expect(normaliseTokenCode('OOOO-IIII-LLLL')).toBe('0000-1111-1111');
  });

  it('when something cannot be a code, then it is refused', () => {
    expect(normaliseTokenCode('K7M2-QX9P-4HT')).toBeNull();
    expect(normaliseTokenCode('K7M2-QX9P-4HTDX')).toBeNull();
    expect(normaliseTokenCode('K7M2-QX9P-4HTU')).toBeNull(); // U is not in the alphabet
    expect(normaliseTokenCode('')).toBeNull();
    expect(normaliseTokenCode('../../etc/passwd')).toBeNull();
  });

  it('when any 8 bytes are turned into a code, then normalising it gives it back, and distinct bytes give distinct codes within 60 bits', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: TOKEN_RANDOM_BYTES, maxLength: TOKEN_RANDOM_BYTES }),
        (bytes) => {
          const code = tokenCodeFromBytes(bytes);
          expect(normaliseTokenCode(code)).toBe(code);
          expect(normaliseTokenCode(code.toLowerCase().replace(/-/g, ''))).toBe(code);
          // The top 4 bits are dropped: flipping one of them keeps the code, flipping a low bit changes it.
          const top = Uint8Array.from(bytes);
          top[0] = top[0]! ^ 0x80;
          expect(tokenCodeFromBytes(top)).toBe(code);
          const low = Uint8Array.from(bytes);
          low[7] = low[7]! ^ 0x01;
          expect(tokenCodeFromBytes(low)).not.toBe(code);
        },
      ),
      { seed: 7, numRuns: 500 },
    );
  });
});
