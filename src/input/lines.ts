// Splits a byte stream into lines with bounded memory: a line longer than `maxBytes`
// is skipped to its end and reported by number instead of being buffered.

export type Line = { number: number; bytes: Buffer; tooLong?: undefined } | { number: number; bytes?: undefined; tooLong: number };

export async function* splitLines(stream: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let skipping = false;
  let number = 0;
  const take = (): Line => {
    number++;
    const line: Line = skipping ? { number, tooLong: size } : { number, bytes: trimCR(Buffer.concat(parts, size)) };
    parts = [];
    size = 0;
    skipping = false;
    return line;
  };
  for await (const raw of stream) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
    let pos = 0;
    while (pos < chunk.length) {
      const nl = chunk.indexOf(10, pos);
      const end = nl === -1 ? chunk.length : nl;
      if (!skipping) {
        if (size + (end - pos) > maxBytes) {
          skipping = true;
          parts = [];
        } else {
          parts.push(chunk.subarray(pos, end));
        }
      }
      size += end - pos;
      if (nl === -1) break;
      yield take();
      pos = nl + 1;
    }
  }
  if (size > 0) yield take();
}

function trimCR(line: Buffer): Buffer {
  return line.length > 0 && line[line.length - 1] === 13 ? line.subarray(0, line.length - 1) : line;
}
