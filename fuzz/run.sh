#!/usr/bin/env bash
# Runs every fuzz target of atlas-core for SECONDS each (default 60) with the nightly toolchain,
# installing cargo-fuzz first if it is missing. Exits non-zero if any target crashes; the input
# that crashed it is in fuzz/artifacts/TARGET/ (see fuzz/README.md for what to do with it).
#
#   fuzz/run.sh 60          # about 5 minutes: the bounded run of `make test`
#   fuzz/run.sh 1800        # a longer run
#
# FUZZ_TARGETS="parse" limits the targets; FUZZ_SANITIZER=address turns AddressSanitizer back on
# (off by default: atlas-core has no unsafe code, and it runs several times faster without).
set -euo pipefail

seconds=${1:-60}
case $seconds in
'' | *[!0-9]* | 0)
  echo "usage: fuzz/run.sh SECONDS   (seconds per target, at least 1)" >&2
  exit 2
  ;;
esac
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
export PATH="$HOME/.cargo/bin:$PATH"
toolchain=${FUZZ_TOOLCHAIN:-nightly}
targets=${FUZZ_TARGETS:-parse validate derive story overlay}
sanitizer=${FUZZ_SANITIZER:-none}

if ! rustup run "$toolchain" rustc --version >/dev/null 2>&1; then
  rustup toolchain install "$toolchain" --profile minimal
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
  cargo install cargo-fuzz --locked
fi

# The working corpora are kept between runs (and ignored by git); the parse target starts from
# the corpus of bad data and the bundled data file, the story target from the corpus of bad
# stories and the bundled stories. validate and derive build their input from
# the valid files themselves (see fuzz/src/lib.rs), so they start from nothing.
mkdir -p fuzz/corpus/parse
cp tests/corpus/*.json fuzz/corpus/parse/
cp public/data/atlas.json fuzz/corpus/parse/bundled-atlas.json
# The story target starts from the corpus of bad stories and the bundled stories.
mkdir -p fuzz/corpus/story
cp tests/corpus/stories/*.json fuzz/corpus/story/
for story in public/stories/*.json; do
  cp "$story" "fuzz/corpus/story/bundled-$(basename "$story")"
done

# The overlay target starts from the corpus of overlay files.
mkdir -p fuzz/corpus/overlay
cp tests/corpus/overlays/*.json fuzz/corpus/overlay/

cargo +"$toolchain" fuzz build -s "$sanitizer"

failed=()
for target in $targets; do
  mkdir -p "fuzz/corpus/$target" "fuzz/artifacts/$target"
  extra=()
  if [ "$target" = parse ] || [ "$target" = overlay ]; then
    extra=(-dict=fuzz/atlas.dict)
  fi
  echo "== fuzz target $target for ${seconds}s"
  if ! cargo +"$toolchain" fuzz run -s "$sanitizer" "$target" "fuzz/corpus/$target" -- \
    -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 -print_final_stats=1 "${extra[@]}"; then
    failed+=("$target")
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzzing found crashes in: ${failed[*]}; inputs are in fuzz/artifacts/" >&2
  exit 1
fi
echo "fuzzing: no crash in ${targets} (${seconds}s each)"
