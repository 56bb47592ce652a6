import { RateLimiter } from '../../../core/respondents/rate-limit';

describe('rate limits per link or token', () => {
  it('when a class answers at once, then the burst is allowed and the next request is refused until time refills the bucket', () => {
    const limiter = new RateLimiter({ burst: 30, perSecond: 2 });
    for (let i = 0; i < 30; i++) expect(limiter.take('class-6a', 1000)).toBe(true);
    expect(limiter.take('class-6a', 1000)).toBe(false);
    // Half a second gives one more (2 per second).
    expect(limiter.take('class-6a', 1500)).toBe(true);
    expect(limiter.take('class-6a', 1500)).toBe(false);
    // A refused request does not use anything up: after one more second, two pass.
    expect(limiter.take('class-6a', 2500)).toBe(true);
    expect(limiter.take('class-6a', 2500)).toBe(true);
    expect(limiter.take('class-6a', 2500)).toBe(false);
  });

  it('when one link is exhausted, then another link is not affected', () => {
    const limiter = new RateLimiter({ burst: 1, perSecond: 0.1 });
    expect(limiter.take('a', 0)).toBe(true);
    expect(limiter.take('a', 0)).toBe(false);
    expect(limiter.take('b', 0)).toBe(true);
  });

  it('when a long time passes, then the bucket holds no more than the burst', () => {
    const limiter = new RateLimiter({ burst: 3, perSecond: 1 });
    expect(limiter.take('a', 0)).toBe(true);
    const later = 1_000_000;
    expect([1, 2, 3, 4].map(() => limiter.take('a', later))).toEqual([true, true, true, false]);
  });

  it('when more keys are seen than it keeps, then the least recently used is forgotten (it starts full again)', () => {
    const limiter = new RateLimiter({ burst: 1, perSecond: 0 }, 2);
    expect(limiter.take('a', 0)).toBe(true);
    expect(limiter.take('b', 0)).toBe(true);
    expect(limiter.take('a', 0)).toBe(false); // a is now the most recent
    expect(limiter.take('c', 0)).toBe(true); // forgets b
    expect(limiter.take('a', 0)).toBe(false);
    expect(limiter.take('b', 0)).toBe(true);
  });
});
