import { settle } from "../../src/taskpane/settle";

describe("following the selection", () => {
  test("holding an arrow key over 40 rows makes one read, for the row where it stops", () => {
    jest.useFakeTimers();
    const reads: number[] = [];
    const follow = settle((row: number) => reads.push(row), 300);
    for (let row = 1; row <= 40; row++) {
      follow.call(row);
      jest.advanceTimersByTime(30); // key repeat: ~33 per second
    }
    expect(reads).toEqual([]);
    jest.advanceTimersByTime(300);
    expect(reads).toEqual([40]);
    follow.call(41);
    follow.cancel();
    jest.advanceTimersByTime(1000);
    expect(reads).toEqual([40]);
    jest.useRealTimers();
  });
});
