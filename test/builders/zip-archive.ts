import { crc32, deflateRawSync } from 'node:zlib';

/** One file of an archive: its bytes, or (for a bomb) its deflated bytes and what to declare. */
export type ZipEntry =
  | { name: string; data: Buffer | string }
  | { name: string; deflated: Buffer; declaredSize: number; crc: number };

const u16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
};
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};

function packed(entry: ZipEntry) {
  if ('deflated' in entry) return { deflated: entry.deflated, size: entry.declaredSize, crc: entry.crc };
  const data = Buffer.from(entry.data);
  return { deflated: deflateRawSync(data), size: data.length, crc: crc32(data) };
}

/**
 * A ZIP archive as an XLSX is one (deflated entries, a central directory), written by hand so a test
 * can say anything it likes about an entry's size: the truth, or (a hostile file) a lie. Entries
 * named in `unlisted` are left out of the central directory, where a streaming reader still meets
 * them. With `descriptors`, as streaming writers do, the local headers leave crc and sizes at 0 and
 * a signed data descriptor follows each entry's bytes.
 */
export function zipArchive(
  entries: ZipEntry[],
  { unlisted = [] as string[], descriptors = false } = {},
): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const { deflated, size, crc } = packed(entry);
    const name = Buffer.from(entry.name, 'utf8');
    // flags (bit 11: UTF-8 names, bit 3: a data descriptor), method 8 (deflate), time, date, crc, sizes
    const flags = u16(descriptors ? 0x0808 : 0x0800);
    const sizes = [u32(crc), u32(deflated.length), u32(size)];
    const common = [flags, u16(8), u16(0), u16(0x21), ...sizes];
    const localSizes = descriptors ? [u32(0), u32(0), u32(0)] : sizes;
    const local = Buffer.concat([
      u32(0x04034b50),
      u16(20),
      flags,
      u16(8),
      u16(0),
      u16(0x21),
      ...localSizes,
      u16(name.length),
      u16(0),
      name,
    ]);
    const descriptor = descriptors ? Buffer.concat([u32(0x08074b50), ...sizes]) : Buffer.alloc(0);
    if (!unlisted.includes(entry.name))
      centrals.push(
        Buffer.concat([
          u32(0x02014b50),
          u16(20),
          u16(20),
          ...common,
          u16(name.length),
          u16(0),
          u16(0),
          u16(0),
          u16(0),
          u32(0),
          u32(offset),
          name,
        ]),
      );
    locals.push(local, deflated, descriptor);
    offset += local.length + deflated.length + descriptor.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(centrals.length),
    u16(centrals.length),
    u32(directory.length),
    u32(offset),
    u16(0),
  ]);
  return Buffer.concat([...locals, directory, end]);
}
