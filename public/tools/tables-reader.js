/*
 * Alliance Atlas: the spreadsheet tables (CSV) to the data file (JSON), without Rust.
 *
 * This is what `atlas import DIR OUT` reads, written again in plain JavaScript (ES2020, no
 * dependency, no build step), so a team can turn its nine tables into a data file in the page
 * or with Node alone. Given the same tables it writes the same bytes as `atlas import`: the
 * same fields in the same order, numbers written the same way, two-space indents, a final
 * newline. The columns, and what a cell may hold, are those of crates/atlas-cli/src/tables/
 * (documented in docs/data-format.md, "Spreadsheet tables"); change both together, the tests
 * in tools/tables-reader.test.mjs compare them on the shipped tables.
 *
 * It reads the tables the way the Rust `csv` crate does (RFC 4180: quoted cells with "" for a
 * quote, commas and line breaks inside quotes, CRLF or LF or CR line ends, a byte-order mark,
 * blank lines skipped) and reports the same problems in the same words, with their place
 * (`regions.csv line 4, column lat: "north" is not a number`), but every problem at once
 * instead of the first. It does not check the data itself (dates, ids that cite nothing, ...):
 * the atlas does that when it loads the file (`atlas validate`, or the page), as `atlas import`
 * does after reading; `origins` in the answer says which table row each item came from, so
 * those problems can be shown by table and line too (see `locate`).
 *
 * Two ways to use it:
 * - In the page: added by a `<script src="tools/tables-reader.js">` element when asked (a
 *   classic script, no eval, so the page's CSP `script-src 'self'` allows it). It sets
 *   `window.allianceAtlasTables` and then dispatches `alliance-atlas-tables-ready` on window.
 * - With Node: `node public/tools/tables-reader.js DIR [OUT] [--overlay]` writes the JSON to
 *   OUT (only when there is no problem) or to standard output; problems go to standard error,
 *   one a line, and the exit code is 1. `require()` (or `import` from an .mjs file) gives the
 *   same object as `window.allianceAtlasTables`.
 *
 * The interface (`version` 1):
 * - `tableNames`: the nine file names, in the order they are read.
 * - `readTables(files, options)`: `files` maps a table's file name (`"regions.csv"`; a folder
 *   before it is ignored) to its text (a string, or UTF-8 bytes as a Uint8Array/ArrayBuffer).
 *   Returns `{ ok: true, json, origins }` (`json`: the file's text; `origins`: pairs of a JSON
 *   path and the row it came from, `["regions[2]", "regions.csv line 4"]`) or
 *   `{ ok: false, problems }` (every problem, one sentence each).
 *   - By default it builds a whole data file, like `atlas import`: all nine tables are needed.
 *   - With `{ overlay: true }` it builds an overlay file instead, from any of the tables
 *     sources, regions, networks, memberships, presidencies, agreements and conflicts:
 *     `{"overlay": {"adds_to": "alliance-atlas"}, "sources": [...], "regions": [...],
 *     "networks": [...], "agreements": [...], "memberships": [...]}`, each section only when
 *     it has items. A membership of a network in the given networks.csv goes into that
 *     network, as in a data file; any other membership (of a network of the atlas) goes into
 *     `memberships` with its `network`. Presidencies and conflicts belong to the overlay's own
 *     networks and items. dataset.csv and sectors.csv are a data file's, not an overlay's.
 * - `locate(origins, path)`: the row a JSON path (`networks[1].members[2].left`) points into,
 *   by its longest matching prefix (`memberships.csv line 7`), or null.
 */
(function () {
  "use strict";

  /** The interface's version: raised when `readTables` or its answer changes incompatibly. */
  const VERSION = 1;

  /** The tables, in the order `atlas import` reads them. */
  const TABLES = [
    "dataset",
    "sources",
    "sectors",
    "regions",
    "networks",
    "memberships",
    "presidencies",
    "agreements",
    "conflicts",
  ];

  /** The tables an overlay may hold. */
  const OVERLAY_TABLES = [
    "sources",
    "regions",
    "networks",
    "memberships",
    "presidencies",
    "agreements",
    "conflicts",
  ];

  // How a column holds a field (crates/atlas-cli/src/tables/table.rs, `Access`):
  // text (trimmed), optional (empty is none), list (`; ` between items), flag (yes/no),
  // float, level (a whole number 0-255), names (one column per language, `name_it`), texts
  // (like names, and a bare column is English).
  const TEXT = "text";
  const OPTIONAL = "optional";
  const LIST = "list";
  const FLAG = "flag";
  const FLOAT = "float";
  const LEVEL = "level";
  const NAMES = "names";
  const TEXTS = "texts";

  const column = (name, kind) => ({ name, kind });

  /** Each table's columns, as crates/atlas-cli/src/tables/*.rs declares them. */
  const COLUMNS = {
    dataset: [column("field", TEXT), column("value", TEXT)],
    sources: [
      column("id", TEXT),
      column("url", TEXT),
      column("title", TEXT),
      column("publisher", TEXT),
      column("published", OPTIONAL),
      column("checked", TEXT),
    ],
    sectors: [column("id", TEXT), column("color", TEXT), column("label", NAMES)],
    regions: [
      column("id", TEXT),
      column("name", NAMES),
      column("languages", LIST),
      column("country", TEXT),
      column("nuts_level", LEVEL),
      column("nuts_version", OPTIONAL),
      column("eu", FLAG),
      column("lat", FLOAT),
      column("lon", FLOAT),
      column("coordinate_sources", LIST),
      column("coordinate_estimated", FLAG),
      column("outside_europe", FLAG),
    ],
    networks: [
      column("id", TEXT),
      column("acronym", TEXT),
      column("name", NAMES),
      column("kind", OPTIONAL),
      column("founded", TEXT),
      column("ended", OPTIONAL),
      column("sectors", LIST),
      column("website", TEXT),
      column("sources", LIST),
      column("known_gaps", TEXTS),
      column("notes", TEXTS),
    ],
    memberships: [
      column("network", TEXT),
      column("region", TEXT),
      column("joined", TEXT),
      column("left", OPTIONAL),
      column("role", OPTIONAL),
      column("founding", FLAG),
      column("sources", LIST),
      column("estimated", FLAG),
      column("note", TEXTS),
    ],
    presidencies: [
      column("network", TEXT),
      column("region", TEXT),
      column("from", TEXT),
      column("to", OPTIONAL),
      column("role", OPTIONAL),
      column("sources", LIST),
      column("estimated", FLAG),
      column("note", TEXTS),
    ],
    agreements: [
      column("id", TEXT),
      column("kind", TEXT),
      column("name", NAMES),
      column("summary", NAMES),
      column("parties", LIST),
      column("signed", TEXT),
      column("ends", OPTIONAL),
      column("sectors", LIST),
      column("sources", LIST),
      column("estimated", FLAG),
      column("note", TEXTS),
    ],
    conflicts: [
      column("item_kind", TEXT),
      column("item", TEXT),
      column("about", TEXT),
      column("claim", TEXT),
      column("sources", LIST),
      column("resolution", TEXT),
    ],
  };

  /** The top-level fields dataset.csv holds, in the data file's order. */
  const DATASET_FIELDS = ["format_version", "title", "nuts_version", "updated", "notes"];
  /** The data format version an overlay is written in: atlas-core's FORMAT_VERSION
   * (crates/atlas-core/src/validate/mod.rs; tools/tables-reader.test.mjs checks they agree). */
  const OVERLAY_FORMAT_VERSION = "1.2";

  const byLanguage = (c) => c.kind === NAMES || c.kind === TEXTS;

  // ---------------------------------------------------------------------------------------
  // Text as Rust sees it.

  /** Rust's `str::trim`: Unicode White_Space at both ends (not U+FEFF, unlike JS's trim). */
  const RUST_SPACE = "[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]";
  const EDGE_SPACE = new RegExp(`^${RUST_SPACE}+|${RUST_SPACE}+$`, "g");
  const trim = (text) => text.replace(EDGE_SPACE, "");

  /** Rust's `to_ascii_lowercase`: only A-Z change. */
  const asciiLower = (text) => text.replace(/[A-Z]/g, (c) => c.toLowerCase());

  /** Rust's `str::cmp` (UTF-8 byte order, which is code point order), for BTreeMap keys. */
  function byCodePoint(a, b) {
    const x = Array.from(a);
    const y = Array.from(b);
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      const d = x[i].codePointAt(0) - y[i].codePointAt(0);
      if (d !== 0) return d;
    }
    return x.length - y.length;
  }

  /** Rust's `f64::from_str`: a decimal number, or inf/infinity/nan, with an optional sign. */
  function parseFloat64(cell) {
    const m = /^([+-]?)(inf|infinity|nan|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)$/i.exec(cell);
    if (!m) return undefined;
    const body = m[2].toLowerCase();
    if (body === "nan") return NaN;
    if (body === "inf" || body === "infinity") return m[1] === "-" ? -Infinity : Infinity;
    return Number(cell);
  }

  /** Rust's `u8::from_str`: ASCII digits with an optional `+`, 0 to 255. */
  function parseLevel(cell) {
    if (!/^\+?[0-9]+$/.test(cell)) return undefined;
    const digits = cell.replace(/^\+?0*/, "");
    if (digits.length > 3) return undefined;
    const value = Number(digits || "0");
    return value <= 255 ? value : undefined;
  }

  // ---------------------------------------------------------------------------------------
  // CSV, as the `csv` crate (1.x, csv-core) reads it with the atlas's settings: comma, double
  // quote, "" inside quotes, any of CR, LF and CRLF ends a record, no comments, a UTF-8
  // byte-order mark stripped, records of unequal length refused.

  /** The UTF-8 length of the code unit at `i` of `text` (a surrogate pair counts 4, once). */
  function utf8Length(text, i) {
    const c = text.charCodeAt(i);
    if (c < 0x80) return 1;
    if (c < 0x800) return 2;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      return next >= 0xdc00 && next <= 0xdfff ? 4 : 3;
    }
    if (c >= 0xdc00 && c <= 0xdfff) {
      const previous = text.charCodeAt(i - 1);
      return previous >= 0xd800 && previous <= 0xdbff ? 0 : 3;
    }
    return 3;
  }

  /**
   * The records of a CSV text: `{ fields, record, line, byte }` each, where record, line and
   * byte are the `csv` crate's position of the record (what its messages and `atlas import`
   * report): the place where reading the record began, i.e. just after the previous record.
   * That is the record's own line except after blank lines or a CRLF, where the crate counts
   * the line ends not yet read (so a CRLF file's rows are reported one line early, as
   * `atlas import` reports them).
   */
  function parseCsv(text) {
    const START_RECORD = 0;
    const START_FIELD = 1;
    const IN_FIELD = 2;
    const IN_QUOTED = 3;
    const AFTER_QUOTE = 4; // a quote inside quotes: "" is a quote, anything else ends them
    const END_RECORD = 5;
    const AFTER_CR = 6;

    const records = [];
    let state = START_RECORD;
    let line = 1;
    let byte = 0;
    let i = 0;
    if (text.charCodeAt(0) === 0xfeff) {
      i = 1;
      byte = 3;
    }
    let start = { record: 0, line: 1, byte: 0 };
    let fields = [];
    let field = "";
    let inRecord = false;

    const endField = () => {
      fields.push(field);
      field = "";
    };
    const endRecord = () => {
      records.push({ fields, record: start.record, line: start.line, byte: start.byte });
      start = { record: start.record + 1, line, byte };
      fields = [];
      inRecord = false;
    };

    for (; i < text.length; i++) {
      const c = text[i];
      if (c === "\n") line += 1;
      byte += utf8Length(text, i);
      if (state === END_RECORD) state = START_RECORD;
      if (state === AFTER_CR) {
        state = START_RECORD;
        if (c === "\n") continue;
      }
      if (state === START_RECORD) {
        if (c === "\r" || c === "\n") continue;
        state = START_FIELD;
        inRecord = true;
      }
      switch (state) {
        case START_FIELD:
          if (c === '"') state = IN_QUOTED;
          else if (c === ",") endField();
          else if (c === "\r" || c === "\n") {
            endField();
            state = c === "\r" ? AFTER_CR : END_RECORD;
            endRecord();
          } else {
            field += c;
            state = IN_FIELD;
          }
          break;
        case IN_FIELD:
          if (c === ",") {
            endField();
            state = START_FIELD;
          } else if (c === "\r" || c === "\n") {
            endField();
            state = c === "\r" ? AFTER_CR : END_RECORD;
            endRecord();
          } else field += c;
          break;
        case IN_QUOTED:
          if (c === '"') state = AFTER_QUOTE;
          else field += c;
          break;
        case AFTER_QUOTE:
          if (c === '"') {
            field += c;
            state = IN_QUOTED;
          } else if (c === ",") {
            endField();
            state = START_FIELD;
          } else if (c === "\r" || c === "\n") {
            endField();
            state = c === "\r" ? AFTER_CR : END_RECORD;
            endRecord();
          } else {
            field += c;
            state = IN_FIELD;
          }
          break;
      }
    }
    // The end of the text ends a record that has begun (even inside unclosed quotes).
    if (inRecord) {
      endField();
      endRecord();
    }
    return records;
  }

  /** The `csv` crate's message for a record of the wrong length. */
  function unequalLengths(position, len, expected) {
    return (
      `CSV error: record ${position.record} (line: ${position.line}, byte: ${position.byte}): ` +
      `found record with ${len} fields, but the previous record has ${expected} fields`
    );
  }

  // ---------------------------------------------------------------------------------------
  // One table: its header checked, its rows read into items by its columns.

  /** A problem with one cell: `memberships.csv line 4, column network: ...`. */
  const cellProblem = (table, line, column, what) => `${table}.csv line ${line}, column ${column}: ${what}`;

  /** `name_it` in the group `name` is `it` (any text after the `_`, even none). */
  function languageOf(header, group) {
    return header.startsWith(`${group}_`) ? header.slice(group.length + 1) : undefined;
  }

  /** The header's problems: every required column missing, then every unknown column. */
  function headerProblems(table, header) {
    const columns = COLUMNS[table];
    const fixed = columns.filter((c) => !byLanguage(c)).map((c) => c.name);
    const problems = [];
    for (const c of columns) {
      if (!byLanguage(c) && c.kind !== OPTIONAL && !header.includes(c.name)) {
        problems.push(`${table}.csv: the column "${c.name}" is missing`);
      }
    }
    for (const h of header) {
      const known =
        fixed.includes(h) ||
        columns.some(
          (c) =>
            (c.kind === NAMES && languageOf(h, c.name) !== undefined) ||
            (c.kind === TEXTS && (h === c.name || languageOf(h, c.name) !== undefined)),
        );
      if (!known) {
        problems.push(`${table}.csv: unknown column "${h}"; the columns are ${fixed.join(", ")}`);
      }
    }
    return problems;
  }

  /**
   * The item of one row: a plain object by column name (names and texts as sorted arrays of
   * [language, text]). Bad cells add a problem each and leave the field's default.
   */
  function readItem(table, header, fields, line, problems) {
    // Like Rust's BTreeMap of header → cell: a repeated column keeps its last cell.
    const cells = new Map();
    header.forEach((h, i) => cells.set(h, fields[i]));
    const sortedCells = [...cells.entries()].sort((a, b) => byCodePoint(a[0], b[0]));
    const get = (name) => trim(cells.get(name) ?? "");
    const languages = (group) => {
      const texts = new Map();
      for (const [h, value] of sortedCells) {
        const lang = languageOf(h, group);
        const text = trim(value);
        if (lang !== undefined && text !== "") texts.set(lang, text);
      }
      return texts;
    };
    const item = {};
    for (const c of COLUMNS[table]) {
      const cell = get(c.name);
      switch (c.kind) {
        case TEXT:
          item[c.name] = cell;
          break;
        case OPTIONAL:
          item[c.name] = cell === "" ? null : cell;
          break;
        case LIST:
          item[c.name] = cell
            .split(";")
            .map(trim)
            .filter((s) => s !== "");
          break;
        case FLAG: {
          const word = asciiLower(cell);
          if (["yes", "y", "true", "1"].includes(word)) item[c.name] = true;
          else if (["no", "n", "false", "0", ""].includes(word)) item[c.name] = false;
          else {
            item[c.name] = false;
            problems.push(cellProblem(table, line, c.name, `"${word}" is not yes or no`));
          }
          break;
        }
        case FLOAT:
        case LEVEL: {
          const value = c.kind === FLOAT ? parseFloat64(cell) : parseLevel(cell);
          if (value === undefined) {
            item[c.name] = 0;
            problems.push(cellProblem(table, line, c.name, `"${cell}" is not a number`));
          } else item[c.name] = value;
          break;
        }
        case NAMES:
          item[c.name] = sortedNames(languages(c.name));
          break;
        case TEXTS: {
          const texts = languages(c.name);
          const bare = get(c.name);
          if (bare !== "" && !texts.has("en")) texts.set("en", bare);
          item[c.name] = sortedNames(texts);
          break;
        }
      }
    }
    return item;
  }

  const sortedNames = (map) => [...map.entries()].sort((a, b) => byCodePoint(a[0], b[0]));

  /**
   * Reads one table's text: `{ rows: [{ line, item }], readable }`. `readable` is false when
   * the header is refused (its rows are then not read: their problems would only repeat it).
   */
  function readTable(table, text, problems) {
    const records = parseCsv(text);
    const header = (records.length ? records[0].fields : []).map((h) => trim(h).replace(/^\uFEFF+/, ""));
    const refused = headerProblems(table, header);
    if (refused.length) {
      problems.push(...refused);
      return { rows: [], readable: false };
    }
    const rows = [];
    for (const record of records.slice(1)) {
      if (record.fields.length !== header.length) {
        problems.push(`${table}.csv: ${unequalLengths(record, record.fields.length, header.length)}`);
        continue;
      }
      if (record.fields.every((cell) => trim(cell) === "")) continue;
      rows.push({ line: record.line, item: readItem(table, header, record.fields, record.line, problems) });
    }
    return { rows, readable: true };
  }

  // ---------------------------------------------------------------------------------------
  // The data file's items, in the field order of crates/atlas-core/src/raw.rs (serde writes
  // the fields in that order and leaves out the empty ones marked skip_serializing_if).

  /** A JSON object with its keys in this order; entries that are `false` are left out. */
  const object = (...entries) => new Map(entries.filter(Boolean));

  /** A number serde_json writes as an f64 (`-72.0`, not `-72`). */
  class Float64 {
    constructor(value) {
      this.value = value;
    }
  }

  /** A note (`RawText`): a plain string when it is English only, else by language. */
  const textValue = (pairs) => (pairs.length === 1 && pairs[0][0] === "en" ? pairs[0][1] : new Map(pairs));

  const conflictJson = (c) =>
    object(
      ["about", c.about],
      ["claims", c.claims.map((claim) => object(["says", claim.says], ["sources", claim.sources]))],
      c.resolution !== "" && ["resolution", c.resolution],
    );

  const sourceJson = (s) =>
    object(
      ["id", s.id],
      ["url", s.url],
      ["title", s.title],
      s.publisher !== "" && ["publisher", s.publisher],
      s.published !== null && ["published", s.published],
      ["checked", s.checked],
    );

  const sectorJson = (s) => object(["id", s.id], ["labels", new Map(s.label)], ["color", s.color]);

  const regionJson = (r) =>
    object(
      ["id", r.id],
      ["names", new Map(r.name)],
      ["languages", r.languages],
      ["country", r.country],
      ["nuts_level", r.nuts_level],
      r.nuts_version !== null && ["nuts_version", r.nuts_version],
      ["eu", r.eu],
      ["lat", new Float64(r.lat)],
      ["lon", new Float64(r.lon)],
      ["coordinate_sources", r.coordinate_sources],
      ["coordinate_estimated", r.coordinate_estimated],
      ["outside_europe", r.outside_europe],
      r.conflicts.length > 0 && ["conflicts", r.conflicts.map(conflictJson)],
    );

  /** A membership's fields; `network` first for the overlay's `memberships` section. */
  const membershipJson = (m, network) =>
    object(
      network !== undefined && ["network", network],
      ["region", m.region],
      ["joined", m.joined],
      m.left !== null && ["left", m.left],
      m.role !== null && ["role", m.role],
      m.founding && ["founding", true],
      m.sources.length > 0 && ["sources", m.sources],
      m.estimated && ["estimated", true],
      m.conflicts.length > 0 && ["conflicts", m.conflicts.map(conflictJson)],
      m.note.length > 0 && ["note", textValue(m.note)],
    );

  const presidencyJson = (p) =>
    object(
      ["region", p.region],
      ["from", p.from],
      p.to !== null && ["to", p.to],
      p.role !== null && ["role", p.role],
      p.sources.length > 0 && ["sources", p.sources],
      p.estimated && ["estimated", true],
      p.note.length > 0 && ["note", textValue(p.note)],
    );

  const networkJson = (n) =>
    object(
      ["id", n.id],
      ["names", new Map(n.name)],
      n.acronym !== "" && ["acronym", n.acronym],
      n.kind !== null && ["kind", n.kind],
      ["founded", n.founded],
      n.ended !== null && ["ended", n.ended],
      ["sectors", n.sectors],
      n.website !== "" && ["website", n.website],
      ["sources", n.sources],
      ["members", n.members.map((m) => membershipJson(m))],
      n.presidencies.length > 0 && ["presidencies", n.presidencies.map(presidencyJson)],
      n.conflicts.length > 0 && ["conflicts", n.conflicts.map(conflictJson)],
      n.known_gaps.length > 0 && ["known_gaps", textValue(n.known_gaps)],
      n.notes.length > 0 && ["notes", textValue(n.notes)],
    );

  const agreementJson = (a) =>
    object(
      ["id", a.id],
      ["names", new Map(a.name)],
      ["kind", a.kind],
      ["parties", a.parties],
      ["signed", a.signed],
      a.ends !== null && ["ends", a.ends],
      ["sectors", a.sectors],
      ["sources", a.sources],
      a.estimated && ["estimated", true],
      a.summary.length > 0 && ["summary", new Map(a.summary)],
      a.conflicts.length > 0 && ["conflicts", a.conflicts.map(conflictJson)],
      a.note.length > 0 && ["note", textValue(a.note)],
    );

  // ---------------------------------------------------------------------------------------
  // JSON text exactly as serde_json's `to_string_pretty` writes it.

  /** An f64 as serde_json writes it (zmij): shortest digits, `.0` on whole numbers, an
   * exponent (`1e+16`, `1e-6`) outside 1e-5..1e16; NaN and infinities as null. */
  function float64Text(x) {
    if (!Number.isFinite(x)) return "null";
    if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
    const sign = x < 0 ? "-" : "";
    const [mantissa, exponent] = Math.abs(x).toExponential().split("e");
    const digits = mantissa.replace(".", "");
    const exp = Number(exponent);
    if (exp >= -5 && exp <= 15) {
      if (digits.length - 1 <= exp) return `${sign}${digits}${"0".repeat(exp + 1 - digits.length)}.0`;
      if (exp >= 0) return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
      return `${sign}0.${"0".repeat(-exp - 1)}${digits}`;
    }
    const fraction = digits.length > 1 ? `.${digits.slice(1)}` : "";
    return `${sign}${digits[0]}${fraction}e${exp < 0 ? "-" : "+"}${Math.abs(exp)}`;
  }

  function jsonText(value, indent = "") {
    if (value instanceof Float64) return float64Text(value.value);
    if (typeof value === "string" || typeof value === "boolean") return JSON.stringify(value);
    if (typeof value === "number") return String(value);
    if (value === null) return "null";
    const inner = `${indent}  `;
    if (Array.isArray(value)) {
      if (value.length === 0) return "[]";
      return `[\n${value.map((v) => inner + jsonText(v, inner)).join(",\n")}\n${indent}]`;
    }
    const entries = [...value.entries()];
    if (entries.length === 0) return "{}";
    const lines = entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${jsonText(v, inner)}`);
    return `{\n${lines.join(",\n")}\n${indent}}`;
  }

  // ---------------------------------------------------------------------------------------
  // The tables together.

  /** `regions.csv` (or `some/folder/regions.csv`) → `regions`, or undefined. */
  const tableOf = (fileName) => {
    const base = String(fileName).split(/[\\/]/).pop();
    return base.endsWith(".csv") ? base.slice(0, -4) : undefined;
  };

  /** The text of a file given as a string or as UTF-8 bytes; a problem when it is neither. */
  function textOf(name, content, problems) {
    if (typeof content === "string") return content;
    const bytes =
      content instanceof ArrayBuffer
        ? new Uint8Array(content)
        : ArrayBuffer.isView(content)
          ? new Uint8Array(content.buffer, content.byteOffset, content.byteLength)
          : undefined;
    if (!bytes) {
      problems.push(`${name}: not text (give its text, or its bytes as a Uint8Array)`);
      return undefined;
    }
    try {
      // The byte-order mark is kept, so positions count its 3 bytes as the csv crate does.
      return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      problems.push(`${name}: not UTF-8 text; save the table as "CSV UTF-8"`);
      return undefined;
    }
  }

  /**
   * Reads `files` (file name → text) into a data file, or with `options.overlay` into an
   * overlay file. See the comment at the top of this file.
   */
  function readTables(files, options = {}) {
    const overlay = Boolean(options && options.overlay);
    const problems = [];
    const given = new Set();
    const texts = new Map();
    if (files === null || typeof files !== "object") {
      return { ok: false, problems: ["no tables: give an object of file name → text"] };
    }
    const allowed = overlay ? OVERLAY_TABLES : TABLES;
    for (const [name, content] of Object.entries(files)) {
      const table = tableOf(name);
      if (!TABLES.includes(table)) {
        problems.push(`${name}: not one of the tables (${TABLES.map((t) => `${t}.csv`).join(", ")})`);
      } else if (!allowed.includes(table)) {
        problems.push(
          `${table}.csv: belongs to a whole data file; an overlay holds only ` +
            `${OVERLAY_TABLES.map((t) => `${t}.csv`).join(", ")}`,
        );
      } else if (given.has(table)) {
        problems.push(`${table}.csv: given twice`);
      } else {
        given.add(table);
        const text = textOf(`${table}.csv`, content, problems);
        if (text !== undefined) texts.set(table, text);
      }
    }
    if (!overlay) {
      for (const table of TABLES) {
        if (!given.has(table)) {
          problems.push(
            `${table}.csv: missing; a data file is built from all nine tables ` +
              "(read fewer as an overlay)",
          );
        }
      }
    } else if (texts.size === 0 && problems.length === 0) {
      problems.push(`no tables: an overlay is built from some of ${OVERLAY_TABLES.map((t) => `${t}.csv`).join(", ")}`);
    }

    const origins = [];
    const note = (path, table, line) => origins.push([path, `${table}.csv line ${line}`]);
    // Tables not given, or whose header is refused, are left out of the lookups below, so a
    // broken networks.csv does not make every membership a second problem.
    const readable = new Set();
    const read = (table) => {
      if (!texts.has(table)) return [];
      const { rows, readable: ok } = readTable(table, texts.get(table), problems);
      if (ok) readable.add(table);
      return rows;
    };
    const list = (table, key, toItem) =>
      read(table).map(({ line, item }, i) => {
        note(`${key}[${i}]`, table, line);
        return toItem(item);
      });

    const dataset = new Map(DATASET_FIELDS.map((f) => [f, ""]));
    for (const { line, item } of read("dataset")) {
      if (!dataset.has(item.field)) {
        problems.push(cellProblem("dataset", line, "field", `unknown field "${item.field}"`));
      } else dataset.set(item.field, item.value);
    }
    const sources = list("sources", "sources", (s) => s);
    const sectors = list("sectors", "sectors", (s) => s);
    const regions = list("regions", "regions", (r) => ({ ...r, conflicts: [] }));
    const networks = list("networks", "networks", (n) => ({ ...n, members: [], presidencies: [], conflicts: [] }));
    // Like Rust's BTreeMap of id → index: a repeated id means its last network.
    const networkIndex = new Map(networks.map((n, i) => [n.id, i]));
    const looseMemberships = []; // an overlay's memberships of the atlas's networks

    const inNetworks = (table, listName, toItem) => {
      for (const { line, item } of read(table)) {
        const n = networkIndex.get(item.network);
        const own = toItem(item);
        if (n !== undefined) {
          const items = networks[n][listName];
          note(`networks[${n}].${listName}[${items.length}]`, table, line);
          items.push(own);
        } else if (overlay && table === "memberships") {
          note(`memberships[${looseMemberships.length}]`, table, line);
          looseMemberships.push({ network: item.network, membership: own });
        } else if (readable.has("networks") || overlay) {
          const hint = overlay ? ` (an overlay's ${table} belong to its own networks)` : "";
          problems.push(cellProblem(table, line, "network", `no network "${item.network}" in networks.csv${hint}`));
        }
      }
    };
    inNetworks("memberships", "members", (m) => ({ ...m, conflicts: [] }));
    inNetworks("presidencies", "presidencies", (p) => p);
    const agreements = list("agreements", "agreements", (a) => ({ ...a, conflicts: [] }));
    readConflicts(read("conflicts"), { regions, networks, agreements, looseMemberships }, note, problems, {
      overlay,
      readable,
    });

    if (problems.length) return { ok: false, problems };
    const sections = overlay
      ? [
          ["format_version", OVERLAY_FORMAT_VERSION],
          ["overlay", object(["adds_to", "alliance-atlas"])],
          sources.length > 0 && ["sources", sources.map(sourceJson)],
          regions.length > 0 && ["regions", regions.map(regionJson)],
          networks.length > 0 && ["networks", networks.map(networkJson)],
          agreements.length > 0 && ["agreements", agreements.map(agreementJson)],
          looseMemberships.length > 0 && [
            "memberships",
            looseMemberships.map(({ network, membership }) => membershipJson(membership, network)),
          ],
        ]
      : [
          ["format_version", dataset.get("format_version")],
          ["title", dataset.get("title")],
          ["nuts_version", dataset.get("nuts_version")],
          ["updated", dataset.get("updated")],
          dataset.get("notes") !== "" && ["notes", dataset.get("notes")],
          ["sources", sources.map(sourceJson)],
          ["sectors", sectors.map(sectorJson)],
          ["regions", regions.map(regionJson)],
          ["networks", networks.map(networkJson)],
          ["agreements", agreements.map(agreementJson)],
        ];
    return { ok: true, json: `${jsonText(object(...sections))}\n`, origins };
  }

  /** How conflicts.csv names a membership: `network/REGION/joined`. */
  const membershipKey = (network, m) => `${network}/${m.region}/${m.joined}`;

  /**
   * Puts each claim of conflicts.csv into the item it is about; consecutive rows about the same
   * thing (the item's last conflict has the same `about`) are the claims of one conflict.
   */
  function readConflicts(rows, items, note, problems, { overlay, readable }) {
    const { regions, networks, agreements, looseMemberships } = items;
    const byId = (list, listName, id) => {
      const i = list.findIndex((x) => x.id === id);
      return i < 0 ? undefined : { target: list[i].conflicts, path: `${listName}[${i}].conflicts` };
    };
    const membership = (key) => {
      for (let i = 0; i < networks.length; i++) {
        const j = networks[i].members.findIndex((m) => membershipKey(networks[i].id, m) === key);
        if (j >= 0) return { target: networks[i].members[j].conflicts, path: `networks[${i}].members[${j}].conflicts` };
      }
      const k = looseMemberships.findIndex(({ network, membership: m }) => membershipKey(network, m) === key);
      if (k >= 0) return { target: looseMemberships[k].membership.conflicts, path: `memberships[${k}].conflicts` };
      return undefined;
    };
    const finders = {
      region: { tables: ["regions"], find: (id) => byId(regions, "regions", id) },
      network: { tables: ["networks"], find: (id) => byId(networks, "networks", id) },
      agreement: { tables: ["agreements"], find: (id) => byId(agreements, "agreements", id) },
      membership: { tables: ["networks", "memberships"], find: membership },
    };
    for (const { line, item: row } of rows) {
      const kind = row.item_kind;
      const finder = Object.prototype.hasOwnProperty.call(finders, kind) ? finders[kind] : undefined;
      if (!finder) {
        problems.push(
          cellProblem("conflicts", line, "item_kind", `"${kind}" is not region, network, membership or agreement`),
        );
        continue;
      }
      const found = finder.find(row.item);
      if (!found) {
        // Not a second problem when the table it would be in could not be read.
        if (overlay || finder.tables.every((t) => readable.has(t))) {
          const hint = overlay ? " (an overlay's conflicts are about its own items)" : "";
          problems.push(cellProblem("conflicts", line, "item", `no ${kind} "${row.item}"${hint}`));
        }
        continue;
      }
      const claim = { says: row.claim, sources: row.sources };
      const last = found.target[found.target.length - 1];
      if (last && last.about === row.about) last.claims.push(claim);
      else {
        note(`${found.path}[${found.target.length}]`, "conflicts", line);
        found.target.push({ about: row.about, claims: [claim], resolution: row.resolution });
      }
    }
  }

  /** The row a JSON path points into, by the longest matching prefix in `origins`, or null. */
  function locate(origins, path) {
    let best = null;
    for (const [prefix, place] of origins) {
      const matches = path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
      if (matches && (best === null || prefix.length >= best[0].length)) best = [prefix, place];
    }
    return best && best[1];
  }

  // ---------------------------------------------------------------------------------------
  // Node: `node public/tools/tables-reader.js DIR [OUT] [--overlay]`.

  function runCli(args) {
    const fs = require("fs");
    const path = require("path");
    const overlay = args.includes("--overlay");
    const positional = args.filter((a) => a !== "--overlay");
    if (positional.length < 1 || positional.length > 2 || positional.some((a) => a.startsWith("-"))) {
      process.stderr.write(
        "usage: node tables-reader.js DIR [OUT] [--overlay]\n" +
          "  builds the data file (or with --overlay an overlay file) from the CSV tables in DIR,\n" +
          "  as `atlas import DIR OUT` does, into OUT or onto standard output\n",
      );
      return 2;
    }
    const [dir, out] = positional;
    if (!fs.existsSync(dir)) {
      process.stderr.write(`${dir}: no such folder\n`);
      return 1;
    }
    const files = {};
    for (const table of TABLES) {
      const file = path.join(dir, `${table}.csv`);
      if (fs.existsSync(file)) files[`${table}.csv`] = new Uint8Array(fs.readFileSync(file));
    }
    const result = readTables(files, { overlay });
    if (!result.ok) {
      const nothing = out ? `${out} was not written` : "nothing was written";
      process.stderr.write(`${result.problems.join("\n")}\n${dir}: ${result.problems.length} problem(s); ${nothing}\n`);
      return 1;
    }
    if (out) {
      fs.writeFileSync(out, result.json);
      process.stderr.write(`${out}: written from ${dir}\n`);
    } else process.stdout.write(result.json);
    return 0;
  }

  const api = Object.freeze({
    version: VERSION,
    tableNames: Object.freeze(TABLES.map((t) => `${t}.csv`)),
    readTables,
    locate,
  });

  if (typeof module === "object" && module && module.exports) {
    module.exports = api;
    if (typeof require === "function" && require.main === module) {
      process.exitCode = runCli(process.argv.slice(2));
    }
  }
  if (typeof window === "object" && window) {
    window.allianceAtlasTables = api;
    window.dispatchEvent(new Event("alliance-atlas-tables-ready"));
  }
})();
