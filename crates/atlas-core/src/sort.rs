//! Stable sorting with one copy of the sort algorithm in the program.
//!
//! The standard library's `sort`, `sort_by` and `sort_by_key` are generic over the element and
//! the comparison: each call site compiles its own copy of the whole sort (about 3.7 kB of
//! WebAssembly each after `wasm-opt -Oz`; some fifty sites made 188 kB of the app's wasm). These
//! functions sort a list of positions with a comparison behind `dyn`, compiled once, then move
//! the elements into that order: same result as `slice::sort_by` (stable), a few kB in all.
//! Use them in code that ships in the app; tests may use the standard ones.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

/// Sorts `items` by `compare`, keeping equal items in their order (as `slice::sort_by`).
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    // Nothing to sort (and nothing to allocate): the common case of a tie's one sector.
    if items.len() < 2 {
        return;
    }
    let order = sorted_positions(items.len(), &mut |a, b| compare(&items[a], &items[b]));
    apply_order(items, order);
}

/// Sorts `items` by the key `key` gives each, keeping equal keys in their order (as
/// `slice::sort_by_key`).
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their natural order (as `slice::sort`).
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// The set of `items`, inserted one by one. `collect()` into a `BTreeSet` sorts the items first
/// with the standard sort, one more copy of it per element type.
pub fn set_of<T: Ord>(items: impl IntoIterator<Item = T>) -> BTreeSet<T> {
    let mut set = BTreeSet::new();
    set.extend(items);
    set
}

/// The map of `pairs`, inserted one by one (a later pair replaces an earlier one with the same
/// key, as with `collect()`, which would sort them first with one more copy of the sort).
pub fn map_of<K: Ord, V>(pairs: impl IntoIterator<Item = (K, V)>) -> BTreeMap<K, V> {
    let mut map = BTreeMap::new();
    map.extend(pairs);
    map
}

/// `collect_set()` and `collect_map()`: `collect()` into a `BTreeSet` or `BTreeMap` without the
/// sort that `collect()` compiles for each element type (see [`set_of`] and [`map_of`]).
pub trait CollectTree: Iterator + Sized {
    /// The set of the items, as [`set_of`].
    fn collect_set(self) -> BTreeSet<Self::Item>
    where
        Self::Item: Ord,
    {
        set_of(self)
    }

    /// The map of the pairs, as [`map_of`].
    fn collect_map<K: Ord, V>(self) -> BTreeMap<K, V>
    where
        Self: Iterator<Item = (K, V)>,
    {
        map_of(self)
    }
}

impl<I: Iterator> CollectTree for I {}

/// The positions `0..len` in the order `compare` puts them, stable. Not generic: the one sort
/// the program compiles.
#[inline(never)]
fn sorted_positions(len: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

/// Moves the items so that position `i` holds the item that was at `order[i]`, following each
/// cycle of the permutation with swaps (linear time, no copies of the items).
fn apply_order<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..items.len() {
        let mut here = start;
        loop {
            let from = order[here];
            // Marks `here` done, so the cycle is followed once.
            order[here] = here;
            if from == start || from == here {
                break;
            }
            items.swap(here, from);
            here = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn it_sorts_as_the_standard_stable_sort_does() {
        // Pseudo-random pairs with many equal keys, so stability shows.
        let mut state = 12345u32;
        let items: Vec<(u32, u32)> = (0..500)
            .map(|i| {
                state = state.wrapping_mul(1_103_515_245).wrapping_add(12345);
                ((state >> 16) % 17, i)
            })
            .collect();
        for len in [0, 1, 2, 3, 7, 64, 500] {
            let mut ours = items[..len].to_vec();
            let mut std_sorted = ours.clone();
            sort_by_key(&mut ours, |p| p.0);
            std_sorted.sort_by_key(|p| p.0);
            assert_eq!(ours, std_sorted, "length {len}");

            let mut ours = items[..len].to_vec();
            let mut std_sorted = ours.clone();
            sort_by(&mut ours, |a, b| b.0.cmp(&a.0));
            std_sorted.sort_by_key(|p| std::cmp::Reverse(p.0));
            assert_eq!(ours, std_sorted, "length {len}, descending");

            let mut ours = items[..len].to_vec();
            let mut std_sorted = ours.clone();
            sort(&mut ours);
            std_sorted.sort();
            assert_eq!(ours, std_sorted, "length {len}, natural");
        }
    }

    #[test]
    fn sets_and_maps_hold_what_collect_would() {
        let words = ["fig", "apple", "fig", "kiwi"];
        assert_eq!(set_of(words), words.into_iter().collect::<BTreeSet<_>>());
        let pairs = [(2, "b"), (1, "a"), (2, "c")];
        assert_eq!(map_of(pairs), pairs.into_iter().collect::<BTreeMap<_, _>>());
        assert_eq!(map_of(pairs)[&2], "c", "the last pair for a key wins");
    }

    #[test]
    fn it_moves_owned_items_without_copying_them() {
        let mut names: Vec<String> = ["pear", "apple", "fig", "apple", "kiwi"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        sort(&mut names);
        assert_eq!(names, ["apple", "apple", "fig", "kiwi", "pear"]);
    }
}
