# Alliance Atlas. `make serve` and `make test` first install whatever is missing (idempotently).
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
E2E := npx playwright test --config tests/e2e/playwright.config.mjs

.PHONY: help setup setup-test serve build release test lint test-native test-fuzz test-browser test-e2e test-release bench shots validate tables import schema basemap first-picture

help: ## list the targets
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-13s %s\n", $$1, $$2}'

setup: ## install what building and serving need
	@tools/setup.sh serve

setup-test: ## install what the tests need
	@tools/setup.sh test

serve: setup ## build a release and serve it on http://127.0.0.1:8080 (rebuilds on change)
	trunk serve --release --offline

build: setup ## build the release into dist/
	trunk build --release --offline

release: build ## the archive for web teams: target/release-archive/alliance-atlas-X.Y.Z.zip (docs/hosting.md)
	node tools/release.mjs

test: setup-test lint test-native test-fuzz test-browser build test-e2e test-release ## run every test

lint: ## formatting and clippy, native and wasm32
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown -p alliance-atlas --all-targets -- -D warnings

test-native: ## core, command-line tool and app unit tests, and the build's node scripts
	cargo test --workspace
	node --test tools/

FUZZ_SECONDS ?= 30
test-fuzz: ## fuzz the core's loader, validation and graph for FUZZ_SECONDS per target (nightly)
	fuzz/run.sh $(FUZZ_SECONDS)

test-browser: ## wasm-bindgen tests of the components in headless Chromium
	cargo test --target wasm32-unknown-unknown -p alliance-atlas --test web

test-e2e: ## end-to-end tests against dist/ on loopback (run `make build` first)
	$(E2E)

test-release: setup-test release ## the release archive served by nginx with its own configuration, in Chromium
	node --test tests/release/

bench: build ## the performance benchmark beside sigma.js and Cytoscape.js, desktop and a throttled phone (about 11 minutes; see bench/README.md)
	bench/setup.sh
	node bench/run.mjs

shots: build ## screenshots (desktop, phone, projector, presenter, dark, table) into target/shots/
	@mkdir -p target/shots
	@node tests/e2e/serve.mjs --dir dist --port 4199 & server=$$!; sleep 1; \
	  trap "kill $$server" EXIT; \
	  node tools/screenshot.mjs http://127.0.0.1:4199/ target/shots/desktop.png 1280x800; \
	  node tools/screenshot.mjs http://127.0.0.1:4199/ target/shots/phone.png 390x844 --mobile; \
	  node tools/screenshot.mjs http://127.0.0.1:4199/ target/shots/projector.png 1920x1080; \
	  node tools/screenshot.mjs "http://127.0.0.1:4199/?story=lombardy&step=6" target/shots/presenter.png 1920x1080; \
	  node tools/screenshot.mjs "http://127.0.0.1:4199/?region=ITC4" target/shots/dark.png 1280x800 --dark; \
	  node tools/screenshot.mjs "http://127.0.0.1:4199/?view=table&region=ITC4" target/shots/table.png 1280x800

validate: ## check the bundled data file
	cargo run -q -p atlas-cli -- validate --deny-warnings public/data/atlas.json

tables: ## rewrite data/tables/*.csv (the spreadsheet form) from public/data/atlas.json
	cargo run -q -p atlas-cli -- tables public/data/atlas.json data/tables

import: ## rebuild public/data/atlas.json from the spreadsheet tables in data/tables (and its first picture)
	cargo run -q -p atlas-cli -- import data/tables public/data/atlas.json
	cargo run -q -p atlas-cli -- first-picture public/data/atlas.json public/basemap/europe.json public/first-picture.svg

first-picture: ## redraw public/first-picture.svg, the map the page shows while the app loads, from the bundled data
	cargo run -q -p atlas-cli -- first-picture public/data/atlas.json public/basemap/europe.json public/first-picture.svg

schema: ## regenerate public/data/atlas.schema.json from the Rust types
	cargo run -q -p atlas-cli -- schema > public/data/atlas.schema.json

basemap: setup ## rebuild public/basemap/europe.json from Natural Earth (npm world-atlas)
	cargo run -q -p atlas-cli -- basemap node_modules/world-atlas/countries-50m.json public/basemap/europe.json
