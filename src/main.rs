//! Entry point of the web app: install the panic notice, then mount the app.

fn main() {
    alliance_atlas::start();
}
