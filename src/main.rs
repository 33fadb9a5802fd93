//! Mounts the Liaison app into the page.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    liaison::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Liaison runs in the browser: build it with `make serve`.");
}
