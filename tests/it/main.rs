//! The integration suite: one binary (every extra test binary costs a link).
//!
//! These tests run against a real Samba AD DC that `scripts/test` provisions and starts in a
//! private network namespace, and find through `SSPR_TEST_DC_ENV`. Run them with `scripts/test`.

// Panicking on a broken fixture is what a test should do.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod harness;
mod portal;
mod property;
mod proxy;
mod screening;
mod security;
mod smtp;
mod softkey;
mod webdriver;

mod a11y;
mod admin;
mod attack;
mod audit;
mod bench;
mod browser;
mod cli;
mod doctor;
mod i18n;
mod instances;
mod load;
mod mail;
mod ops;
mod passkeys;
mod reminders;
mod settings;
mod writeback;
