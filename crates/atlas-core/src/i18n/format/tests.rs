use super::*;
use crate::ViewWarning;

#[test]
fn numbers_and_plurals_follow_the_language() {
    assert_eq!(count(Lang::En, 2874, Noun::Tie), "2,874 ties");
    assert_eq!(count(Lang::It, 2874, Noun::Tie), "2.874 legami");
    assert_eq!(count(Lang::De, 1, Noun::Region), "1 Region");
    assert_eq!(count(Lang::Fr, 0, Noun::Region), "0 région");
    assert_eq!(count(Lang::Fr, 2874, Noun::Region), "2\u{202f}874 régions");
    assert_eq!(count(Lang::It, 1, Noun::Network), "1 rete");
}

#[test]
fn dates_take_the_words_their_precision_needs() {
    let day = PartialDate::ymd(2026, 3, 3);
    let year = PartialDate::year(2004);
    assert_eq!(since(Lang::It, day), "dal 3 marzo 2026");
    assert_eq!(since(Lang::It, year), "dal 2004");
    assert_eq!(since(Lang::De, day), "seit dem 3. März 2026");
    assert_eq!(since(Lang::De, year), "seit 2004");
    assert_eq!(
        since(Lang::Fr, PartialDate::ymd(2026, 3, 1)),
        "depuis le 1er mars 2026"
    );
    assert_eq!(signed(Lang::It, year), "firmato nel 2004");
    assert_eq!(signed(Lang::En, day), "signed 3 March 2026");
    assert_eq!(
        founded(Lang::De, "1988-09".parse().unwrap()),
        "Gegründet im September 1988"
    );
}

#[test]
fn every_link_warning_is_translated() {
    let warning = ViewWarning::UnknownRegion { id: "XX9".into() };
    let texts: Vec<String> = Lang::ALL
        .iter()
        .map(|&l| view_warning(l, &warning))
        .collect();
    for (i, a) in texts.iter().enumerate() {
        assert!(a.contains("XX9"));
        for b in &texts[i + 1..] {
            assert_ne!(a, b);
        }
    }
}

#[test]
fn ordinals_and_ranks_read_naturally_in_each_language() {
    assert_eq!(
        [1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map(|n| ordinal(Lang::En, n)),
        ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st"]
    );
    assert_eq!(ordinal(Lang::Fr, 1), "1re");
    assert_eq!(ordinal(Lang::De, 3), "3.");
    assert_eq!(
        region_ranks(Lang::En, 3, 5, 118),
        "3rd of 118 regions by partners; 5th as a bridge between others (betweenness)."
    );
    assert!(region_ranks(Lang::It, 3, 5, 118).starts_with("3ª su 118 regioni"));
    assert_eq!(chain_steps(Lang::En, 1), "Directly tied");
    assert_eq!(chain_steps(Lang::De, 3), "3 Schritte");
}

#[test]
fn an_overlay_says_what_it_changed_in_each_language() {
    use crate::overlay::{OverlayIds, OverlaySummary};
    let summary = OverlaySummary {
        added: OverlayIds {
            agreements: vec!["a".into()],
            regions: vec!["r1".into(), "r2".into()],
            ..OverlayIds::default()
        },
        removed: OverlayIds {
            networks: vec!["n".into()],
            ..OverlayIds::default()
        },
        ..OverlaySummary::default()
    };
    assert_eq!(
        overlay_changes(Lang::En, &summary),
        "Added: 1 agreement and 2 regions; removed: 1 network."
    );
    assert_eq!(
        overlay_changes(Lang::It, &summary),
        "Aggiunte: 1 accordo e 2 regioni; rimozioni: 1 rete."
    );
    assert_eq!(
        overlay_changes(Lang::Fr, &summary),
        "Ajouts\u{a0}: 1 accord et 2 régions; retraits\u{a0}: 1 réseau."
    );
    assert_eq!(overlay_changes(Lang::De, &OverlaySummary::default()), "");
}
