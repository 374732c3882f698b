// `node --test tools/`: public/tools/tables-reader.js, the spreadsheet tables read without
// Rust, gives what `atlas import` gives: the bundled data file from the shipped tables, byte for
// byte, and the same problems in the same words. The expected problem lines below are what
// `atlas import` printed for the same tables (checked once against the Rust tool; its CSV
// positions, such as a CRLF file's rows counted one line early, are the csv crate's).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import tables from "../public/tools/tables-reader.js";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const READER = join(repo, "public/tools/tables-reader.js");
const BUNDLED = readFileSync(join(repo, "public/data/atlas.json"), "utf8");

/** The shipped tables, by file name. */
const shipped = () =>
  Object.fromEntries(tables.tableNames.map((name) => [name, readFileSync(join(repo, "data/tables", name), "utf8")]));

/** The shipped tables with one file changed by `change` (which must change it). */
function changed(name, change) {
  const files = shipped();
  const after = change(files[name]);
  assert.notEqual(after, files[name], `the change to ${name} changes nothing`);
  return { ...files, [name]: after };
}

/** The problems of reading `files`, or a failure when they read. */
function problems(files, options) {
  const result = tables.readTables(files, options);
  assert.equal(result.ok, false, "expected problems");
  return result.problems;
}

/** The data file read from `files`, parsed, or a failure listing the problems. */
function parsed(files, options) {
  const result = tables.readTables(files, options);
  assert.ok(result.ok, result.problems && result.problems.join("\n"));
  return JSON.parse(result.json);
}

/** Nine tables with headers only (and the dataset's fields), with some replaced. */
function minimal(replace = {}) {
  return {
    "dataset.csv": "field,value\nformat_version,1.2\ntitle,T\nnuts_version,2024\nupdated,2026-01-01\n",
    "sources.csv": "id,url,title,publisher,published,checked\n",
    "sectors.csv": "id,color,label_en\n",
    "regions.csv":
      "id,name_en,languages,country,nuts_level,nuts_version,eu,lat,lon,coordinate_sources,coordinate_estimated,outside_europe\n",
    "networks.csv": "id,acronym,name_en,kind,founded,ended,sectors,website,sources,known_gaps_en,notes_en\n",
    "memberships.csv": "network,region,joined,left,role,founding,sources,estimated,note_en\n",
    "presidencies.csv": "network,region,from,to,role,sources,estimated,note_en\n",
    "agreements.csv": "id,kind,name_en,summary_en,parties,signed,ends,sectors,sources,estimated,note_en\n",
    "conflicts.csv": "item_kind,item,about,claim,sources,resolution\n",
    ...replace,
  };
}

const REGIONS_HEADER =
  "id,name_en,languages,country,nuts_level,nuts_version,eu,lat,lon,coordinate_sources,coordinate_estimated,outside_europe";
const region = (id, lat, lon) => `${id},Name ${id},it,IT,2,,yes,${lat},${lon},src,no,no`;

test("the shipped tables read to exactly the bundled data file, as atlas import writes it", () => {
  const result = tables.readTables(shipped());
  assert.ok(result.ok, result.problems && result.problems.join("\n"));
  assert.deepEqual(JSON.parse(result.json), JSON.parse(BUNDLED));
  // Byte for byte: serde_json's indents, field order and numbers (`-72.0`), a final newline.
  assert.ok(result.json === BUNDLED, "the text differs from public/data/atlas.json");
  // Bytes (as the Node command reads them) give the same file.
  const bytes = Object.fromEntries(
    tables.tableNames.map((name) => [name, new Uint8Array(readFileSync(join(repo, "data/tables", name)))]),
  );
  assert.equal(tables.readTables(bytes).json, BUNDLED);
});

test("a changed cell changes the file at that place and nowhere else", () => {
  const bundled = JSON.parse(BUNDLED);
  const [first] = bundled.regions;
  const lat = String(first.lat);
  const files = changed("regions.csv", (t) => t.replace(`,${lat},`, ",46.5,"));
  const read = parsed(files);
  assert.equal(read.regions[0].lat, 46.5);
  read.regions[0].lat = first.lat;
  assert.deepEqual(read, bundled);
  // A note in a second language turns the plain English note into an object by language.
  const withItalian = changed("memberships.csv", (t) =>
    t
      .replace("note_en\n", "note_en,note_it\n")
      .split("\n")
      .map((line, i) => (line === "" || i === 0 ? line : `${line},${i === 1 ? "Fondata come Rhône-Alpes." : ""}`))
      .join("\n"),
  );
  const member = parsed(withItalian).networks[0].members[0];
  assert.deepEqual(member.note, {
    en: bundled.networks[0].members[0].note,
    it: "Fondata come Rhône-Alpes.",
  });
});

test("the Node command writes the bundled file from data/tables, and nothing when there are problems", () => {
  const run = (...args) => spawnSync(process.execPath, [READER, ...args], { cwd: repo, encoding: "utf8" });
  const out = run("data/tables");
  assert.equal(out.status, 0, out.stderr);
  assert.ok(out.stdout === BUNDLED, "standard output differs from public/data/atlas.json");

  const dir = mkdtempSync(join(tmpdir(), "atlas-tables-reader-"));
  try {
    const written = join(dir, "atlas.json");
    assert.equal(run("data/tables", written).status, 0);
    assert.ok(readFileSync(written, "utf8") === BUNDLED);

    const broken = join(dir, "broken");
    mkdirSync(broken);
    for (const [name, text] of Object.entries(changed("regions.csv", (t) => t.replace("45.621", "north")))) {
      writeFileSync(join(broken, name), text);
    }
    const target = join(dir, "not-written.json");
    const failed = run(broken, target);
    assert.equal(failed.status, 1);
    assert.equal(
      failed.stderr,
      `regions.csv line 2, column lat: "north" is not a number\n${broken}: 1 problem(s); ${target} was not written\n`,
    );
    assert.ok(!existsSync(target));
    assert.equal(run().status, 2, "no folder is a usage error");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a cell that is not what its column holds is named by table, line and column, as atlas import does", () => {
  const cases = [
    [changed("regions.csv", (t) => t.replace("45.621", "north")), 'regions.csv line 2, column lat: "north" is not a number'],
    [
      changed("regions.csv", (t) => t.replace(",IT,2,,yes,45.621", ",IT,256,,yes,45.621")),
      'regions.csv line 2, column nuts_level: "256" is not a number',
    ],
    // The word is shown lower-cased, as Rust's to_ascii_lowercase leaves it.
    [
      changed("memberships.csv", (t) => t.replace("four-motors,DE1,1988-09-09,,,yes", "four-motors,DE1,1988-09-09,,,Ja")),
      'memberships.csv line 3, column founding: "ja" is not yes or no',
    ],
    [
      changed("dataset.csv", (t) => t.replace("updated,", "update,")),
      'dataset.csv line 5, column field: unknown field "update"',
    ],
    [
      changed("memberships.csv", (t) => t.replace("four-motors,DE1", "four-motorz,DE1")),
      'memberships.csv line 3, column network: no network "four-motorz" in networks.csv',
    ],
    [
      changed("conflicts.csv", (t) => t.replace("\nnetwork,four-motors", "\nnetwerk,four-motors")),
      'conflicts.csv line 2, column item_kind: "netwerk" is not region, network, membership or agreement',
    ],
    [
      changed("conflicts.csv", (t) => t.replace("\nnetwork,four-motors", "\nnetwork,five-motors")),
      'conflicts.csv line 2, column item: no network "five-motors"',
    ],
  ];
  for (const [files, expected] of cases) assert.deepEqual(problems(files), [expected]);
});

test("a missing or unknown column, a ragged row and a missing table are refused", () => {
  assert.deepEqual(problems(changed("regions.csv", (t) => t.replace(",lat,", ",latitude,"))), [
    'regions.csv: the column "lat" is missing',
    'regions.csv: unknown column "latitude"; the columns are id, languages, country, nuts_level, nuts_version, eu, lat, lon, coordinate_sources, coordinate_estimated, outside_europe',
  ]);
  assert.deepEqual(problems(changed("networks.csv", (t) => t.replace("founded", "founded,fonded"))), [
    'networks.csv: unknown column "fonded"; the columns are id, acronym, kind, founded, ended, sectors, website, sources',
  ]);
  // The csv crate's words and position (bytes in UTF-8, a byte-order mark counted).
  const ragged = (t) => t.replace("four-motors,DE1,1988-09-09,,,yes,", "four-motors,DE1,1988-09-09,,yes,");
  assert.deepEqual(problems(changed("memberships.csv", ragged)), [
    "memberships.csv: CSV error: record 2 (line: 3, byte: 205): found record with 8 fields, but the previous record has 9 fields",
  ]);
  assert.deepEqual(problems(changed("memberships.csv", (t) => ragged(`\ufeff${t.replaceAll("\n", "\r\n")}`))), [
    "memberships.csv: CSV error: record 2 (line: 2, byte: 209): found record with 8 fields, but the previous record has 9 fields",
  ]);
  // A row of spaces is a row of one cell; a row of empty cells is skipped.
  assert.deepEqual(problems(changed("sectors.csv", (t) => t.replace("\n", "\n  \n"))), [
    "sectors.csv: CSV error: record 1 (line: 2, byte: 45): found record with 1 fields, but the previous record has 6 fields",
  ]);
  assert.deepEqual(parsed(changed("sectors.csv", (t) => t.replace("\n", "\n,,,,,\n"))), JSON.parse(BUNDLED));
  assert.deepEqual(problems(changed("sectors.csv", () => "")), [
    'sectors.csv: the column "id" is missing',
    'sectors.csv: the column "color" is missing',
  ]);
  const withoutPresidencies = shipped();
  delete withoutPresidencies["presidencies.csv"];
  assert.deepEqual(problems(withoutPresidencies), [
    "presidencies.csv: missing; a data file is built from all nine tables (read fewer as an overlay)",
  ]);
  assert.deepEqual(problems({ ...shipped(), "notes.txt": "" }), [
    "notes.txt: not one of the tables (dataset.csv, sources.csv, sectors.csv, regions.csv, networks.csv, memberships.csv, presidencies.csv, agreements.csv, conflicts.csv)",
  ]);
  assert.deepEqual(problems({ ...shipped(), "regions.csv": new Uint8Array([0x69, 0x64, 0xff]) }), [
    'regions.csv: not UTF-8 text; save the table as "CSV UTF-8"',
  ]);
});

test("every problem is reported at once, the one atlas import stops at first", () => {
  let files = changed("regions.csv", (t) => t.replace("45.621", "north").replace("45.06", "south"));
  files = { ...files, "memberships.csv": files["memberships.csv"].replace("four-motors,DE1", "four-motorz,DE1") };
  files = { ...files, "dataset.csv": files["dataset.csv"].replace("updated,", "update,") };
  assert.deepEqual(problems(files), [
    'dataset.csv line 5, column field: unknown field "update"',
    'regions.csv line 2, column lat: "north" is not a number',
    'regions.csv line 3, column lat: "south" is not a number',
    'memberships.csv line 3, column network: no network "four-motorz" in networks.csv',
  ]);
  // A refused networks.csv is one problem, not one more for every membership and presidency.
  assert.deepEqual(problems(changed("networks.csv", (t) => t.replace("founded", "fondation"))), [
    'networks.csv: the column "founded" is missing',
    'networks.csv: unknown column "fondation"; the columns are id, acronym, kind, founded, ended, sectors, website, sources',
  ]);
});

test("what the data file's checks find is left to them, as atlas import leaves it to validation", () => {
  // atlas import reads this, then its validation refuses the unknown region (by table and
  // line); the reader reads it, and the atlas checks it when it loads the file.
  const result = tables.readTables(changed("memberships.csv", (t) => t.replace("four-motors,DE1", "four-motors,XX9")));
  assert.ok(result.ok);
  assert.equal(JSON.parse(result.json).networks[0].members[1].region, "XX9");
  assert.equal(tables.locate(result.origins, "networks[0].members[1].region"), "memberships.csv line 3");
  assert.equal(tables.locate(result.origins, "regions[2].lat"), "regions.csv line 4");
  assert.equal(tables.locate(result.origins, "title"), null);
});

test("quoting follows RFC 4180 and the csv crate: commas, quotes and line breaks in quotes", () => {
  const sources = [
    "id,url,title,publisher,published,checked",
    'a,https://a,"Title, with a comma","The ""Quoted"" Press",,2026-01-01',
    'b,https://b,"two\nlines","ab"c,2025,2026-01-02', // text after a closing quote is kept
    'c,https://c,say "hi",x"y,  ,2026-01-03', // a quote inside an unquoted cell is a quote
    '"d"  ,   https://d   ,"  padded  ",,"",2026-01-04', // cells are trimmed
    'e,https://e,t,p,,"2026-01-05', // an unclosed quote runs to the end
  ].join("\n");
  const read = parsed(minimal({ "sources.csv": sources })).sources;
  assert.deepEqual(read, [
    { id: "a", url: "https://a", title: "Title, with a comma", publisher: 'The "Quoted" Press', checked: "2026-01-01" },
    { id: "b", url: "https://b", title: "two\nlines", publisher: "abc", published: "2025", checked: "2026-01-02" },
    { id: "c", url: "https://c", title: 'say "hi"', publisher: 'x"y', checked: "2026-01-03" },
    { id: "d", url: "https://d", title: "padded", checked: "2026-01-04" },
    { id: "e", url: "https://e", title: "t", publisher: "p", checked: "2026-01-05" },
  ]);
});

test("line ends, byte-order marks and blank lines: the same items, lines counted as the csv crate counts", () => {
  const rows = [REGIONS_HEADER, region("AA1", "45.5", "9.25"), region("AA2", "46", "-3")];
  const expected = parsed(minimal({ "regions.csv": rows.join("\n") })).regions;
  assert.deepEqual(
    expected.map((r) => [r.id, r.lat, r.lon]),
    [
      ["AA1", 45.5, 9.25],
      ["AA2", 46, -3],
    ],
  );
  for (const text of [
    `\ufeff${rows.join("\r\n")}\r\n`,
    rows.join("\r"),
    `\n\n${rows.join("\n\n\n")}\n\n`,
    `${rows[0]}\r\n${rows[1]}\n${rows[2]}\r\n\r\n`,
    // The mark is not part of the first cell, so a quoted first header cell is still quoted.
    `\ufeff"id",${rows.join("\n").slice(3)}`,
  ]) {
    assert.deepEqual(parsed(minimal({ "regions.csv": text })).regions, expected, JSON.stringify(text));
  }
  // A row after a cell with a line break in it is on the line after the break.
  const multiline = [REGIONS_HEADER, region("AA1", "45", "9").replace("Name AA1", '"Name\nsecond line"'), region("AA2", "north", "9")];
  assert.deepEqual(problems(minimal({ "regions.csv": multiline.join("\n") })), [
    'regions.csv line 4, column lat: "north" is not a number',
  ]);
  // The csv crate gives a row's place as where it started reading it: just after the previous
  // row's CR in a CRLF file (one line early), before the blank lines that precede it.
  assert.deepEqual(problems(minimal({ "regions.csv": multiline.join("\r\n") })), [
    'regions.csv line 3, column lat: "north" is not a number',
  ]);
  assert.deepEqual(problems(minimal({ "regions.csv": `${rows[0]}\n${rows[1]}\n\n\n${region("AA3", "x", "1")}` })), [
    'regions.csv line 3, column lat: "x" is not a number',
  ]);
});

test("numbers, flags, lists, and text by language read as atlas import reads them", () => {
  const header = "id,name_it,name_en,name_,name_pt-BR,name_pt,languages,country,nuts_level,nuts_version,eu,lat,lon,coordinate_sources,coordinate_estimated,outside_europe";
  const text = [
    header,
    "AA1,Lombardia,Lombardy,,Lombardia (BR),Lombardia (PT),it; ; lmo ;,IT,+2,2021, Y ,4.5621e1, 0.00001 ,a;;b,TRUE,0",
    "AA2,,Only English,,,,it,IT,002,,no,45.06,-0.0000012345,,false,n",
    "AA3,,x,,,,it,IT,2,,1,45,-0,,no,no",
    "AA4,,y,,,,it,IT,2,,1,1.,10,,no,no",
  ].join("\n");
  const result = tables.readTables(minimal({ "regions.csv": text }));
  assert.ok(result.ok, result.problems && result.problems.join("\n"));
  const [a, b] = JSON.parse(result.json).regions;
  assert.deepEqual(a.names, { en: "Lombardy", it: "Lombardia", pt: "Lombardia (PT)", "pt-BR": "Lombardia (BR)" });
  assert.deepEqual(Object.keys(a.names), ["en", "it", "pt", "pt-BR"], "languages in code order, as a BTreeMap keeps them");
  assert.deepEqual(a.languages, ["it", "lmo"]);
  assert.deepEqual([a.nuts_level, a.nuts_version, a.eu, a.coordinate_estimated, a.outside_europe], [2, "2021", true, true, false]);
  assert.deepEqual(a.coordinate_sources, ["a", "b"]);
  assert.deepEqual([b.names, b.nuts_level, "nuts_version" in b, b.eu], [{ en: "Only English" }, 2, false, false]);
  // Numbers as serde_json writes f64 (each checked against atlas import's output).
  for (const expected of ['"lat": 45.621,', '"lon": 0.00001,', '"lon": -1.2345e-6,', '"lon": -0.0,', '"lat": 45.0,', '"lat": 1.0,', '"lon": 10.0,']) {
    assert.ok(result.json.includes(expected), `${expected} in ${result.json}`);
  }
  // Notes: a bare column is English; an English column wins over it; other languages make an object.
  const members = [
    "network,region,joined,left,role,founding,sources,estimated,note,note_en,note_it",
    "n1,AA1,2020,,,yes,,no,bare,,",
    "n1,AA2,2020,2021,observer,no,s1; s2,yes,bare,English,Italiano",
    "n1,AA3,2020,,,no,,no,,,",
    "n1,AA4,2020,,,no,,no,bare,,Italiano",
  ].join("\n");
  const networks = "id,acronym,name_en,kind,founded,ended,sectors,website,sources,known_gaps_en,notes_en\nn1,,Net,,2020,,,,,,";
  const [network] = parsed(minimal({ "networks.csv": networks, "memberships.csv": members })).networks;
  assert.deepEqual(network.members, [
    { region: "AA1", joined: "2020", founding: true, note: "bare" },
    { region: "AA2", joined: "2020", left: "2021", role: "observer", sources: ["s1", "s2"], estimated: true, note: { en: "English", it: "Italiano" } },
    { region: "AA3", joined: "2020" },
    { region: "AA4", joined: "2020", note: { en: "bare", it: "Italiano" } },
  ]);
  // Languages in code order (a BTreeMap's), which the JSON text keeps, even for a bare note.
  assert.deepEqual(Object.keys(network.members[3].note), ["en", "it"]);
  assert.deepEqual(Object.keys(network), ["id", "names", "founded", "sectors", "sources", "members"]);
});

test("conflicts.csv: consecutive claims about the same thing are one conflict, on the item they name", () => {
  const files = minimal({
    "regions.csv": [REGIONS_HEADER, region("AA1", "45", "9")].join("\n"),
    "networks.csv": "id,acronym,name_en,kind,founded,ended,sectors,website,sources,known_gaps_en,notes_en\nn1,,Net,,2020,,,,,,",
    "memberships.csv": "network,region,joined,left,role,founding,sources,estimated,note_en\nn1,AA1,2020-05-01,,,no,,no,",
    "conflicts.csv": [
      "item_kind,item,about,claim,sources,resolution",
      "membership,n1/AA1/2020-05-01,joining date,May 2020,s1,the day is in one source",
      "membership,n1/AA1/2020-05-01,joining date,1 May 2020,s1; s2,ignored: only the first row's resolution counts",
      "region,AA1,capital,Milan,s1,",
      "region,AA1,capital,Milano,s2,",
    ].join("\n"),
  });
  const result = tables.readTables(files);
  const data = JSON.parse(result.json);
  assert.deepEqual(data.networks[0].members[0].conflicts, [
    {
      about: "joining date",
      claims: [
        { says: "May 2020", sources: ["s1"] },
        { says: "1 May 2020", sources: ["s1", "s2"] },
      ],
      resolution: "the day is in one source",
    },
  ]);
  assert.deepEqual(data.regions[0].conflicts, [
    { about: "capital", claims: [{ says: "Milan", sources: ["s1"] }, { says: "Milano", sources: ["s2"] }] },
  ]);
  assert.equal(tables.locate(result.origins, "networks[0].members[0].conflicts[0].claims[1]"), "conflicts.csv line 2");
});

test("an overlay from two tables: its own network with its members, and a member for an atlas network", () => {
  const files = {
    "networks.csv": [
      "id,acronym,name_en,name_it,kind,founded,ended,sectors,website,sources,known_gaps_en,notes_en",
      "alpine-rail,AR,Alpine Rail Regions,Regioni ferroviarie alpine,thematic-alliance,2026-03-01,,transport,,src-x,,",
    ].join("\n"),
    "memberships.csv": [
      "network,region,joined,left,role,founding,sources,estimated,note_en",
      "alpine-rail,ITC4,2026-03-01,,,yes,src-x,no,",
      "esra,ITH3,2027-01-15,,observer,no,src-x,no,Joined as an observer.",
    ].join("\n"),
  };
  const result = tables.readTables(files, { overlay: true });
  assert.ok(result.ok, result.problems && result.problems.join("\n"));
  assert.equal(
    result.json,
    `{
  "format_version": "1.2",
  "overlay": {
    "adds_to": "alliance-atlas"
  },
  "networks": [
    {
      "id": "alpine-rail",
      "names": {
        "en": "Alpine Rail Regions",
        "it": "Regioni ferroviarie alpine"
      },
      "acronym": "AR",
      "kind": "thematic-alliance",
      "founded": "2026-03-01",
      "sectors": [
        "transport"
      ],
      "sources": [
        "src-x"
      ],
      "members": [
        {
          "region": "ITC4",
          "joined": "2026-03-01",
          "founding": true,
          "sources": [
            "src-x"
          ]
        }
      ]
    }
  ],
  "memberships": [
    {
      "network": "esra",
      "region": "ITH3",
      "joined": "2027-01-15",
      "role": "observer",
      "sources": [
        "src-x"
      ],
      "note": "Joined as an observer."
    }
  ]
}
`,
  );
  assert.equal(tables.locate(result.origins, "memberships[0].role"), "memberships.csv line 3");
  // Memberships alone all go to the memberships section.
  const alone = parsed({ "memberships.csv": files["memberships.csv"] }, { overlay: true });
  assert.deepEqual(Object.keys(alone), ["format_version", "overlay", "memberships"]);
  assert.deepEqual(
    alone.memberships.map((m) => m.network),
    ["alpine-rail", "esra"],
  );
  // What an overlay cannot hold is refused.
  assert.deepEqual(
    problems(
      {
        "sectors.csv": "id,color,label_en\n",
        "presidencies.csv": "network,region,from,to,role,sources,estimated,note_en\nesra,ITC4,2027,,,,no,",
      },
      { overlay: true },
    ),
    [
      "sectors.csv: belongs to a whole data file; an overlay holds only sources.csv, regions.csv, networks.csv, memberships.csv, presidencies.csv, agreements.csv, conflicts.csv",
      `presidencies.csv line 2, column network: no network "esra" in networks.csv (an overlay's presidencies belong to its own networks)`,
    ],
  );
  assert.deepEqual(problems({}, { overlay: true }), [
    "no tables: an overlay is built from some of sources.csv, regions.csv, networks.csv, memberships.csv, presidencies.csv, agreements.csv, conflicts.csv",
  ]);
});

test("in the page: a classic script that sets window.allianceAtlasTables and says it is ready", () => {
  const source = readFileSync(READER, "utf8");
  const events = [];
  const window = { dispatchEvent: (event) => events.push(event.type) };
  class Event {
    constructor(type) {
      this.type = type;
    }
  }
  // No module, require or process: what a browser gives a classic script.
  vm.runInNewContext(source, { window, Event, TextDecoder }, { filename: "tables-reader.js" });
  assert.deepEqual(events, ["alliance-atlas-tables-ready"]);
  const api = window.allianceAtlasTables;
  assert.equal(api.version, 1);
  assert.deepEqual([...api.tableNames], tables.tableNames);
  assert.equal(api.readTables(shipped()).json, BUNDLED);
  // Nothing the page's Content-Security-Policy (script-src 'self') or a classic script refuses.
  assert.doesNotMatch(source, /\beval\s*\(|new\s+Function\b|\bsetTimeout\s*\(\s*["'`]/);
  assert.doesNotMatch(source, /^\s*(import|export)\b/m);
});

test("an overlay is written in the format version atlas-core reads", () => {
  const rust = readFileSync(new URL("../crates/atlas-core/src/validate/mod.rs", import.meta.url), "utf8");
  const version = rust.match(/pub const FORMAT_VERSION: &str = "([^"]+)";/)[1];
  const overlay = JSON.parse(
    tables.readTables({ "agreements.csv": readFileSync(new URL("../data/tables/agreements.csv", import.meta.url), "utf8") }, { overlay: true }).json,
  );
  assert.equal(overlay.format_version, version);
});
