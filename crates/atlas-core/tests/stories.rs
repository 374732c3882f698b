//! Stories for presentation mode: the bundled stories check against the bundled data, say what
//! the data says, and frame what they name (the reader's refusals are in `story_files.rs`).

use atlas_core::layout::geographic_layout;
use atlas_core::projection::map_from_geo;
use atlas_core::viewport::Viewport;
use atlas_core::{load_story, parse_dataset_bytes, parse_story, Dataset, Story};

/// Every bundled story, by the name that `?story=` gives it.
const BUNDLED: [(&str, &str); 2] = [
    (
        "lombardy",
        include_str!("../../../public/stories/lombardy.json"),
    ),
    (
        "semiconductors",
        include_str!("../../../public/stories/semiconductors.json"),
    ),
];

/// Longest title and caption, in characters: read from the back of a room on a projector.
const MAX_TITLE_CHARS: usize = 60;
const MAX_CAPTION_CHARS: usize = 220;

fn bundled_data() -> Dataset {
    parse_dataset_bytes(include_bytes!("../../../public/data/atlas.json"))
        .unwrap_or_else(|e| panic!("the bundled data file must validate:\n{e}"))
}

fn bundled_story(name: &str) -> Story {
    let (_, text) = BUNDLED.iter().find(|(n, _)| *n == name).unwrap();
    parse_story(text).unwrap_or_else(|e| panic!("stories/{name}.json must parse:\n{e}"))
}

#[test]
fn every_bundled_story_checks_against_the_bundled_data() {
    let data = bundled_data();
    for (name, text) in BUNDLED {
        let story = load_story(text.as_bytes(), &data)
            .unwrap_or_else(|e| panic!("stories/{name}.json:\n{e}"));
        assert_eq!(story.id, name, "a story's id is its file name");
        assert_eq!(story.format_version, "1.0");
    }
}

#[test]
fn every_step_of_the_bundled_stories_is_in_english_and_italian_and_short() {
    for (name, _) in BUNDLED {
        let story = bundled_story(name);
        assert_eq!(story.languages(), ["en", "it"], "{name}");
        assert!(
            (7..=10).contains(&story.steps.len()) || name != "lombardy",
            "{name}: {} steps",
            story.steps.len()
        );
        for (i, step) in story.steps.iter().enumerate() {
            for lang in ["en", "it"] {
                let title = step.title.exact(lang).unwrap_or_else(|| {
                    panic!("{name} step {}: no title in {lang}", i + 1);
                });
                let caption = step.caption.exact(lang).unwrap_or_else(|| {
                    panic!("{name} step {}: no caption in {lang}", i + 1);
                });
                assert!(
                    title.chars().count() <= MAX_TITLE_CHARS,
                    "{name} step {} {lang}: the title has {} characters: {title}",
                    i + 1,
                    title.chars().count()
                );
                assert!(
                    caption.chars().count() <= MAX_CAPTION_CHARS,
                    "{name} step {} {lang}: the caption has {} characters: {caption}",
                    i + 1,
                    caption.chars().count()
                );
            }
            assert_ne!(
                step.title.exact("it"),
                step.title.exact("en"),
                "{name} step {}: the Italian title is a copy of the English",
                i + 1
            );
        }
    }
}

/// What the Lombardy story shows is what its captions say, in the bundled data: a pair step
/// shows the year the two signed, a network step a year in which Lombardy is a member.
#[test]
fn the_lombardy_story_shows_what_its_captions_say() {
    let d = bundled_data();
    let story = bundled_story("lombardy");
    let lombardy = d.region_by_id("ITC4").unwrap();
    for (i, step) in story.steps.iter().enumerate() {
        let number = i + 1;
        let to = step.view.to.unwrap_or(d.year_bounds().1);
        if let Some(with) = &step.view.with {
            let partner = d.region_by_id(with).unwrap();
            let signed: Vec<i32> = d
                .agreements
                .iter()
                .filter(|a| a.parties.contains(&lombardy) && a.parties.contains(&partner))
                .map(|a| a.signed.year)
                .collect();
            assert!(
                signed.contains(&to),
                "step {number}: Lombardy and {with} signed in {signed:?}, the step shows up to {to}"
            );
        }
        if let Some(id) = &step.view.network {
            let network = d.networks.iter().find(|n| &n.id == id).unwrap();
            let member = network
                .members
                .iter()
                .find(|m| m.region == lombardy)
                .unwrap_or_else(|| panic!("step {number}: Lombardy is not in {id}"));
            assert!(
                member.joined.year <= to && !member.estimated,
                "step {number}: Lombardy joined {id} in {:?}",
                member.joined
            );
        }
    }
    // The dates the captions give.
    let caption = |n: usize| story.step(n).unwrap().caption("en");
    let network = |id: &str| d.networks.iter().find(|n| n.id == id).unwrap();
    let joined = |id: &str| {
        network(id)
            .members
            .iter()
            .find(|m| m.region == lombardy)
            .unwrap()
            .joined
            .to_string()
    };
    assert_eq!(network("four-motors").founded.to_string(), "1988-09-09");
    assert!(caption(2).contains("9 September 1988"));
    assert_eq!(network("arge-alp").founded.to_string(), "1972-10-12");
    assert!(caption(1).contains("12 October 1972"));
    assert_eq!(joined("ara"), "2022-06-30");
    assert!(caption(4).contains("June 2022"));
    assert_eq!(joined("nw-italy"), "2023-07");
    assert!(caption(5).contains("July 2023"));
    assert_eq!(joined("esra"), "2024-11-08");
    assert!(caption(7).contains("8 November 2024"));
    let signed = |id: &str| {
        d.agreements
            .iter()
            .find(|a| a.id == id)
            .unwrap()
            .signed
            .to_string()
    };
    assert_eq!(signed("lombardy-bavaria-declaration-2024"), "2024-10-09");
    assert!(caption(6).contains("9 October 2024"));
    assert_eq!(signed("lombardy-catalonia-agreement-2025"), "2025-11-07");
    assert!(caption(8).contains("7 November 2025"));
    assert_eq!(signed("lombardy-flanders-mou-2026"), "2026-03-03");
    assert!(caption(9).contains("3 March 2026"));
    // The closing step counts Lombardy's networks and bilateral agreements.
    let networks = d
        .networks
        .iter()
        .filter(|n| n.members.iter().any(|m| m.region == lombardy))
        .count();
    let bilateral = d
        .agreements
        .iter()
        .filter(|a| a.parties.len() == 2 && a.parties.contains(&lombardy))
        .count();
    assert_eq!((networks, bilateral), (10, 9));
    assert!(caption(10).contains("ten networks") && caption(10).contains("nine bilateral"));
    assert!(story.step(10).unwrap().caption("it").contains("dieci reti"));
}

/// The semiconductor story's dates and counts are the bundled data's.
#[test]
fn the_semiconductor_story_says_what_the_data_says() {
    let d = bundled_data();
    let story = bundled_story("semiconductors");
    let caption = |n: usize| story.step(n).unwrap().caption("en");
    let esra = d.networks.iter().find(|n| n.id == "esra").unwrap();
    let joined = |id: &str| {
        let region = d.region_by_id(id).unwrap();
        let m = esra.members.iter().find(|m| m.region == region).unwrap();
        (m.joined.to_string(), m.founding, m.estimated)
    };
    assert_eq!(esra.founded.to_string(), "2023-09-07");
    assert_eq!(esra.members.iter().filter(|m| m.founding).count(), 27);
    assert!(caption(1).contains("7 September 2023") && caption(1).contains("27 regions"));
    assert_eq!(joined("PT11"), ("2024-05-29".into(), false, false));
    assert!(caption(2).contains("29 May 2024") && caption(2).contains("31st"));
    assert_eq!(joined("ITC4"), ("2024-11-08".into(), false, false));
    let chair_from = |id: &str, role: &str| {
        let region = d.region_by_id(id).unwrap();
        esra.presidencies
            .iter()
            .find(|p| p.region == region && p.role == role)
            .map(|p| p.from.year)
    };
    assert_eq!(chair_from("ITC1", "chair"), Some(2024));
    // Catalonia took the chair, and Pirkanmaa the co-chair, at the handover in Barcelona on
    // 7 November 2025 (the data records the report that dates it from 1 January 2026 as a
    // conflict); in 2026 the chair is Catalonia's, as the caption says.
    assert_eq!(chair_from("ES51", "chair"), Some(2025));
    assert!(caption(5).contains("in 2026 it is Catalonia's"));
    assert_eq!(chair_from("FI19B", "co-chair"), Some(2025));
    // 36 members reported, about six of them unnamed: the data names 30.
    assert_eq!(esra.members.len(), 30);
    assert!(caption(6).contains("36 members") && caption(6).contains("about six"));
    let piedmont_alliance = d
        .agreements
        .iter()
        .find(|a| a.id == "lombardy-piedmont-alliance-2024")
        .unwrap();
    assert_eq!(piedmont_alliance.signed.to_string(), "2024-12");
}

/// A step that zooms in keeps what it names on screen, on screens from a small laptop to a
/// projector, with room left at the bottom for the caption.
/// Every step shows what it names on screen, above its caption, at the three projector
/// sizes: a step without a frame of its own frames its subject (the network's members, the
/// region and its partners, the pair) as the atlas does; a step with one keeps it.
#[test]
fn every_step_keeps_what_it_names_on_screen_above_the_caption() {
    use atlas_core::dataset::RegionIdx;
    use atlas_core::derive_graph;
    use atlas_core::labels::RectPx;
    use atlas_core::viewport::FreeRectPx;

    let d = bundled_data();
    let layout = geographic_layout(&d);
    let bounds = layout.bounds().unwrap();
    let (first, last) = d.year_bounds();
    let mut framed_steps = 0;
    for (name, _) in BUNDLED {
        let story = bundled_story(name);
        for (i, step) in story.steps.iter().enumerate() {
            let (query, _) = step.view.resolve(&d, first, last);
            let (selection, _) = step.view.selection(&d);
            let graph = derive_graph(&d, &query);
            let mut named: Vec<RegionIdx> = selection
                .region
                .iter()
                .chain(&selection.with)
                .copied()
                .collect();
            if let Some(network) = selection.network {
                named.extend(
                    graph
                        .hub(network)
                        .map(|h| h.members.iter().map(|m| m.region).collect::<Vec<_>>())
                        .unwrap_or_default(),
                );
            }
            let subject: Vec<RegionIdx> = match (selection.region, selection.with) {
                (Some(region), None) => std::iter::once(region)
                    .chain(graph.partners(region))
                    .collect(),
                _ => named.clone(),
            };
            for (width_px, height_px) in [(1024.0, 768.0), (1280.0, 720.0), (1920.0, 1080.0)] {
                let fitted = Viewport::fit(bounds, width_px, height_px, 12.0);
                // The caption: at most a third of the screen, along the bottom.
                let caption = RectPx {
                    x_px: 0.0,
                    y_px: height_px * 2.0 / 3.0,
                    width_px,
                    height_px: height_px / 3.0,
                };
                let free = FreeRectPx::whole(width_px, height_px).less(caption);
                let viewport = match step.view.camera {
                    Some(camera) => Viewport {
                        center: map_from_geo(camera.center),
                        px_per_km: fitted.px_per_km * camera.zoom,
                        ..fitted
                    },
                    None if subject.is_empty() => continue,
                    None => {
                        framed_steps += 1;
                        Viewport::framing(
                            &layout.continental_points(subject.iter().copied()),
                            width_px,
                            height_px,
                            free,
                            12.0,
                            fitted.px_per_km * 6.0,
                        )
                        .unwrap()
                    }
                };
                for &region in &named {
                    if layout.in_inset[region.index()] {
                        continue;
                    }
                    let p = viewport.screen_from_map(layout.positions[region.index()]);
                    assert!(
                        (free.left_px..=free.right_px).contains(&p.x_px)
                            && (free.top_px..=free.bottom_px).contains(&p.y_px),
                        "{name} step {}: {} is at {:.0},{:.0} on a {width_px}x{height_px} screen",
                        i + 1,
                        d.region(region).id,
                        p.x_px,
                        p.y_px
                    );
                }
            }
        }
    }
    assert!(
        framed_steps > 10,
        "the bundled stories frame their subjects"
    );
}
