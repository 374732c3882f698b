//! CSV (RFC 4180) that opens right in a spreadsheet: the edges of the view, and any table the
//! page shows.
//!
//! A spreadsheet guesses how to read a CSV file from its first bytes and from the computer's
//! language: without a byte-order mark Excel reads UTF-8 as Windows-1252 ("LombardÃ¬a"), and
//! in Italian, German or French it expects `;` between fields and `,` in decimals. So every
//! file starts with the UTF-8 byte-order mark, and [`CsvDialect::for_lang`] picks the
//! separators that language's Excel expects.

use super::ExportInput;
use crate::i18n::Lang;
use crate::sort::CollectTree;

/// The UTF-8 byte-order mark that tells spreadsheets the file is UTF-8.
pub const BYTE_ORDER_MARK: char = '\u{feff}';

/// How fields and decimals are separated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CsvDialect {
    pub separator: char,
    pub decimal_point: char,
}

impl CsvDialect {
    /// `,` and `.`: English spreadsheets, and every program that reads RFC 4180.
    pub const COMMA: CsvDialect = CsvDialect {
        separator: ',',
        decimal_point: '.',
    };
    /// `;` and `,`: what Excel expects in Italian, German and French.
    pub const SEMICOLON: CsvDialect = CsvDialect {
        separator: ';',
        decimal_point: ',',
    };

    /// The dialect the interface language's Excel expects.
    pub fn for_lang(lang: Lang) -> Self {
        match lang {
            Lang::En => Self::COMMA,
            Lang::It | Lang::De | Lang::Fr => Self::SEMICOLON,
        }
    }

    /// A number with `digits` decimals and this dialect's decimal point.
    pub fn decimal(&self, value: f64, digits: usize) -> String {
        format!("{value:.digits$}").replace('.', &self.decimal_point.to_string())
    }

    /// Quotes a field when it holds the separator, a quote or a line break; doubles inner
    /// quotes. A field starting with `=`, `+`, `-` or `@` gets a leading apostrophe, so a
    /// spreadsheet never runs it as a formula.
    pub fn field(&self, text: &str) -> String {
        let text = if text.starts_with(['=', '+', '-', '@']) {
            format!("'{text}")
        } else {
            text.to_owned()
        };
        if text.contains([self.separator, '"', '\n', '\r']) {
            format!("\"{}\"", text.replace('"', "\"\""))
        } else {
            text
        }
    }

    /// A whole file: the byte-order mark, the header and the rows, each line ended by CRLF.
    /// Cells are written as given (quoted where needed): numbers should already be in this
    /// dialect (see [`CsvDialect::decimal`]).
    pub fn table<S: AsRef<str>>(&self, header: &[S], rows: &[Vec<String>]) -> String {
        let mut out = String::new();
        out.push(BYTE_ORDER_MARK);
        let sep = self.separator.to_string();
        let line = |cells: &mut dyn Iterator<Item = String>| cells.collect::<Vec<_>>().join(&sep);
        out.push_str(&line(&mut header.iter().map(|h| self.field(h.as_ref()))));
        out.push_str("\r\n");
        for row in rows {
            out.push_str(&line(&mut row.iter().map(|c| self.field(c))));
            out.push_str("\r\n");
        }
        out
    }
}

fn field(text: &str) -> String {
    CsvDialect::COMMA.field(text)
}

/// The edges with both regions' names, the number of ties, their sectors and every tie, in
/// `dialect`, with the byte-order mark.
pub fn edges_csv_in(input: &ExportInput, dialect: CsvDialect) -> String {
    let text = edges_csv(input);
    if dialect == CsvDialect::COMMA {
        return format!("{BYTE_ORDER_MARK}{text}");
    }
    // Re-read the comma file and write it with the dialect's separator.
    let rows = parse_rows(&text);
    let (header, rows) = rows.split_first().expect("a header");
    dialect.table(header, rows)
}

/// The fields of a comma CSV written by [`edges_csv`] (quoted fields, doubled quotes).
fn parse_rows(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    rows
}

/// The edges with both regions' names, the number of ties, their sectors and every tie, as
/// RFC 4180 with commas and no byte-order mark (for programs, and the command line).
pub fn edges_csv(input: &ExportInput) -> String {
    let names: std::collections::BTreeMap<String, String> = input
        .node_rows()
        .into_iter()
        .map(|n| (n.id, n.label))
        .collect_map();
    let mut out = String::from(
        "source,target,source_name,target_name,ties,sectors,estimated,tie_details\r\n",
    );
    for edge in input.edge_rows() {
        let row = [
            field(&edge.source),
            field(&edge.target),
            field(names.get(&edge.source).map_or("", String::as_str)),
            field(names.get(&edge.target).map_or("", String::as_str)),
            edge.weight.to_string(),
            field(&edge.sectors.join(";")),
            if edge.estimated { "yes" } else { "no" }.to_owned(),
            field(&edge.ties.join(" | ")),
        ];
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{field, parse_rows, CsvDialect, BYTE_ORDER_MARK};
    use crate::i18n::Lang;

    #[test]
    fn each_language_gets_the_separators_its_excel_expects() {
        assert_eq!(CsvDialect::for_lang(Lang::En), CsvDialect::COMMA);
        for lang in [Lang::It, Lang::De, Lang::Fr] {
            assert_eq!(CsvDialect::for_lang(lang), CsvDialect::SEMICOLON);
        }
        let it = CsvDialect::SEMICOLON;
        assert_eq!(it.decimal(0.1234, 3), "0,123");
        assert_eq!(CsvDialect::COMMA.decimal(0.1234, 3), "0.123");
        let text = it.table(
            &["Regione", "Paese"],
            &[
                vec!["Lombardia".into(), "Italia; nord".into()],
                vec!["Valle d'Aosta".into(), "0,5".into()],
            ],
        );
        assert!(text.starts_with(BYTE_ORDER_MARK));
        assert_eq!(
            text,
            "\u{feff}Regione;Paese\r\nLombardia;\"Italia; nord\"\r\nValle d'Aosta;0,5\r\n"
        );
    }

    #[test]
    fn the_comma_file_reads_back_field_for_field() {
        let rows = parse_rows("a,\"b, c\",\"say \"\"hi\"\"\"\r\nx,y,z\r\n");
        assert_eq!(
            rows,
            vec![vec!["a", "b, c", "say \"hi\""], vec!["x", "y", "z"]]
        );
    }

    #[test]
    fn fields_are_quoted_and_never_formulas() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("-1"), "'-1");
    }
}
