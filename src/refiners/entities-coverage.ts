/** Which characters of an article some entity mention already covers: O(length) checks, no scans of all drafts. */
export class Coverage {
  private readonly marks: Uint8Array;

  constructor(length: number) {
    this.marks = new Uint8Array(length);
  }

  mark(start: number, end: number): void {
    this.marks.fill(1, start, end);
  }

  any(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.marks[i]) return true;
    return false;
  }
}
