//! Keeps [`AtlasState::target`] (where things should be) in step with the chosen layout. The
//! geographic placement is immediate; the network layout (ForceAtlas2) runs a slice at a time
//! between frames, so the page never freezes while it computes, even on graphs of tens of
//! thousands of ties. The glide to the new places starts when it is done.

use atlas_core::layout::{NetworkLayoutJob, Placement};
use atlas_core::LayoutKind;
use leptos::prelude::*;

use crate::motion::now_ms;
use crate::state::AtlasState;
use crate::time_slice::{run_in_slices, SlicedWork};

/// Starts following the layout the view asks for.
pub fn install(state: AtlasState) {
    let running = StoredValue::new_local(None::<SlicedWork>);
    Effect::new(move |_| {
        let (layout, draw, pull) = state.layout_request.get();
        let geographic = state.geographic_target.get();
        if let Some(work) = running.try_update_value(Option::take).flatten() {
            work.cancel();
        }
        let frame = state.geography.with_value(|g| g.bounds());
        let (LayoutKind::Network, Some(frame)) = (layout, frame) else {
            // The map, or a file without regions (nothing to lay out).
            state.laying_out.set(false);
            set_target(state, geographic);
            return;
        };
        let mut job = state
            .graph
            .with_untracked(|graph| NetworkLayoutJob::new(graph, &geographic, draw, pull, frame));
        state.laying_out.set(true);
        let started = now_ms();
        let mut longest_slice_ms: f64 = 0.0;
        let work = run_in_slices(move |out_of_time| {
            let slice_start = now_ms();
            let done = job.advance(out_of_time);
            longest_slice_ms = longest_slice_ms.max(now_ms() - slice_start);
            if done {
                state.draw_stats.update_value(|stats| {
                    stats.layouts_done += 1;
                    stats.last_layout_ms = now_ms() - started;
                    stats.last_layout_longest_slice_ms = longest_slice_ms;
                });
                set_target(state, job.placement());
                state.laying_out.set(false);
            }
            done
        });
        running.set_value(Some(work));
    });
}

/// Sets the target, unless it is already there (which would start a glide to nowhere).
fn set_target(state: AtlasState, placement: Placement) {
    if state.target.with_untracked(|t| t != &placement) {
        state.target.set(placement);
    }
}
