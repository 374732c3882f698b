// A zip archive from a list of files, with Node's own zlib: the release (tools/release.mjs)
// needs no `zip` program. Written to the format every unzipper reads (PKWARE APPNOTE 6.3):
// deflate where it saves bytes, else stored; UTF-8 names; Unix permissions 0644; each file's
// modification time both as DOS time (local, 2-second steps) and as the exact UTC seconds
// of the "extended timestamp" field, which Info-ZIP's unzip restores. No zip64: an archive
// over 4 GiB or 65,535 files is refused.
import { crc32, deflateRawSync } from "node:zlib";

const STORED = 0;
const DEFLATED = 8;
const UTF8_NAMES = 1 << 11;
const MADE_BY_UNIX = (3 << 8) | 20; // Unix, spec version 2.0
const REGULAR_FILE_0644 = (0o100644 << 16) >>> 0;
const ZIP32_LIMIT = 0xffffffff;

/** Date and time as MS-DOS writes them: [time, date], local time, seconds halved. */
function dosDateTime(date) {
  const year = Math.min(Math.max(date.getFullYear(), 1980), 2107);
  const time = (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1);
  const day = ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate();
  return [time, day];
}

/** The "UT" extra field with the modification time in UTC seconds. */
function extendedTimestamp(date) {
  const field = Buffer.alloc(9);
  field.writeUInt16LE(0x5455, 0);
  field.writeUInt16LE(5, 2);
  field.writeUInt8(1, 4); // flags: modification time present
  field.writeInt32LE(Math.floor(date.getTime() / 1000), 5);
  return field;
}

/**
 * The archive as one Buffer. `files`: `{ name, data, mtime }` in the order they go in, where
 * `name` is a relative path with forward slashes, `data` a Buffer or string and `mtime` a Date.
 * Files whose names end in `storedSuffixes` (already compressed) are stored as they are.
 */
export function zipArchive(files, { storedSuffixes = [".gz", ".br", ".png", ".zip"] } = {}) {
  if (files.length > 0xffff) throw new Error(`zip: ${files.length} files are more than 65,535 (no zip64)`);
  const seen = new Set();
  const parts = [];
  const central = [];
  let offset = 0;
  for (const file of files) {
    if (!file.name || file.name.startsWith("/") || file.name.includes("\\") || file.name.split("/").includes("..")) {
      throw new Error(`zip: "${file.name}" is not a relative path with forward slashes`);
    }
    if (seen.has(file.name)) throw new Error(`zip: "${file.name}" is in the list twice`);
    seen.add(file.name);
    const data = Buffer.isBuffer(file.data) ? file.data : Buffer.from(file.data);
    const name = Buffer.from(file.name, "utf8");
    const crc = crc32(data) >>> 0;
    let method = STORED;
    let body = data;
    if (!storedSuffixes.some((s) => file.name.endsWith(s))) {
      const deflated = deflateRawSync(data, { level: 9 });
      if (deflated.length < data.length) {
        method = DEFLATED;
        body = deflated;
      }
    }
    const [time, date] = dosDateTime(file.mtime);
    const extra = extendedTimestamp(file.mtime);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(extra.length, 28);

    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(MADE_BY_UNIX, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(UTF8_NAMES, 8);
    entry.writeUInt16LE(method, 10);
    entry.writeUInt16LE(time, 12);
    entry.writeUInt16LE(date, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(body.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt16LE(extra.length, 30);
    // comment length, disk number, internal attributes: 0
    entry.writeUInt32LE(REGULAR_FILE_0644, 38);
    entry.writeUInt32LE(offset, 42);

    parts.push(local, name, extra, body);
    central.push(entry, name, extra);
    offset += local.length + name.length + extra.length + body.length;
    if (offset > ZIP32_LIMIT) throw new Error("zip: the archive would pass 4 GiB (no zip64)");
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}
