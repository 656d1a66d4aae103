#![allow(clippy::expect_used)] // A build script that cannot read its inputs should stop the build, loudly.
//! Build-time inputs that Cargo would not watch on its own.
//!
//! - `sqlx::migrate!` embeds the migration files it finds when the crate is compiled, but Cargo
//!   only watches the files it included: a new file in a folder would not rebuild the crate.
//! - The message catalogues in `locales/<lang>/<area>.ftl` are embedded in the binary: this
//!   writes the list of them (`include_str!` of each) for `src/i18n/mod.rs`.
use std::fmt::Write as _;
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=migrations");
    println!("cargo:rerun-if-changed=locales");
    // Read when the script runs, not baked in when it is compiled: a build script compiled
    // for one checkout may be run for another sharing the target directory.
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest).join("locales");
    let mut files = Vec::new();
    for lang in std::fs::read_dir(&root).expect("locales/ exists").flatten() {
        let dir = lang.path();
        if !dir.is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", dir.display());
        for file in std::fs::read_dir(&dir)
            .expect("readable locale folder")
            .flatten()
        {
            let path = file.path();
            if path.extension().is_some_and(|e| e == "ftl") {
                let code = lang.file_name().to_string_lossy().into_owned();
                let area = path
                    .file_stem()
                    .expect("a file name")
                    .to_string_lossy()
                    .into_owned();
                files.push((code, area, path));
            }
        }
    }
    files.sort();
    let mut out = String::from("/// (language, area, text) of every shipped catalogue file.\n");
    out.push_str("pub(crate) static SHIPPED: &[(&str, &str, &str)] = &[\n");
    for (code, area, path) in &files {
        writeln!(
            out,
            "    ({code:?}, {area:?}, include_str!({:?})),",
            path.display().to_string()
        )
        .expect("writing to a string");
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR is set")).join("locales.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}
