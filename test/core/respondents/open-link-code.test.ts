import fc from 'fast-check';
import { OPEN_LINK_CODE_BYTES, openLinkCodeFromBytes } from '../../../core/respondents/open-link-code';

describe('open link codes', () => {
  it('when made from 12 bytes, then each byte gives one lowercase Crockford letter', () => {
    expect(openLinkCodeFromBytes(new Uint8Array(12))).toBe('000000000000');
    // 255 & 31 = 31 → 'z'; 42 & 31 = 10 → 'a'.
    expect(openLinkCodeFromBytes(new Uint8Array(12).fill(255))).toBe('zzzzzzzzzzzz');
    expect(openLinkCodeFromBytes(new Uint8Array(12).fill(42))).toBe('aaaaaaaaaaaa');
    expect(() => openLinkCodeFromBytes(new Uint8Array(11))).toThrow();
  });

  it('when any bytes are used, then the code is safe in a URL and has no i, l, o or u', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: OPEN_LINK_CODE_BYTES, maxLength: OPEN_LINK_CODE_BYTES }),
        (bytes) => {
          expect(openLinkCodeFromBytes(bytes)).toMatch(/^[0-9a-hjkmnp-tv-z]{12}$/);
        },
      ),
    );
  });
});
