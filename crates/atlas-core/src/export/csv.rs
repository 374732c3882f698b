//! The edges as CSV (RFC 4180), one row per region pair.

use super::ExportInput;

/// Quotes a field when it holds a comma, a quote or a line break; doubles inner quotes.
/// A field starting with `=`, `+`, `-` or `@` gets a leading apostrophe, so a spreadsheet
/// never runs it as a formula.
fn field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// The edges with both regions' names, the number of ties, their sectors and every tie.
pub fn edges_csv(input: &ExportInput) -> String {
    let names: std::collections::BTreeMap<String, String> = input
        .node_rows()
        .into_iter()
        .map(|n| (n.id, n.label))
        .collect();
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
    use super::field;

    #[test]
    fn fields_are_quoted_and_never_formulas() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("-1"), "'-1");
    }
}
