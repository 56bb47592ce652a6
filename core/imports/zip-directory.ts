/** One part of a ZIP archive as its central directory and local header describe it. */
export interface ZipPart {
  name: string;
  /** 0: stored, 8: deflated. */
  method: number;
  /** Unpacked size as declared; a hostile archive may understate it, so reading checks it. */
  size: number;
  /** Where the packed bytes are. */
  dataStart: number;
  dataEnd: number;
}

const END = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;
const HAS_DESCRIPTOR = 0x0008;

interface Central {
  name: string;
  flags: number;
  method: number;
  packed: number;
  size: number;
  offset: number;
}

const names = new TextDecoder('utf-8');

/**
 * The parts of a ZIP archive (an XLSX is one) from its central directory, without unpacking any.
 * Readers that stream the archive (exceljs does) go by the local headers instead, so the parts
 * must tile the file exactly, each local header agreeing with the directory: no part can hide
 * between two others, and every declared size is the one a streaming reader meets.
 */
export function readZipDirectory(bytes: Uint8Array): { parts: ZipPart[] } | { problem: string } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  if (end < 0) return { problem: 'it has no ZIP directory' };
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryStart = view.getUint32(end + 16, true);
  if (count === 0xffff || directoryStart === 0xffffffff)
    return { problem: 'it is a ZIP64 archive, far larger than an import may be' };
  if (directoryStart + directorySize > end) return { problem: 'its ZIP directory is out of place' };
  const centrals = readCentrals(view, directoryStart, count);
  if ('problem' in centrals) return centrals;
  return tile(view, centrals, directoryStart);
}

/** The end-of-directory record: the last 22 bytes, or earlier by a comment of up to 64 KB. */
function findEnd(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) if (view.getUint32(at, true) === END) return at;
  return -1;
}

function readCentrals(view: DataView, start: number, count: number): Central[] | { problem: string } {
  const centrals: Central[] = [];
  let at = start;
  for (let i = 0; i < count; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL)
      return { problem: `its ZIP directory breaks off at entry ${i + 1}` };
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const central = {
      name: names.decode(new Uint8Array(view.buffer, view.byteOffset + at + 46, nameLength)),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      packed: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true),
    };
    if (central.size === 0xffffffff || central.packed === 0xffffffff)
      return { problem: `${central.name} is a ZIP64 entry, far larger than an import may be` };
    if (central.method !== 0 && central.method !== 8)
      return {
        problem: `${central.name} is packed in a way spreadsheets do not use (method ${central.method})`,
      };
    centrals.push(central);
    at += 46 + skip;
  }
  return centrals;
}

/** Checks that the parts, in file order, follow one another from byte 0 to the directory. */
function tile(view: DataView, centrals: Central[], directoryStart: number) {
  const inOrder = [...centrals].sort((a, b) => a.offset - b.offset);
  if (inOrder[0] && inOrder[0].offset !== 0)
    return { problem: `${inOrder[0].name} is not where the ZIP directory says` };
  const parts: ZipPart[] = [];
  for (const [i, central] of inOrder.entries()) {
    const part = readLocal(view, central);
    if ('problem' in part) return part;
    const next = inOrder[i + 1];
    if (!followedBy(view, central, part.dataEnd, next?.offset ?? directoryStart))
      return next
        ? { problem: `${next.name} is not where the ZIP directory says` }
        : { problem: 'there are bytes between its parts and its directory' };
    parts.push(part);
  }
  const seen = new Set<string>();
  for (const { name } of parts) {
    if (seen.has(name)) return { problem: `${name} is in it twice` };
    seen.add(name);
  }
  return { parts };
}

/**
 * Whether what follows a part's packed bytes up to `next` is nothing, or its data descriptor (crc
 * and sizes after the bytes: 12 bytes, 20 with ZIP64 sizes, each 4 more with a signature).
 */
function followedBy(view: DataView, central: Central, dataEnd: number, next: number): boolean {
  const gap = next - dataEnd;
  if (!(central.flags & HAS_DESCRIPTOR)) return gap === 0;
  const signed = dataEnd + 4 <= view.byteLength && view.getUint32(dataEnd, true) === DESCRIPTOR;
  return signed ? gap === 16 || gap === 24 : gap === 12 || gap === 20;
}

function readLocal(view: DataView, central: Central): ZipPart | { problem: string } {
  const at = central.offset;
  const broken = { problem: `the local header of ${central.name} does not agree with the ZIP directory` };
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL) return broken;
  const nameLength = view.getUint16(at + 26, true);
  const dataStart = at + 30 + nameLength + view.getUint16(at + 28, true);
  const name = names.decode(new Uint8Array(view.buffer, view.byteOffset + at + 30, nameLength));
  const sizesAgree =
    central.flags & HAS_DESCRIPTOR ||
    (view.getUint32(at + 18, true) === central.packed && view.getUint32(at + 22, true) === central.size);
  if (name !== central.name || view.getUint16(at + 8, true) !== central.method || !sizesAgree) return broken;
  const dataEnd = dataStart + central.packed;
  if (dataEnd > view.byteLength) return { problem: `${central.name} runs past the end of the file` };
  return { name, method: central.method, size: central.size, dataStart, dataEnd };
}
