//! The one-line summary of what is on the map: `24 regions · 57 ties · 5 networks · 3 agreements`.

use leptos::prelude::*;

use atlas_core::Graph;

/// `n` with thousands grouped by commas, as English writes it: 2,485.
pub fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{} {}", grouped(n), if n == 1 { one } else { many })
}

/// The summary text for a graph, numbers first.
pub fn status_text(graph: &Graph) -> String {
    [
        count(graph.nodes.len(), "region", "regions"),
        count(graph.tie_count(), "tie", "ties"),
        count(graph.networks.len(), "network", "networks"),
        count(graph.agreements.len(), "agreement", "agreements"),
    ]
    .join(" · ")
}

/// Announces the counts politely to screen readers as filters change.
#[component]
pub fn StatusLine(graph: Memo<Graph>) -> impl IntoView {
    view! {
        <p class="status" role="status" aria-live="polite">
            {move || graph.with(status_text)}
        </p>
    }
}

#[cfg(test)]
mod tests {
    use super::grouped;

    #[test]
    fn groups_thousands() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(2485), "2,485");
        assert_eq!(grouped(1_234_567), "1,234,567");
    }
}
