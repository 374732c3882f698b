use super::query::trim_number;
use super::*;

#[test]
fn reads_the_documented_example() {
    let (state, warnings) =
        ViewState::parse_query("?sectors=semiconductors,automotive&from=1988&to=2026");
    assert!(warnings.is_empty());
    assert_eq!(state.sectors, vec!["automotive", "semiconductors"]);
    assert_eq!(state.from, Some(1988));
    assert_eq!(state.to, Some(2026));
}

#[test]
fn display_then_parse_gives_the_same_state() {
    let states = [
        ViewState::default(),
        ViewState {
            sectors: vec!["automotive".into(), "semiconductors".into()],
            from: Some(2020),
            to: Some(2025),
            kinds: vec![
                crate::dataset::NetworkKind::WorkingCommunity,
                crate::dataset::NetworkKind::Euroregion,
            ],
            full_members_only: true,
            began_in_years: true,
            only: Some(super::OnlyTies::Pair("ITC4".into(), "BE2".into())),
            region: Some("ITC4".into()),
            network: Some("esra".into()),
            with: Some("BE2".into()),
            chain: Some("CA-QC".into()),
            network_set: Vec::new(),
            set_rule: Default::default(),
            compare: Vec::new(),
            metrics: crate::metrics::MetricsOptions {
                weighting: crate::metrics::TieWeighting::Equal,
                exclude_estimated: true,
            },
            layout: LayoutKind::Network,
            draw: DrawMode::Pairs,
            camera: Some(CameraView {
                zoom: 3.25,
                center: crate::projection::GeoPoint {
                    lat_deg: 50.5,
                    lon_deg: 4.25,
                },
            }),
            embed: true,
            data: Some("extracts/a b.json".into()),
            lang: Some("it".into()),
            local_names: true,
            main_view: MainView::RegionsTable,
            story: Some("stories/a story.json".into()),
            step: Some(3),
            autoplay: Some(8),
            scheme: crate::theme::ColorScheme::Dark,
            accent: Some(crate::theme::Rgb::new(0x00, 0x7a, 0x3d)),
            theme: Some("css/atlas theme.css".into()),
            other: vec![("q".into(), "a b&c=d".into())],
        },
    ];
    for state in states {
        let text = state.to_string();
        assert_eq!(text.parse::<ViewState>().unwrap(), state, "{text}");
    }
}

#[test]
fn writes_readable_links() {
    let state = ViewState {
        sectors: vec!["automotive".into(), "semiconductors".into()],
        from: Some(1988),
        ..Default::default()
    };
    assert_eq!(
        state.to_query(),
        "sectors=automotive,semiconductors&from=1988"
    );
    assert_eq!(ViewState::default().to_query(), "");
}

#[test]
fn an_unreadable_year_falls_back_and_says_so() {
    let (state, warnings) = ViewState::parse_query("from=nineteen&to=2026");
    assert_eq!(state.from, None);
    assert_eq!(state.to, Some(2026));
    assert_eq!(
        warnings,
        vec![ViewWarning::NotAYear {
            param: "from",
            value: "nineteen".into()
        }]
    );
    assert!(warnings[0].to_string().contains("from=nineteen"));
}

#[test]
fn reads_focus_layout_and_drawing() {
    let (state, warnings) = ViewState::parse_query("region=ITC4&layout=network&draw=pairs");
    assert!(warnings.is_empty());
    assert_eq!(state.region.as_deref(), Some("ITC4"));
    assert_eq!(state.layout, LayoutKind::Network);
    assert_eq!(state.draw, DrawMode::Pairs);
    assert_eq!(state.to_query(), "region=ITC4&layout=network&draw=pairs");
    let (state, warnings) = ViewState::parse_query("layout=globe&draw=bundles");
    assert_eq!(
        (state.layout, state.draw),
        (LayoutKind::Map, DrawMode::Hubs)
    );
    assert_eq!(warnings.len(), 2);
    assert!(warnings[0].to_string().contains("map or network"));
}

#[test]
fn camera_embed_and_data_round_trip() {
    let (state, warnings) =
        ViewState::parse_query("zoom=2.5&center=45.621,9.769&embed=1&data=extracts/lombardy.json");
    assert!(warnings.is_empty(), "{warnings:?}");
    let camera = state.camera.unwrap();
    assert_eq!(camera.zoom, 2.5);
    assert_eq!(
        (camera.center.lat_deg, camera.center.lon_deg),
        (45.621, 9.769)
    );
    assert!(state.embed);
    assert_eq!(state.data.as_deref(), Some("extracts/lombardy.json"));
    assert_eq!(
        state.to_query(),
        "zoom=2.5&center=45.621,9.769&embed=1&data=extracts/lombardy.json"
    );
}

#[test]
fn a_bad_camera_falls_back_to_the_whole_map_and_says_so() {
    for query in [
        "zoom=900&center=45,9",
        "zoom=2&center=north",
        "zoom=2",
        "center=45,9",
        "zoom=nan&center=45,9",
    ] {
        let (state, warnings) = ViewState::parse_query(query);
        assert_eq!(state.camera, None, "{query}");
        assert_eq!(warnings.len(), 1, "{query}: {warnings:?}");
        assert!(warnings[0].to_string().contains("showing the whole map"));
    }
    assert_eq!(trim_number(3.0, 2), "3");
    assert_eq!(trim_number(2.456, 2), "2.46");
}

#[test]
fn language_and_place_names() {
    let (state, warnings) = ViewState::parse_query("lang=IT&names=local");
    assert!(warnings.is_empty());
    assert_eq!(state.lang.as_deref(), Some("it"));
    assert!(state.local_names);
    assert_eq!(state.to_query(), "lang=it&names=local");
    let (state, warnings) = ViewState::parse_query("lang=tlh");
    assert_eq!(state.lang, None);
    assert!(warnings[0].to_string().contains("en, it, de or fr"));
}

#[test]
fn unknown_parameters_survive_a_round_trip() {
    let (state, _) = ViewState::parse_query("utm_source=x&embed=1&sectors=energy&lang=it");
    assert_eq!(
        state.to_query(),
        "sectors=energy&embed=1&lang=it&utm_source=x"
    );
}

#[test]
fn a_story_step_and_autoplay_are_a_link() {
    let (state, warnings) = ViewState::parse_query("story=lombardy&step=3&autoplay=8");
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(state.story.as_deref(), Some("lombardy"));
    assert_eq!((state.step, state.autoplay), (Some(3), Some(8)));
    assert_eq!(state.to_query(), "story=lombardy&step=3&autoplay=8");
    let (state, warnings) = ViewState::parse_query("story=lombardy&step=0&autoplay=1");
    assert_eq!((state.step, state.autoplay), (None, None));
    assert_eq!(warnings.len(), 2);
    assert!(warnings[1].to_string().contains("3 to 600"));
}

#[test]
fn the_table_is_a_link() {
    let (state, warnings) = ViewState::parse_query("view=table");
    assert!(warnings.is_empty());
    assert_eq!(state.main_view, MainView::TiesTable);
    assert_eq!(state.to_query(), "view=table");
    let (state, _) = ViewState::parse_query("rows=regions&view=table");
    assert_eq!(state.main_view, MainView::RegionsTable);
    assert_eq!(state.to_query(), "view=table&rows=regions");
    let (state, _) = ViewState::parse_query("view=table&rows=agreements");
    assert_eq!(state.main_view, MainView::AgreementsTable);
    assert_eq!(state.to_query(), "view=table&rows=agreements");
    let (state, warnings) = ViewState::parse_query("to=2024&view=changes&from=2020");
    assert!(warnings.is_empty());
    assert_eq!(state.main_view, MainView::Changes);
    assert!(
        !state.main_view.is_table(),
        "the changes list sits beside the map"
    );
    assert_eq!(state.to_query(), "from=2020&to=2024&view=changes");
    let (state, warnings) = ViewState::parse_query("view=chart");
    assert_eq!(state.main_view, MainView::Map);
    assert!(warnings[0].to_string().contains("map, table or changes"));
}

#[test]
fn a_pair_is_written_with_its_region_only() {
    let (state, _) = ViewState::parse_query("with=BE2&region=ITC4");
    assert_eq!(state.to_query(), "region=ITC4&with=BE2");
    let (state, _) = ViewState::parse_query("with=BE2");
    assert_eq!(
        state.to_query(),
        "",
        "a partner without a region names no pair"
    );
}

#[test]
fn one_call_resolves_a_link_and_keeps_every_warning() {
    let dataset = crate::parse_dataset(include_str!("../../tests/fixtures/small.json")).unwrap();
    let (first, last) = dataset.year_bounds();
    let region = dataset.regions[0].id.clone();
    let link = format!("from=nineteen&sectors=nonsense&region={region}&network=nowhere&lang=tlh");
    let resolved = resolve_link(&link, &dataset, first, last);
    let said: Vec<String> = resolved.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(said.len(), 4, "{said:?}");
    assert!(
        said[0].contains("from=nineteen"),
        "parse warnings come first: {said:?}"
    );
    assert!(said.iter().any(|w| w.contains("sector \"nonsense\"")));
    assert!(said.iter().any(|w| w.contains("network \"nowhere\"")));
    assert_eq!(resolved.view.to_query(), format!("region={region}"));
    assert_eq!(
        resolved.focus,
        crate::scene::Focus::Region(dataset.region_by_id(&region).unwrap())
    );
    assert_eq!(resolved.query.from_year, first);
}

#[test]
fn a_story_step_keeps_every_parameter_that_is_not_the_steps() {
    let (audience, _) = ViewState::parse_query(
        "embed=1&data=extract.json&lang=it&story=lombardy&step=2&autoplay=8&names=local&region=BE2",
    );
    let (step, _) = ViewState::parse_query("region=ITC4&sectors=energy");
    let shown = step.as_story_step(&audience, 3);
    let link = shown.to_query();
    for param in crate::story::NOT_STEP_PARAMETERS {
        assert!(link.contains(&format!("{param}=")), "{param} kept: {link}");
    }
    assert_eq!(
        link,
        "sectors=energy&region=ITC4&embed=1&data=extract.json&lang=it&names=local&story=lombardy&step=3&autoplay=8"
    );
}

#[test]
fn kinds_of_network_and_full_members_are_a_link() {
    let (state, warnings) = ViewState::parse_query("kinds=euroregion,working-community&roles=full");
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(
        state.to_query(),
        "kinds=working-community,euroregion&roles=full"
    );
    let (state, warnings) = ViewState::parse_query("kinds=club,euroregion&roles=some");
    assert_eq!(state.to_query(), "kinds=euroregion");
    assert_eq!(warnings.len(), 2);
    assert!(warnings[0].to_string().contains("kinds=club"));
    assert!(warnings[1].to_string().contains("full or all"));
}

#[test]
fn chains_and_metric_options_are_a_link() {
    let (state, warnings) =
        ViewState::parse_query("region=ITC4&chain=CA-QC&weights=equal&estimated=exclude");
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(
        state.to_query(),
        "region=ITC4&chain=CA-QC&weights=equal&estimated=exclude"
    );
    assert_eq!(state.metrics.weighting, crate::metrics::TieWeighting::Equal);
    assert!(state.metrics.exclude_estimated);
    // A chain needs a region to start from; a new focus ends it.
    assert_eq!(ViewState::parse_query("chain=CA-QC").0.to_query(), "");
    assert_eq!(
        state.with_region_focus(Some("BE2".into())).to_query(),
        "region=BE2&weights=equal&estimated=exclude"
    );
    let (_, warnings) = ViewState::parse_query("weights=heavy&estimated=maybe");
    assert_eq!(warnings.len(), 2);
    assert!(warnings[0].to_string().contains("size or equal"));
}

#[test]
fn years_can_mean_when_ties_began() {
    let (state, warnings) =
        ViewState::parse_query("from=2020&years=began&view=table&rows=agreements");
    assert!(warnings.is_empty(), "{warnings:?}");
    assert!(state.began_in_years);
    assert_eq!(
        state.to_query(),
        "from=2020&years=began&view=table&rows=agreements"
    );
    let (_, warnings) = ViewState::parse_query("years=soon");
    assert!(warnings[0].to_string().contains("in-force or began"));
}

#[test]
fn sets_of_networks_are_a_link() {
    let (state, warnings) = ViewState::parse_query("network=esra,ara&members=all");
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(state.network_set, ["esra", "ara"]);
    assert_eq!(state.network, None);
    assert_eq!(state.to_query(), "network=esra,ara&members=all");
    let (state, _) = ViewState::parse_query("network=esra,ara,esra&members=only");
    assert_eq!(state.to_query(), "network=esra,ara&members=only");
    // One network is a focus, as before.
    let (state, _) = ViewState::parse_query("network=esra,");
    assert_eq!(state.network.as_deref(), Some("esra"));
    let (_, warnings) = ViewState::parse_query("network=esra,ara&members=some");
    assert!(warnings[0].to_string().contains("all, any or only"));
    // A new focus ends the comparison.
    assert_eq!(
        ViewState::parse_query("network=esra,ara")
            .0
            .with_region_focus(Some("ITC4".into()))
            .to_query(),
        "region=ITC4"
    );
}

#[test]
fn regions_side_by_side_are_a_link() {
    let (state, warnings) = ViewState::parse_query("compare=DE1,DE2");
    assert!(warnings.is_empty());
    assert_eq!(state.compare, ["DE1", "DE2"]);
    assert_eq!(state.to_query(), "compare=DE1,DE2");
    // At most three, once each.
    let (state, _) = ViewState::parse_query("compare=DE1,DE2,DE1,ITC4,BE2");
    assert_eq!(state.to_query(), "compare=DE1,DE2,ITC4");
    assert_eq!(
        state.with_region_focus(Some("ITC4".into())).to_query(),
        "region=ITC4"
    );
}

#[test]
fn a_host_sets_its_colours_in_the_link() {
    let (state, warnings) =
        ViewState::parse_query("embed=1&accent=%23007A3D&scheme=dark&theme=/css/atlante.css");
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(state.accent, Some(crate::theme::Rgb::new(0x00, 0x7a, 0x3d)));
    assert_eq!(state.scheme, crate::theme::ColorScheme::Dark);
    assert_eq!(state.theme.as_deref(), Some("/css/atlante.css"));
    assert_eq!(
        state.to_query(),
        "embed=1&scheme=dark&accent=007a3d&theme=/css/atlante.css"
    );
    let (state, warnings) = ViewState::parse_query("accent=green&scheme=sepia");
    assert_eq!(
        (state.accent, state.scheme),
        (None, crate::theme::ColorScheme::Auto)
    );
    assert_eq!(
        warnings.iter().map(ToString::to_string).collect::<Vec<_>>(),
        [
            "\"accent=green\" in the link is not one of a colour written RRGGBB, such as 1f5fae; using the default",
            "\"scheme=sepia\" in the link is not one of light, dark or auto; using the default",
        ]
    );
}
