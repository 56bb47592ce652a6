import fc from 'fast-check';
import { MinHeap } from '../../../core/anonymity/min-heap';

describe('a min-heap', () => {
  it('when numbers are pushed and popped in any order, then each pop gives the least of those left', () => {
    // A push is a number; a pop is null. A sorted array is the yardstick.
    const anOperation = fc.option(fc.integer({ min: -20, max: 20 }), { nil: null, freq: 3 });
    fc.assert(
      fc.property(fc.array(anOperation, { maxLength: 200 }), (operations) => {
        const heap = new MinHeap<number>((a, b) => a < b);
        const left: number[] = [];
        for (const operation of operations) {
          if (operation !== null) {
            heap.push(operation);
            left.push(operation);
            continue;
          }
          left.sort((a, b) => a - b);
          expect(heap.peek()).toBe(left[0]);
          expect(heap.pop()).toBe(left.shift());
          expect(heap.size).toBe(left.length);
        }
      }),
    );
  });
});
