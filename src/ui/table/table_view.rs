//! The table view: the same visible ties as the map, as rows a screen reader, a keyboard or a
//! spreadsheet habit can use. Two tables, pairs of regions and regions, each sortable by its
//! column headers; both follow the filters and narrow to the focus. Names are buttons that
//! focus what they name, so the details card works as it does from the map.

use std::cmp::Ordering;

use atlas_core::dataset::RegionIdx;
use atlas_core::export::CsvDialect;
use atlas_core::metrics::RegionMetrics;
use atlas_core::scene::Focus;
use atlas_core::table::{
    agreement_rows, pair_rows, region_rows, PairColumn, RegionColumn, SortOrder,
};
use atlas_core::MainView;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::format::{agreement_kind, count, date, number, Noun};
use crate::i18n::{text, tr, Lang, TextKey};
use crate::state::{use_atlas, AtlasState};
use crate::ui::details::sources_list::SourcesList;
use crate::ui::table::csv_download::{save_table_csv, source_urls};

/// Rows drawn before "Show all": enough to read, few enough to draw at once on a phone.
const FIRST_ROWS: usize = 150;

/// A locale's string comparison (`Intl.Collator`), so "Île-de-France" sorts under I.
fn collator(lang: Lang) -> impl Fn(&str, &str) -> Ordering {
    let locales = js_sys::Array::of1(&lang.code().into());
    let collator = js_sys::Intl::Collator::new(&locales, &js_sys::Object::new());
    let compare = collator.compare();
    move |a: &str, b: &str| {
        let result = compare
            .call2(&wasm_bindgen::JsValue::NULL, &a.into(), &b.into())
            .ok()
            .and_then(|v| v.as_f64())
            .unwrap_or(0.0);
        result.partial_cmp(&0.0).unwrap_or(Ordering::Equal)
    }
}

/// A country's name in the interface language, from its code (Eurostat writes UK and EL).
fn country_name(lang: Lang, code: &str) -> String {
    let iso = match code {
        "UK" => "GB",
        "EL" => "GR",
        other => other,
    };
    let name = (|| {
        let intl = js_sys::Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
        let constructor = js_sys::Reflect::get(&intl, &"DisplayNames".into()).ok()?;
        let options = js_sys::Object::new();
        js_sys::Reflect::set(&options, &"type".into(), &"region".into()).ok()?;
        let args = js_sys::Array::of2(&js_sys::Array::of1(&lang.code().into()), &options);
        let names =
            js_sys::Reflect::construct(constructor.dyn_ref::<js_sys::Function>()?, &args).ok()?;
        let of: js_sys::Function = js_sys::Reflect::get(&names, &"of".into())
            .ok()?
            .dyn_into()
            .ok()?;
        of.call1(&names, &iso.into()).ok()?.as_string()
    })();
    name.unwrap_or_else(|| code.to_owned())
}

/// A number with `digits` decimals, or a dash where it was not computed.
fn finite(value: f64, digits: usize) -> String {
    if value.is_finite() {
        format!("{value:.digits$}")
    } else {
        "—".to_owned()
    }
}

/// The `aria-sort` of a header.
fn aria_sort(active: bool, order: SortOrder) -> &'static str {
    match (active, order) {
        (false, _) => "none",
        (true, SortOrder::Ascending) => "ascending",
        (true, SortOrder::Descending) => "descending",
    }
}

/// A sortable column header: a button inside the `th`, as the ARIA sortable-table pattern has.
fn sort_header<C: Copy + PartialEq + Send + Sync + 'static>(
    column: C,
    label: TextKey,
    numeric: bool,
    sort: RwSignal<(C, SortOrder)>,
) -> impl IntoView {
    let active = move || sort.get().0 == column;
    let order = move || sort.get().1;
    let on_click = move |_| {
        sort.update(|(c, o)| {
            if *c == column {
                *o = match *o {
                    SortOrder::Ascending => SortOrder::Descending,
                    SortOrder::Descending => SortOrder::Ascending,
                };
            } else {
                *c = column;
                *o = SortOrder::first_for_numbers(numeric);
            }
        })
    };
    view! {
        <th scope="col" class:numeric=numeric aria-sort=move || aria_sort(active(), order())>
            <button type="button" class="sort" on:click=on_click>
                {tr(label)}
                <span class="sort-mark" aria-hidden="true">
                    {move || match (active(), order()) {
                        (false, _) => "↕",
                        (true, SortOrder::Ascending) => "▲",
                        (true, SortOrder::Descending) => "▼",
                    }}
                </span>
            </button>
        </th>
    }
}

/// How many of `total` rows a table shows: the first [`FIRST_ROWS`], or all once asked.
fn row_limit(show_all: RwSignal<bool>, total: usize) -> usize {
    if show_all.get() {
        total
    } else {
        FIRST_ROWS.min(total)
    }
}

/// The button under a table with more than [`FIRST_ROWS`] rows that shows the rest.
fn show_all_button(
    state: AtlasState,
    show_all: RwSignal<bool>,
    total: impl Fn() -> usize + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let rows_hidden = move || !show_all.get() && total() > FIRST_ROWS;
    view! {
        <Show when=rows_hidden>
            <button type="button" class="show-more" on:click=move |_| show_all.set(true)>
                {move || format!("{} ({})", text(state.lang(), TextKey::ShowAllRows), number(state.lang(), total()))}
            </button>
        </Show>
    }
}

/// A region's name as a button that focuses it.
fn region_button(state: AtlasState, region: RegionIdx) -> impl IntoView {
    view! {
        <button type="button" class="link-button" translate="no" on:click=move |_| state.link.focus_region(Some(region))>
            {move || state.region_name(region)}
        </button>
    }
}

/// What the focus narrows the tables to: the words, and the names; `None` without a focus.
fn scope_text(state: AtlasState, focus: Focus) -> Option<(TextKey, String)> {
    match focus {
        Focus::None => None,
        Focus::Region(r) => Some((TextKey::TableOfRegion, state.region_name(r))),
        Focus::Network(n) => Some((TextKey::TableOfNetwork, state.network_label(n))),
        Focus::Edge(a, b) => Some((
            TextKey::TableOfPair,
            format!("{} – {}", state.region_name(a), state.region_name(b)),
        )),
    }
}

#[component]
fn PairsTable() -> impl IntoView {
    let state = use_atlas();
    let sort = RwSignal::new((PairColumn::Since, SortOrder::Descending));
    let show_all = RwSignal::new(false);
    let rows = Memo::new(move |_| {
        let focus = state.link.focus.get();
        let dataset = state.dataset();
        let mut rows = state.graph.with(|g| pair_rows(&dataset, g, focus));
        // With a region in focus, it comes first in every row.
        if let Focus::Region(r) = focus {
            for row in &mut rows {
                if row.b == r {
                    std::mem::swap(&mut row.a, &mut row.b);
                }
            }
        }
        let (column, order) = sort.get();
        let lang = state.lang();
        let compare_names = collator(lang);
        let mut named: Vec<_> = rows
            .into_iter()
            .map(|row| (state.region_name(row.a), state.region_name(row.b), row))
            .collect();
        atlas_core::sort::sort_by(&mut named, |x, y| {
            let by_column = match column {
                PairColumn::Region => compare_names(&x.0, &y.0),
                PairColumn::Partner => compare_names(&x.1, &y.1),
                _ => column.compare(&x.2, &y.2).unwrap_or(Ordering::Equal),
            };
            order
                .apply(by_column)
                .then_with(|| compare_names(&x.0, &y.0))
                .then_with(|| compare_names(&x.1, &y.1))
        });
        named.into_iter().map(|(_, _, row)| row).collect::<Vec<_>>()
    });
    let shown_rows = move || {
        let rows = rows.get();
        let limit = row_limit(show_all, rows.len());
        rows.into_iter()
            .take(limit)
            .map(|row| {
                let (a, b) = (row.a, row.b);
                let ties = row.ties.clone();
                let shared = move || {
                    ties.iter()
                        .map(|&t| state.tie_source_name(t))
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                let sectors = row.sectors.clone();
                let sector_names = move || {
                    sectors
                        .iter()
                        .map(|&s| state.sector_label(s))
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                let tie_count = row.ties.len();
                let estimated = row.estimated;
                view! {
                    <tr>
                        <th scope="row">{region_button(state, a)}</th>
                        <td data-column=tr(TextKey::ColPartner)>{region_button(state, b)}</td>
                        <td class="numeric" data-column=tr(TextKey::ColTies)>
                            <button type="button" class="link-button" on:click=move |_| state.link.focus_pair(a, b)>
                                {move || count(state.lang(), tie_count, Noun::Tie)}
                            </button>
                        </td>
                        <td translate="no" data-column=tr(TextKey::ColShared)>{shared}{estimated.then(|| view! { <span class="estimated-mark">" " {tr(TextKey::EstimatedShort)}</span> })}</td>
                        <td data-column=tr(TextKey::Sectors)>{sector_names}</td>
                        <td class="numeric" data-column=tr(TextKey::ColSince)>{row.since}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    // Every row of the table, in its order, as the interface language's spreadsheet reads it.
    let download = move |_| {
        let lang = state.lang();
        let dialect = CsvDialect::for_lang(lang);
        let dataset = state.dataset();
        let header = [
            TextKey::ColRegion,
            TextKey::ColCode,
            TextKey::ColPartner,
            TextKey::ColCode,
            TextKey::ColTies,
            TextKey::ColShared,
            TextKey::Sectors,
            TextKey::ColSince,
            TextKey::ColUntil,
            TextKey::EstimatedShort,
        ]
        .map(|k| text(lang, k));
        let rows: Vec<Vec<String>> = rows.with_untracked(|rows| {
            rows.iter()
                .map(|row| {
                    let shared = row
                        .ties
                        .iter()
                        .map(|&t| state.tie_source_name(t))
                        .collect::<Vec<_>>()
                        .join(" | ");
                    let sectors = row
                        .sectors
                        .iter()
                        .map(|&s| state.sector_label(s))
                        .collect::<Vec<_>>()
                        .join(" | ");
                    vec![
                        state.region_name(row.a),
                        dataset.region(row.a).id.clone(),
                        state.region_name(row.b),
                        dataset.region(row.b).id.clone(),
                        row.ties.len().to_string(),
                        shared,
                        sectors,
                        row.since.to_string(),
                        row.until.map(|y| y.to_string()).unwrap_or_default(),
                        if row.estimated {
                            "x".to_owned()
                        } else {
                            String::new()
                        },
                    ]
                })
                .collect()
        });
        save_table_csv(&state, dialect, &header, &rows, "pairs");
    };
    view! {
        <button type="button" class="download-table" on:click=download>{tr(TextKey::DownloadTableCsv)}</button>
        <table class="data-table">
            <caption class="visually-hidden">{tr(TextKey::TiesTableCaption)}</caption>
            <thead>
                <tr>
                    {sort_header(PairColumn::Region, TextKey::ColRegion, false, sort)}
                    {sort_header(PairColumn::Partner, TextKey::ColPartner, false, sort)}
                    {sort_header(PairColumn::Ties, TextKey::ColTies, true, sort)}
                    <th scope="col">{tr(TextKey::ColShared)}</th>
                    <th scope="col">{tr(TextKey::Sectors)}</th>
                    {sort_header(PairColumn::Since, TextKey::ColSince, true, sort)}
                </tr>
            </thead>
            <tbody>{shown_rows}</tbody>
        </table>
        {show_all_button(state, show_all, move || rows.with(Vec::len))}
    }
}

#[component]
fn RegionsTable() -> impl IntoView {
    let state = use_atlas();
    let sort = RwSignal::new((RegionColumn::Ties, SortOrder::Descending));
    let show_all = RwSignal::new(false);
    let rows = Memo::new(move |_| {
        let focus = state.link.focus.get();
        let dataset = state.dataset();
        let rows = state.graph.with(|g| region_rows(&dataset, g, focus));
        let (column, order) = sort.get();
        let lang = state.lang();
        let compare_names = collator(lang);
        let mut named: Vec<_> = state.metrics.with(|metrics| {
            rows.into_iter()
                .map(|row| {
                    let country = country_name(lang, &dataset.region(row.region).country);
                    // Betweenness and closeness are left empty where they were not computed.
                    let m = metrics.of(row.region).cloned().map(|mut m| {
                        if !metrics.centrality_computed {
                            m.betweenness = f64::NAN;
                            m.closeness = f64::NAN;
                        }
                        m
                    });
                    (state.region_name(row.region), country, row, m)
                })
                .collect()
        });
        let metric = |m: &Option<RegionMetrics>, f: fn(&RegionMetrics) -> f64| {
            m.as_ref().map_or(f64::NEG_INFINITY, f)
        };
        atlas_core::sort::sort_by(&mut named, |x, y| {
            let by_column = match column {
                RegionColumn::Name => compare_names(&x.0, &y.0),
                RegionColumn::Country => compare_names(&x.1, &y.1),
                RegionColumn::Strength => {
                    metric(&x.3, |m| m.strength).total_cmp(&metric(&y.3, |m| m.strength))
                }
                RegionColumn::Betweenness => {
                    metric(&x.3, |m| m.betweenness).total_cmp(&metric(&y.3, |m| m.betweenness))
                }
                RegionColumn::Closeness => {
                    metric(&x.3, |m| m.closeness).total_cmp(&metric(&y.3, |m| m.closeness))
                }
                RegionColumn::Community => metric(&x.3, |m| m.community as f64)
                    .total_cmp(&metric(&y.3, |m| m.community as f64)),
                _ => column
                    .compare(&dataset, &x.2, &y.2)
                    .unwrap_or(Ordering::Equal),
            };
            order
                .apply(by_column)
                .then_with(|| compare_names(&x.0, &y.0))
        });
        named
    });
    let shown_rows = move || {
        let rows = rows.get();
        let limit = row_limit(show_all, rows.len());
        rows.into_iter()
            .take(limit)
            .map(|(_, country, row, metrics)| {
                let selected = move || state.link.focus.get() == Focus::Region(row.region);
                let cell = move |f: fn(&RegionMetrics) -> String| {
                    metrics.as_ref().map(f).unwrap_or_default()
                };
                let (strength, betweenness, closeness, community) = (
                    cell(|m| format!("{:.2}", m.strength)),
                    cell(|m| finite(m.betweenness, 3)),
                    cell(|m| finite(m.closeness, 3)),
                    cell(|m| (m.community + 1).to_string()),
                );
                view! {
                    <tr class:selected=selected>
                        <th scope="row">{region_button(state, row.region)}</th>
                        <td data-column=tr(TextKey::ColCountry)>{country}</td>
                        <td class="numeric" data-column=tr(TextKey::ColTies)>{row.ties}</td>
                        <td class="numeric" data-column=tr(TextKey::ColPartners)>{row.partners}</td>
                        <td class="numeric" data-column=tr(TextKey::Networks)>{row.networks}</td>
                        <td class="numeric" data-column=tr(TextKey::Agreements)>{row.agreements}</td>
                        <td class="numeric" data-column=tr(TextKey::ColStrength)>{strength}</td>
                        <td class="numeric" data-column=tr(TextKey::ColBetweenness)>{betweenness}</td>
                        <td class="numeric" data-column=tr(TextKey::ColCloseness)>{closeness}</td>
                        <td class="numeric" data-column=tr(TextKey::ColCommunity)>{community}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let download = move |_| {
        let lang = state.lang();
        let dialect = CsvDialect::for_lang(lang);
        let dataset = state.dataset();
        let header = [
            TextKey::ColRegion,
            TextKey::ColCode,
            TextKey::ColCountry,
            TextKey::ColTies,
            TextKey::ColPartners,
            TextKey::Networks,
            TextKey::Agreements,
            TextKey::ColStrength,
            TextKey::ColBetweenness,
            TextKey::ColCloseness,
            TextKey::ColCommunity,
        ]
        .map(|k| text(lang, k));
        let rows: Vec<Vec<String>> = rows.with_untracked(|rows| {
            rows.iter()
                .map(|(name, country, row, m)| {
                    let metric = |f: fn(&RegionMetrics) -> f64, digits| {
                        m.as_ref()
                            .map(|m| dialect.decimal(f(m), digits))
                            .unwrap_or_default()
                    };
                    vec![
                        name.clone(),
                        dataset.region(row.region).id.clone(),
                        country.clone(),
                        row.ties.to_string(),
                        row.partners.to_string(),
                        row.networks.to_string(),
                        row.agreements.to_string(),
                        metric(|m| m.strength, 3),
                        metric(|m| m.betweenness, 4),
                        metric(|m| m.closeness, 4),
                        m.as_ref()
                            .map(|m| (m.community + 1).to_string())
                            .unwrap_or_default(),
                    ]
                })
                .collect()
        });
        save_table_csv(&state, dialect, &header, &rows, "regions");
    };
    view! {
        <button type="button" class="download-table" on:click=download>{tr(TextKey::DownloadTableCsv)}</button>
        <table class="data-table">
            <caption class="visually-hidden">{tr(TextKey::RegionsTableCaption)}</caption>
            <thead>
                <tr>
                    {sort_header(RegionColumn::Name, TextKey::ColRegion, false, sort)}
                    {sort_header(RegionColumn::Country, TextKey::ColCountry, false, sort)}
                    {sort_header(RegionColumn::Ties, TextKey::ColTies, true, sort)}
                    {sort_header(RegionColumn::Partners, TextKey::ColPartners, true, sort)}
                    {sort_header(RegionColumn::Networks, TextKey::Networks, true, sort)}
                    {sort_header(RegionColumn::Agreements, TextKey::Agreements, true, sort)}
                    {sort_header(RegionColumn::Strength, TextKey::ColStrength, true, sort)}
                    {sort_header(RegionColumn::Betweenness, TextKey::ColBetweenness, true, sort)}
                    {sort_header(RegionColumn::Closeness, TextKey::ColCloseness, true, sort)}
                    {sort_header(RegionColumn::Community, TextKey::ColCommunity, true, sort)}
                </tr>
            </thead>
            <tbody>{shown_rows}</tbody>
        </table>
        {show_all_button(state, show_all, move || rows.with(Vec::len))}
    }
}

/// The columns of the agreements table that sort.
#[derive(Clone, Copy, PartialEq)]
enum AgreementColumn {
    Name,
    Signed,
    Ends,
}

#[component]
fn AgreementsTable() -> impl IntoView {
    let state = use_atlas();
    let sort = RwSignal::new((AgreementColumn::Signed, SortOrder::Descending));
    let rows = Memo::new(move |_| {
        let focus = state.link.focus.get();
        let dataset = state.dataset();
        let lang = state.lang();
        let compare_names = collator(lang);
        let mut rows = state.graph.with(|g| agreement_rows(&dataset, g, focus));
        let (column, order) = sort.get();
        atlas_core::sort::sort_by(&mut rows, |&x, &y| {
            let (a, b) = (dataset.agreement(x), dataset.agreement(y));
            let by_column = match column {
                AgreementColumn::Name => {
                    compare_names(a.names.get(lang.code()), b.names.get(lang.code()))
                }
                AgreementColumn::Signed => a.signed.cmp(&b.signed),
                AgreementColumn::Ends => a.ends.cmp(&b.ends),
            };
            order
                .apply(by_column)
                .then_with(|| compare_names(a.names.get(lang.code()), b.names.get(lang.code())))
        });
        rows
    });
    let parties = move |a: atlas_core::dataset::AgreementIdx| {
        state
            .dataset()
            .agreement(a)
            .parties
            .iter()
            .map(|&p| state.region_name(p))
            .collect::<Vec<_>>()
            .join(" · ")
    };
    let sectors = move |a: atlas_core::dataset::AgreementIdx| {
        state
            .dataset()
            .agreement(a)
            .sectors
            .iter()
            .map(|&s| state.sector_label(s))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let shown_rows = move || {
        let dataset = state.dataset();
        rows.get()
            .into_iter()
            .map(|a| {
                let agreement = dataset.agreement(a).clone();
                let name = {
                    let names = agreement.names.clone();
                    move || names.get(state.lang().code()).to_owned()
                };
                let kind = agreement.kind;
                let (signed, ends) = (agreement.signed, agreement.ends);
                let focus_parties = move |_| {
                    let parties = state.dataset().agreement(a).parties.clone();
                    if let [x, y, ..] = parties[..] {
                        state.link.focus_pair(x, y);
                    }
                };
                view! {
                    <tr>
                        <th scope="row">
                            <button type="button" class="link-button" translate="no" on:click=focus_parties>{name}</button>
                            {agreement.estimated.then(|| view! { <span class="estimated-mark">" " {tr(TextKey::EstimatedShort)}</span> })}
                        </th>
                        <td translate="no" data-column=tr(TextKey::ColParties)>{move || parties(a)}</td>
                        <td data-column=tr(TextKey::ColKind)>{move || agreement_kind(state.lang(), kind)}</td>
                        <td class="numeric" data-column=tr(TextKey::ColSigned)>{move || date(state.lang(), signed)}</td>
                        <td class="numeric" data-column=tr(TextKey::ColEnds)>{move || ends.map(|d| date(state.lang(), d)).unwrap_or_default()}</td>
                        <td data-column=tr(TextKey::Sectors)>{move || sectors(a)}</td>
                        <td data-column=tr(TextKey::ColSources)><SourcesList sources=agreement.sources.clone()/></td>
                    </tr>
                }
            })
            .collect_view()
    };
    let download = move |_| {
        let lang = state.lang();
        let dialect = CsvDialect::for_lang(lang);
        let dataset = state.dataset();
        let header = [
            TextKey::ColAgreement,
            TextKey::ColCode,
            TextKey::ColParties,
            TextKey::ColKind,
            TextKey::ColSigned,
            TextKey::ColEnds,
            TextKey::Sectors,
            TextKey::EstimatedShort,
            TextKey::ColSources,
        ]
        .map(|k| text(lang, k));
        let rows: Vec<Vec<String>> = rows.with_untracked(|rows| {
            rows.iter()
                .map(|&a| {
                    let agreement = dataset.agreement(a);
                    vec![
                        agreement.names.get(lang.code()).to_owned(),
                        agreement.id.clone(),
                        agreement
                            .parties
                            .iter()
                            .map(|&p| dataset.region(p).id.clone())
                            .collect::<Vec<_>>()
                            .join(" | "),
                        agreement_kind(lang, agreement.kind).to_owned(),
                        agreement.signed.to_string(),
                        agreement.ends.map(|d| d.to_string()).unwrap_or_default(),
                        sectors(a).replace(", ", " | "),
                        if agreement.estimated {
                            "x".into()
                        } else {
                            String::new()
                        },
                        source_urls(&dataset, &agreement.sources),
                    ]
                })
                .collect()
        });
        save_table_csv(&state, dialect, &header, &rows, "agreements");
    };
    view! {
        <button type="button" class="download-table" on:click=download>{tr(TextKey::DownloadTableCsv)}</button>
        <table class="data-table">
            <caption class="visually-hidden">{tr(TextKey::AgreementsTableCaption)}</caption>
            <thead>
                <tr>
                    {sort_header(AgreementColumn::Name, TextKey::ColAgreement, false, sort)}
                    <th scope="col">{tr(TextKey::ColParties)}</th>
                    <th scope="col">{tr(TextKey::ColKind)}</th>
                    {sort_header(AgreementColumn::Signed, TextKey::ColSigned, true, sort)}
                    {sort_header(AgreementColumn::Ends, TextKey::ColEnds, true, sort)}
                    <th scope="col">{tr(TextKey::Sectors)}</th>
                    <th scope="col">{tr(TextKey::ColSources)}</th>
                </tr>
            </thead>
            <tbody>{shown_rows}</tbody>
        </table>
    }
}

/// The table view, in place of the map.
#[component]
pub fn TableView() -> impl IntoView {
    let state = use_atlas();
    // A memo, so that a change of filters keeps the table (its sorting and rows shown).
    let main_view = Memo::new(move |_| state.link.view.with(|v| v.main_view));
    let main_view = move || main_view.get();
    let set = move |d: MainView| {
        state.link.edit(|v| atlas_core::ViewState {
            main_view: d,
            ..v.clone()
        })
    };
    // The counts of the rows the focus leaves, as the tables show them.
    let counts = Memo::new(move |_| {
        let focus = state.link.focus.get();
        let dataset = state.dataset();
        state.graph.with(|g| {
            (
                pair_rows(&dataset, g, focus).len(),
                region_rows(&dataset, g, focus).len(),
                agreement_rows(&dataset, g, focus).len(),
            )
        })
    });
    let agreement_count = move || counts.get().2;
    let pair_count = move || counts.get().0;
    let region_count = move || counts.get().1;
    let scope = move || scope_text(state, state.link.focus.get());
    view! {
        <section class="table-panel" aria-label=tr(TextKey::ViewTable)>
            <div class="table-head">
                <div class="segmented" role="group" aria-label=tr(TextKey::TableRows)>
                    <button type="button" aria-pressed=move || (main_view() == MainView::TiesTable).to_string() on:click=move |_| set(MainView::TiesTable)>
                        {tr(TextKey::PairsOfRegions)} " " <span class="count">{move || number(state.lang(), pair_count())}</span>
                    </button>
                    <button type="button" aria-pressed=move || (main_view() == MainView::RegionsTable).to_string() on:click=move |_| set(MainView::RegionsTable)>
                        {tr(TextKey::Regions)} " " <span class="count">{move || number(state.lang(), region_count())}</span>
                    </button>
                    <button type="button" aria-pressed=move || (main_view() == MainView::AgreementsTable).to_string() on:click=move |_| set(MainView::AgreementsTable)>
                        {tr(TextKey::Agreements)} " " <span class="count">{move || number(state.lang(), agreement_count())}</span>
                    </button>
                </div>
                {move || scope().map(|(words, names)| view! {
                    <p class="table-scope">
                        {tr(words)} " " <strong translate="no">{names}</strong> " "
                        <button type="button" class="link-button" on:click=move |_| state.link.clear_focus()>{tr(TextKey::ShowEveryone)}</button>
                    </p>
                })}
            </div>
            <div class="table-scroll">
                {move || match main_view() {
                    MainView::RegionsTable => view! { <RegionsTable/> }.into_any(),
                    MainView::AgreementsTable => view! { <AgreementsTable/> }.into_any(),
                    _ => view! { <PairsTable/> }.into_any(),
                }}
            </div>
        </section>
    }
}
