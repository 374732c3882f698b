//! The list of what changed in the years shown (`view=changes`): joinings and departures,
//! agreements signed or ended, presidencies begun, each dated and sourced, oldest first. It
//! sits beside the map, where the new ties glow; names focus what they name; the list
//! downloads as CSV for a spreadsheet.

use atlas_core::changes::{changes_between, Change, ChangeKind};
use atlas_core::dataset::{MemberRole, RegionIdx};
use atlas_core::export::CsvDialect;
use leptos::prelude::*;

use crate::i18n::format::{change_verb, changes_title, date, ChangeVerb};
use crate::i18n::{text, tr, Lang, TextKey};
use crate::state::{use_atlas, AtlasState};
use crate::ui::details::badges::EstimatedBadge;
use crate::ui::details::sources_list::SourcesList;
use crate::ui::table::csv_download::{save_table_csv, source_urls};

/// The change's verb.
fn verb(kind: &ChangeKind) -> ChangeVerb {
    match kind {
        ChangeKind::Founded { .. } => ChangeVerb::Founded,
        ChangeKind::Joined { .. } => ChangeVerb::Joined,
        ChangeKind::Left { .. } => ChangeVerb::Left,
        ChangeKind::Signed { .. } => ChangeVerb::Signed,
        ChangeKind::Ended { .. } => ChangeVerb::Ended,
        ChangeKind::PresidencyBegan { .. } => ChangeVerb::Presidency,
    }
}

/// The change as plain words: "Lombardy joined ESRA", "Lombardy–Bavaria declaration signed".
fn sentence(state: AtlasState, lang: Lang, change: &Change) -> String {
    let dataset = state.dataset();
    let verb = change_verb(lang, verb(&change.kind));
    match &change.kind {
        ChangeKind::Founded { network } => {
            format!("{} {verb}", state.network_short_name(*network))
        }
        ChangeKind::Joined {
            network,
            region,
            role,
        } => {
            let role = match role {
                MemberRole::Member => String::new(),
                MemberRole::Associate => format!(" ({})", text(lang, TextKey::Associate)),
                MemberRole::Observer => format!(" ({})", text(lang, TextKey::Observer)),
                MemberRole::Other(word) => format!(" ({word})"),
            };
            format!(
                "{} {verb} {}{role}",
                state.region_name(*region),
                state.network_short_name(*network)
            )
        }
        ChangeKind::Left { network, region }
        | ChangeKind::PresidencyBegan {
            network, region, ..
        } => {
            format!(
                "{} {verb} {}",
                state.region_name(*region),
                state.network_short_name(*network)
            )
        }
        ChangeKind::Signed { agreement } | ChangeKind::Ended { agreement } => format!(
            "{} {verb}",
            dataset.agreement(*agreement).names.get(lang.code())
        ),
    }
}

/// The list of changes, in the details panel's place.
#[component]
pub fn ChangesCard() -> impl IntoView {
    let state = use_atlas();
    let lang = state.link.lang;
    let changes = Memo::new(move |_| {
        let dataset = state.dataset();
        state.link.query.with(|q| changes_between(&dataset, q))
    });
    let title = move || {
        state
            .link
            .query
            .with(|q| changes_title(lang.get(), q.from_year, q.to_year))
    };
    let items = move || {
        let dataset = state.dataset();
        changes
            .get()
            .into_iter()
            .map(|change| {
                let regions: Vec<RegionIdx> = change.regions(&dataset);
                let when = change.date;
                let words = {
                    let change = change.clone();
                    move || sentence(state, lang.get(), &change)
                };
                let who = regions
                    .into_iter()
                    .map(|r| {
                        view! {
                            <button type="button" class="chip small" translate="no" on:click=move |_| state.link.focus_region(Some(r))>
                                {move || state.region_name(r)}
                            </button>
                        }
                    })
                    .collect_view();
                view! {
                    <li>
                        <span class="when">{move || date(lang.get(), when)}</span>
                        <span class="what" translate="no">{words}</span>
                        {change.estimated.then(|| view! { " " <EstimatedBadge note=Default::default()/> })}
                        <div class="chips">{who}</div>
                        <SourcesList sources=change.sources.clone()/>
                    </li>
                }
            })
            .collect_view()
    };
    let download = move |_| {
        let lang = state.lang();
        let dialect = CsvDialect::for_lang(lang);
        let dataset = state.dataset();
        let header = [
            text(lang, TextKey::ColDate),
            text(lang, TextKey::ColChange),
            text(lang, TextKey::Regions),
            text(lang, TextKey::EstimatedShort),
            text(lang, TextKey::ColSources),
        ];
        let rows: Vec<Vec<String>> = changes.with_untracked(|changes| {
            changes
                .iter()
                .map(|c| {
                    vec![
                        c.date.to_string(),
                        sentence(state, lang, c),
                        c.regions(&dataset)
                            .into_iter()
                            .map(|r| dataset.region(r).id.clone())
                            .collect::<Vec<_>>()
                            .join(" | "),
                        if c.estimated {
                            "x".into()
                        } else {
                            String::new()
                        },
                        source_urls(&dataset, &c.sources),
                    ]
                })
                .collect()
        });
        save_table_csv(&state, dialect, &header, &rows, "changes");
    };
    view! {
        <div class="card changes-card">
            <h2>{title}</h2>
            <p class="note">{tr(TextKey::ChangesIntro)}</p>
            <button type="button" class="download-table" on:click=download>{tr(TextKey::DownloadTableCsv)}</button>
            {move || changes.with(Vec::is_empty).then(|| view! { <p>{tr(TextKey::NoChanges)}</p> })}
            <ol class="changes">{items}</ol>
        </div>
    }
}
