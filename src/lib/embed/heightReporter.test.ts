import { describe, expect, it } from 'vitest';
import { reportHeight, type HeightMessage } from './heightReporter.ts';

function fakeElement() {
  let height = 0;
  return {
    element: { getBoundingClientRect: () => ({ height }) } as unknown as HTMLElement,
    setHeight: (h: number) => (height = h),
  };
}

describe('reportHeight', () => {
  it('posts the height now and on each change, rounded up, never the same twice', () => {
    const { element, setHeight } = fakeElement();
    const posted: HeightMessage[] = [];
    let onresize = () => {};
    let stopped = false;
    setHeight(500.2);
    const stop = reportHeight(
      element,
      (m) => posted.push(m),
      (_el, callback) => {
        onresize = callback;
        return () => (stopped = true);
      },
    );
    onresize(); // same height: nothing new
    setHeight(742);
    onresize();
    expect(posted).toEqual([
      { type: 'campus-map:height', height: 501 },
      { type: 'campus-map:height', height: 742 },
    ]);
    stop();
    expect(stopped).toBe(true);
  });
});
