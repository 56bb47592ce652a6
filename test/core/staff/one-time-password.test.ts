import fc from 'fast-check';
import { MIN_PASSWORD_LENGTH } from '../../../core/staff/staff-input';
import { ONE_TIME_PASSWORD_BYTES, oneTimePasswordFromBytes } from '../../../core/staff/one-time-password';

describe('one-time passwords', () => {
  it('when made from 20 bytes, then each byte gives one Crockford letter, in groups of four', () => {
    expect(oneTimePasswordFromBytes(new Uint8Array(20))).toBe('0000-0000-0000-0000-0000');
    // 255 & 31 = 31 → 'Z'; 32 & 31 = 0 → '0'; 42 & 31 = 10 → 'A'.
    expect(oneTimePasswordFromBytes(new Uint8Array(20).fill(255))).toBe('ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ');
    expect(oneTimePasswordFromBytes(new Uint8Array(20).fill(32))).toBe('0000-0000-0000-0000-0000');
    expect(oneTimePasswordFromBytes(new Uint8Array(20).fill(42))).toBe('AAAA-AAAA-AAAA-AAAA-AAAA');
    expect(() => oneTimePasswordFromBytes(new Uint8Array(19))).toThrow();
  });

  it('when any 20 bytes are used, then the password is longer than an administrator must type and has no look-alikes', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: ONE_TIME_PASSWORD_BYTES, maxLength: ONE_TIME_PASSWORD_BYTES }),
        (bytes) => {
          const password = oneTimePasswordFromBytes(bytes);
          expect(password.length).toBeGreaterThanOrEqual(MIN_PASSWORD_LENGTH);
          expect(password).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
        },
      ),
    );
  });
});
