//! Where things are placed: at their place on the map, or by the network layout, computed a
//! slice at a time between frames (so the page never freezes, even on 10,000 regions), and
//! glided to on screen when the placement changes.

use atlas_core::layout::{hub_positions, GeoLayout, NetworkLayoutJob, Placement};
use atlas_core::scene::DrawMode;
use atlas_core::{Graph, LayoutKind};
use leptos::prelude::*;

use super::link::LinkHandle;
use super::DrawStats;
use crate::render::motion::{animate, now_ms, Animation};
use crate::render::time_slice::{run_in_slices, SlicedWork};

/// Pull towards geography in the network layout when "keep near the map" is on.
const GEOGRAPHY_PULL: f64 = 0.35;
/// How long a change of layout takes on screen.
const TRANSITION_MS: f64 = 750.0;

/// What the layout is doing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LayoutProgress {
    /// The placement is where it should be (or gliding there).
    #[default]
    Done,
    /// The network layout is being computed, a slice at a time.
    Computing,
}

/// What the layout runner needs to know to lay out.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LayoutRequest {
    pub kind: LayoutKind,
    /// How networks are drawn (hubs take part in the network layout).
    pub draw: DrawMode,
    /// Pull towards each region's place on the map, 0 for none.
    pub geography_pull: f64,
}

#[derive(Clone, Copy)]
pub struct LayoutHandle {
    /// Hold the network layout near geography.
    pub keep_near_geography: RwSignal<bool>,
    /// Regions at their points, hubs amid their members.
    pub geographic: Memo<Placement>,
    pub request: Memo<LayoutRequest>,
    /// Where things should be for the current layout.
    pub target: RwSignal<Placement>,
    pub progress: RwSignal<LayoutProgress>,
    /// Where things are drawn now (moves towards `target` when the layout changes).
    pub shown: RwSignal<Placement>,
}

impl LayoutHandle {
    pub fn new(
        link: LinkHandle,
        graph: Memo<Graph>,
        geography: StoredValue<std::sync::Arc<GeoLayout>>,
    ) -> Self {
        let keep_near_geography = RwSignal::new(false);
        let geographic = Memo::new(move |_| {
            geography.with_value(|geography| {
                graph.with(|graph| Placement {
                    hubs: hub_positions(graph, &geography.positions),
                    regions: geography.positions.clone(),
                })
            })
        });
        let request = Memo::new(move |_| {
            let (kind, draw) = link.view.with(|v| (v.layout, v.draw));
            LayoutRequest {
                kind,
                draw,
                geography_pull: if keep_near_geography.get() {
                    GEOGRAPHY_PULL
                } else {
                    0.0
                },
            }
        });
        let target = RwSignal::new(geographic.get_untracked());
        Self {
            keep_near_geography,
            geographic,
            request,
            target,
            progress: RwSignal::new(LayoutProgress::Done),
            shown: RwSignal::new(target.get_untracked()),
        }
    }

    fn set_target(&self, placement: Placement) {
        if self.target.with_untracked(|t| t != &placement) {
            self.target.set(placement);
        }
    }

    /// Computes the target placement whenever the request or the graph changes (the network
    /// layout in slices, cancelled when a newer request comes), and glides what is shown to it.
    pub fn install(
        &self,
        graph: Memo<Graph>,
        geography: StoredValue<std::sync::Arc<GeoLayout>>,
        draw_stats: StoredValue<DrawStats>,
    ) {
        let layout = *self;
        let running = StoredValue::new_local(None::<SlicedWork>);
        Effect::new(move |_| {
            let request = layout.request.get();
            let geographic = layout.geographic.get();
            if let Some(work) = running.try_update_value(Option::take).flatten() {
                work.cancel();
            }
            let frame = geography.with_value(|g| g.bounds());
            let (LayoutKind::Network, Some(frame)) = (request.kind, frame) else {
                layout.progress.set(LayoutProgress::Done);
                layout.set_target(geographic);
                return;
            };
            let mut job = graph.with_untracked(|graph| {
                NetworkLayoutJob::new(
                    graph,
                    &geographic,
                    request.draw,
                    request.geography_pull,
                    frame,
                )
            });
            layout.progress.set(LayoutProgress::Computing);
            let started = now_ms();
            let mut longest_slice_ms: f64 = 0.0;
            let work = run_in_slices(move |out_of_time| {
                let slice_start = now_ms();
                let done = job.advance(out_of_time);
                longest_slice_ms = longest_slice_ms.max(now_ms() - slice_start);
                if done {
                    draw_stats.update_value(|stats| {
                        stats.layouts_done += 1;
                        stats.last_layout_ms = now_ms() - started;
                        stats.last_layout_longest_slice_ms = longest_slice_ms;
                    });
                    layout.set_target(job.placement());
                    layout.progress.set(LayoutProgress::Done);
                }
                done
            });
            running.set_value(Some(work));
        });

        // Placement changes glide from where things are to where they go.
        let gliding = StoredValue::new_local(None::<Animation>);
        Effect::new(move |previous: Option<()>| {
            let target = layout.target.get();
            if previous.is_none() {
                layout.shown.set(target);
                return;
            }
            if let Some(animation) = gliding.try_update_value(Option::take).flatten() {
                animation.cancel();
            }
            let start = layout.shown.get_untracked();
            let animation = animate(TRANSITION_MS, move |t| {
                layout.shown.set(start.lerp(&target, t));
            });
            gliding.set_value(Some(animation));
        });
    }
}
