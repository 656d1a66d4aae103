//! `sqlx::migrate!` embeds the migration files it finds when the crate is compiled, but Cargo
//! only watches the files it included: a new file in a folder would not rebuild the crate.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
