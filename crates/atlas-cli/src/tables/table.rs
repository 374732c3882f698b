//! One table: its columns, declared once, and how it is written to and read from a CSV file.
//!
//! A [`Column`] names a column and says which field of the row's item it holds, and how (text,
//! a list, a flag, ...). The writer and the reader both go through the same list, so a column
//! cannot be written under one name and read under another.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use atlas_core::raw::{RawNames, RawText};

/// How a column holds a field of the item `T`: a getter for writing, a setter for reading.
pub(super) enum Access<T> {
    /// Text as it is (trimmed when read).
    Text(fn(&T) -> &String, fn(&mut T) -> &mut String),
    /// Text that may be absent: an empty cell is "none", and so is a missing column (tables
    /// written before the column existed, such as `kind` before format 1.2).
    Optional(fn(&T) -> &Option<String>, fn(&mut T) -> &mut Option<String>),
    /// A list, written with `; ` between items.
    List(fn(&T) -> &Vec<String>, fn(&mut T) -> &mut Vec<String>),
    /// `yes` or `no` (also read: `y`, `true`, `1`, `n`, `false`, `0`, and empty for no).
    Flag(fn(&T) -> &bool, fn(&mut T) -> &mut bool),
    /// A decimal number.
    Float(fn(&T) -> &f64, fn(&mut T) -> &mut f64),
    /// A small whole number (a NUTS level).
    Level(fn(&T) -> &u8, fn(&mut T) -> &mut u8),
    /// Names by language: one column per language, `{name}_{lang}` (`name_en`, `name_it`).
    Names(fn(&T) -> &RawNames, fn(&mut T) -> &mut RawNames),
    /// A note by language, like [`Access::Names`] (`note_en`, `note_it`, ...). A bare `{name}`
    /// column, as the tables of format 1.1 have, is read as English.
    Texts(fn(&T) -> &RawText, fn(&mut T) -> &mut RawText),
}

impl<T> Access<T> {
    /// True for the groups of one column per language.
    fn by_language(&self) -> bool {
        matches!(self, Access::Names(..) | Access::Texts(..))
    }
}

/// A column (or, for text by language, a group of columns) of a table of items `T`.
pub(super) struct Column<T> {
    pub name: &'static str,
    pub access: Access<T>,
}

/// `column!(Text "id", id)`: the column `id` holds the field `id` as text. The field may be a
/// path (`member.joined`).
macro_rules! column {
    ($access:ident $name:literal, $($field:tt)+) => {
        $crate::tables::table::Column {
            name: $name,
            access: $crate::tables::table::Access::$access(
                |item| &item.$($field)+,
                |item| &mut item.$($field)+,
            ),
        }
    };
}
pub(super) use column;

/// A table of items `T`: `{name}.csv` with these columns.
pub(super) struct Table<T> {
    pub name: &'static str,
    pub columns: Vec<Column<T>>,
}

impl<T: Default> Table<T> {
    pub fn new<const N: usize>(name: &'static str, columns: [Column<T>; N]) -> Self {
        Self {
            name,
            columns: columns.into(),
        }
    }

    /// Writes `items` as `{dir}/{name}.csv`, one row each, with a column for every language
    /// that some item uses (English first).
    pub fn write(&self, dir: &Path, items: &[T]) -> Result<(), String> {
        let groups: Vec<Vec<String>> = self
            .columns
            .iter()
            .map(|column| match &column.access {
                Access::Names(get, _) => languages(items.iter().map(get)),
                Access::Texts(get, _) => languages(items.iter().map(|i| get(i).by_language())),
                _ => Vec::new(),
            })
            .collect();
        let mut header = Vec::new();
        for (column, langs) in self.columns.iter().zip(&groups) {
            match column.access {
                Access::Names(..) | Access::Texts(..) => {
                    header.extend(langs.iter().map(|l| format!("{}_{l}", column.name)))
                }
                _ => header.push(column.name.to_owned()),
            }
        }
        let path = dir.join(format!("{}.csv", self.name));
        let fail = |e: csv::Error| format!("{}: {e}", path.display());
        let mut writer = csv::Writer::from_path(&path).map_err(fail)?;
        writer.write_record(&header).map_err(fail)?;
        for item in items {
            let mut row = Vec::with_capacity(header.len());
            for (column, langs) in self.columns.iter().zip(&groups) {
                match &column.access {
                    Access::Text(get, _) => row.push(get(item).clone()),
                    Access::Optional(get, _) => row.push(get(item).clone().unwrap_or_default()),
                    Access::List(get, _) => row.push(get(item).join("; ")),
                    Access::Flag(get, _) => row.push(if *get(item) { "yes" } else { "no" }.into()),
                    Access::Float(get, _) => row.push(get(item).to_string()),
                    Access::Level(get, _) => row.push(get(item).to_string()),
                    Access::Names(get, _) => row.extend(cells(get(item), langs)),
                    Access::Texts(get, _) => row.extend(cells(get(item).by_language(), langs)),
                }
            }
            writer.write_record(&row).map_err(fail)?;
        }
        writer
            .flush()
            .map_err(|e| format!("{}: {e}", path.display()))
    }

    /// Reads `{dir}/{name}.csv`: every item with the line it is on. Blank rows are skipped; a
    /// missing or unknown column, or a cell that is not what its column holds, is an error
    /// naming the file, the line and the column.
    pub fn read(&self, dir: &Path) -> Result<Vec<(u64, T)>, String> {
        let path = dir.join(format!("{}.csv", self.name));
        let mut reader = csv::ReaderBuilder::new()
            .flexible(false)
            .from_path(&path)
            .map_err(|e| format!("{}: {e}", path.display()))?;
        let header: Vec<String> = reader
            .headers()
            .map_err(|e| format!("{}: {e}", path.display()))?
            .iter()
            .map(|h| h.trim().trim_start_matches('\u{feff}').to_owned())
            .collect();
        self.check_header(&header)?;
        let mut items = Vec::new();
        for record in reader.records() {
            let record = record.map_err(|e| format!("{}.csv: {e}", self.name))?;
            if record.iter().all(|cell| cell.trim().is_empty()) {
                continue;
            }
            let row = Row {
                table: self.name,
                line: record.position().map_or(0, |p| p.line()),
                cells: header
                    .iter()
                    .map(String::as_str)
                    .zip(record.iter())
                    .collect(),
            };
            items.push((row.line, self.item(&row)?));
        }
        Ok(items)
    }

    /// The names of the columns that are always there (not the per-language ones).
    fn fixed_columns(&self) -> Vec<&'static str> {
        self.columns
            .iter()
            .filter(|c| !c.access.by_language())
            .map(|c| c.name)
            .collect()
    }

    fn check_header(&self, header: &[String]) -> Result<(), String> {
        let fixed = self.fixed_columns();
        let required = self
            .columns
            .iter()
            .filter(|c| !c.access.by_language() && !matches!(c.access, Access::Optional(..)));
        for column in required.map(|c| c.name) {
            if !header.iter().any(|h| h == column) {
                return Err(format!(
                    "{}.csv: the column \"{column}\" is missing",
                    self.name
                ));
            }
        }
        for column in header {
            let known = fixed.contains(&column.as_str())
                || self.columns.iter().any(|c| match c.access {
                    Access::Names(..) => language_of(column, c.name).is_some(),
                    Access::Texts(..) => column == c.name || language_of(column, c.name).is_some(),
                    _ => false,
                });
            if !known {
                return Err(format!(
                    "{}.csv: unknown column \"{column}\"; the columns are {}",
                    self.name,
                    fixed.join(", ")
                ));
            }
        }
        Ok(())
    }

    fn item(&self, row: &Row) -> Result<T, String> {
        let mut item = T::default();
        for column in &self.columns {
            let name = column.name;
            match &column.access {
                Access::Text(_, set) => *set(&mut item) = row.get(name).to_owned(),
                Access::Optional(_, set) => {
                    *set(&mut item) = Some(row.get(name))
                        .filter(|v| !v.is_empty())
                        .map(str::to_owned)
                }
                Access::List(_, set) => {
                    *set(&mut item) = row
                        .get(name)
                        .split(';')
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(str::to_owned)
                        .collect()
                }
                Access::Flag(_, set) => *set(&mut item) = row.flag(name)?,
                Access::Float(_, set) => *set(&mut item) = row.number(name)?,
                Access::Level(_, set) => *set(&mut item) = row.number(name)?,
                Access::Names(_, set) => *set(&mut item) = row.by_language(name),
                Access::Texts(_, set) => {
                    let mut texts = row.by_language(name);
                    let bare = row.get(name);
                    if !bare.is_empty() {
                        texts
                            .entry("en".to_owned())
                            .or_insert_with(|| bare.to_owned());
                    }
                    *set(&mut item) = RawText::from_languages(texts);
                }
            }
        }
        Ok(item)
    }
}

/// `name_it` in the group `name` is Italian.
fn language_of<'a>(column: &'a str, group: &str) -> Option<&'a str> {
    column.strip_prefix(group)?.strip_prefix('_')
}

/// The languages used in some names maps, English first, then alphabetical.
fn languages<'a>(maps: impl Iterator<Item = &'a RawNames>) -> Vec<String> {
    let all: BTreeSet<&String> = maps.flat_map(|m| m.keys()).collect();
    let mut out: Vec<String> = all.into_iter().cloned().collect();
    out.sort_by_key(|l| (l != "en", l.clone()));
    out
}

fn cells<'a>(names: &'a RawNames, langs: &'a [String]) -> impl Iterator<Item = String> + 'a {
    langs
        .iter()
        .map(|l| names.get(l).cloned().unwrap_or_default())
}

/// One row of a table, with its line number, read by column name.
pub(super) struct Row<'a> {
    table: &'a str,
    pub line: u64,
    cells: BTreeMap<&'a str, &'a str>,
}

impl<'a> Row<'a> {
    fn get(&self, column: &str) -> &'a str {
        self.cells.get(column).copied().unwrap_or("").trim()
    }

    fn flag(&self, column: &str) -> Result<bool, String> {
        match self.get(column).to_ascii_lowercase().as_str() {
            "yes" | "y" | "true" | "1" => Ok(true),
            "no" | "n" | "false" | "0" | "" => Ok(false),
            other => Err(problem(
                self.table,
                self.line,
                column,
                &format!("\"{other}\" is not yes or no"),
            )),
        }
    }

    fn number<N: std::str::FromStr>(&self, column: &str) -> Result<N, String> {
        let cell = self.get(column);
        cell.parse().map_err(|_| {
            problem(
                self.table,
                self.line,
                column,
                &format!("\"{cell}\" is not a number"),
            )
        })
    }

    /// Every `{group}_xx` column with a value, by language.
    fn by_language(&self, group: &str) -> RawNames {
        self.cells
            .iter()
            .filter_map(|(column, value)| {
                let lang = language_of(column, group)?;
                let value = value.trim();
                (!value.is_empty()).then(|| (lang.to_owned(), value.to_owned()))
            })
            .collect()
    }
}

/// A problem with one cell: `memberships.csv line 4, column network: ...`.
pub(super) fn problem(table: &str, line: u64, column: &str, what: &str) -> String {
    format!("{table}.csv line {line}, column {column}: {what}")
}
