//! Server-rendered SVG charts for the helpdesk dashboard.
//!
//! The dashboard must work without JavaScript and under a strict CSP that
//! forbids inline `style` attributes and `<style>` elements, so every chart is
//! plain inline SVG whose colours come from CSS classes styled by the site
//! stylesheet. Only structural/presentation attributes (`class`, `x`, `y`,
//! `width`, `height`, `text-anchor`, `font-size`, ...) are ever emitted.
//!
//! All text that reaches the markup (titles, labels, series names, classes)
//! is XML-escaped, because labels come from data such as status reason names.
//! Inputs are treated defensively: mismatched lengths never panic and sums are
//! computed in `u64` so many large `u32` counts cannot overflow.
//!
//! Every word a chart adds itself (the empty notice, the screen-reader summary, hover titles)
//! comes from the reader's catalogue (`chart-*` messages); titles and series names come
//! translated from the caller.

use std::fmt::Write as _;

use crate::i18n::Tr;

/// One stacked series of a [`stacked_bars`] chart.
#[derive(Debug, Clone, Copy)]
pub struct Series<'a> {
    /// Human-readable name, shown in the legend, hover titles and description.
    pub name: &'a str,
    /// CSS class applied to the series' bar segments and legend swatch.
    pub class: &'a str,
    /// One value per label; missing values count as 0, extra ones are ignored.
    pub values: &'a [u32],
}

// Geometry of the stacked bar chart, in viewBox units. The SVG has no fixed
// width/height so it scales with its container; these only fix the aspect.
const SB_W: f64 = 720.0;
const SB_H: f64 = 260.0;
const SB_LEFT: f64 = 44.0;
const SB_RIGHT: f64 = 710.0;
const SB_TOP: f64 = 30.0;
const SB_BOTTOM: f64 = 224.0;

// Geometry of the horizontal bar chart. Height grows with the row count so
// every row keeps a readable size.
const HB_W: f64 = 720.0;
const HB_ROW: f64 = 24.0;
const HB_PAD: f64 = 10.0;
const HB_LABEL_END: f64 = 216.0;
const HB_BAR_START: f64 = 224.0;
// Room is left after the longest bar for its value text.
const HB_BAR_MAX: f64 = 430.0;
const HB_LABEL_CHARS: usize = 28;

/// Renders stacked vertical bars, one bar per label (e.g. one per day), with
/// the series stacked bottom-up in the order given.
///
/// Each non-zero segment is a `<rect class="{series.class}">` carrying a
/// `<title>` such as `2026-11-22 Resets: 3` for hover. When every value is
/// zero (or there are no labels) the axes are still drawn together with a
/// `text class="empty"` notice, so the layout of the page does not jump.
pub fn stacked_bars(tr: &Tr, title: &str, labels: &[String], series: &[Series<'_>]) -> String {
    let n = labels.len();
    let value_at = |s: &Series<'_>, i: usize| u64::from(s.values.get(i).copied().unwrap_or(0));

    let stack_max = (0..n)
        .map(|i| series.iter().map(|s| value_at(s, i)).sum::<u64>())
        .max()
        .unwrap_or(0);
    let max = nice_max(stack_max);
    let plot_h = SB_BOTTOM - SB_TOP;
    // Maps a cumulative count to a y coordinate; shared by segments and ticks
    // so stacked segments meet exactly without gaps or overlaps.
    let y_of = |v: u64| SB_BOTTOM - plot_h * (v as f64) / (max as f64);

    let desc = stacked_desc(tr, labels, series, &value_at);
    let mut out = svg_open(title, &desc, SB_W, SB_H);

    // Gridlines and tick labels.
    let step = tick_step(max);
    let mut tick = 0u64;
    while tick <= max {
        let y = y_of(tick);
        let _ = write!(
            out,
            r#"<line class="gridline" x1="{}" y1="{}" x2="{}" y2="{}"/><text class="tick" x="{}" y="{}" text-anchor="end" font-size="11">{}</text>"#,
            num(SB_LEFT),
            num(y),
            num(SB_RIGHT),
            num(y),
            num(SB_LEFT - 6.0),
            num(y + 4.0),
            tick
        );
        match tick.checked_add(step) {
            Some(t) => tick = t,
            None => break,
        }
    }
    let _ = write!(
        out,
        r#"<line class="axis" x1="{}" y1="{}" x2="{}" y2="{}"/>"#,
        num(SB_LEFT),
        num(SB_BOTTOM),
        num(SB_RIGHT),
        num(SB_BOTTOM)
    );

    // Bars and x labels.
    if n > 0 {
        let slot = (SB_RIGHT - SB_LEFT) / n as f64;
        let bar_w = slot * 0.7;
        let label_every = x_label_step(n);
        for (i, label) in labels.iter().enumerate() {
            let x = SB_LEFT + slot * i as f64 + (slot - bar_w) / 2.0;
            let mut base = 0u64;
            for s in series {
                let v = value_at(s, i);
                if v == 0 {
                    // Zero-height rects would only add invisible hover targets.
                    continue;
                }
                let top = base + v;
                let (y_top, y_bottom) = (y_of(top), y_of(base));
                let _ = write!(
                    out,
                    r#"<rect class="{}" x="{}" y="{}" width="{}" height="{}"><title>{}</title></rect>"#,
                    esc(s.class),
                    num(x),
                    num(y_top),
                    num(bar_w),
                    num(y_bottom - y_top),
                    esc(&crate::tr!(
                        tr,
                        "chart-segment",
                        label = label,
                        series = s.name,
                        value = v
                    )),
                );
                base = top;
            }
            if i % label_every == 0 {
                let _ = write!(
                    out,
                    r#"<text class="tick" x="{}" y="{}" text-anchor="middle" font-size="11">{}</text>"#,
                    num(x + bar_w / 2.0),
                    num(SB_BOTTOM + 16.0),
                    esc(&short_label(label))
                );
            }
        }
    }

    if stack_max == 0 {
        let _ = write!(
            out,
            r#"<text class="empty" x="{}" y="{}" text-anchor="middle" font-size="14">{}</text>"#,
            num((SB_LEFT + SB_RIGHT) / 2.0),
            num((SB_TOP + SB_BOTTOM) / 2.0),
            esc(&tr.t("chart-no-activity"))
        );
    }

    // Legend across the top; swatches reuse the series classes so the
    // stylesheet colours them identically to the bars.
    out.push_str(r#"<g class="legend">"#);
    let mut lx = SB_LEFT;
    for s in series {
        let _ = write!(
            out,
            r#"<rect class="{}" x="{}" y="8" width="10" height="10"/><text x="{}" y="17" font-size="11">{}</text>"#,
            esc(s.class),
            num(lx),
            num(lx + 14.0),
            esc(s.name)
        );
        // Rough advance for an 11px font; exact text metrics are unknowable
        // on the server and a little slack is harmless.
        lx += 28.0 + 6.5 * s.name.chars().count() as f64;
    }
    out.push_str("</g></svg>");
    out
}

/// Renders horizontal bars, one row per `(label, value)` in the order given
/// (the caller sorts), e.g. failures by status reason.
///
/// Labels longer than about 28 characters are truncated with `…`; the full
/// label is kept in the row's `<title>`. Bars are proportional to the largest
/// value and the value is printed at the bar's end. When there are no rows
/// or all values are zero, a `text class="empty"` notice is rendered instead.
pub fn horizontal_bars(tr: &Tr, title: &str, rows: &[(String, u32)], class: &str) -> String {
    let max = rows.iter().map(|(_, v)| *v).max().unwrap_or(0);
    let empty = max == 0;
    let row_count = if empty { 1 } else { rows.len() };
    let height = HB_PAD * 2.0 + HB_ROW * row_count as f64;

    let desc = horizontal_desc(tr, rows, empty);
    let mut out = svg_open(title, &desc, HB_W, height);

    if empty {
        let _ = write!(
            out,
            r#"<text class="empty" x="{}" y="{}" text-anchor="middle" font-size="14">{}</text>"#,
            num(HB_W / 2.0),
            num(height / 2.0 + 5.0),
            esc(&tr.t("chart-no-failures"))
        );
        out.push_str("</svg>");
        return out;
    }

    for (i, (label, value)) in rows.iter().enumerate() {
        let y = HB_PAD + HB_ROW * i as f64;
        let bar_h = HB_ROW * 0.7;
        let bar_y = y + (HB_ROW - bar_h) / 2.0;
        let text_y = y + HB_ROW / 2.0 + 4.0;
        let w = HB_BAR_MAX * f64::from(*value) / f64::from(max);
        // One group per row so the hover title covers label, bar and value.
        let _ = write!(
            out,
            r#"<g class="row"><title>{}</title><text class="label" x="{}" y="{}" text-anchor="end" font-size="12">{}</text>"#,
            esc(&crate::tr!(
                tr,
                "chart-row",
                label = label,
                value = u64::from(*value)
            )),
            num(HB_LABEL_END),
            num(text_y),
            esc(&truncate(label, HB_LABEL_CHARS))
        );
        if *value > 0 {
            let _ = write!(
                out,
                r#"<rect class="{}" x="{}" y="{}" width="{}" height="{}"/>"#,
                esc(class),
                num(HB_BAR_START),
                num(bar_y),
                num(w),
                num(bar_h)
            );
        }
        let _ = write!(
            out,
            r#"<text class="value" x="{}" y="{}" font-size="12">{}</text></g>"#,
            num(HB_BAR_START + w + 6.0),
            num(text_y),
            value
        );
    }
    out.push_str("</svg>");
    out
}

/// Opens the `<svg>` element with accessible `<title>`/`<desc>` children.
fn svg_open(title: &str, desc: &str, w: f64, h: f64) -> String {
    let id = chart_id(title);
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}" role="img" aria-labelledby="{id}-t {id}-d" class="chart"><title id="{id}-t">{}</title><desc id="{id}-d">{}</desc>"#,
        num(w),
        num(h),
        esc(title),
        esc(desc)
    )
}

/// Screen-reader summary for a stacked chart: per-series totals.
fn stacked_desc(
    tr: &Tr,
    labels: &[String],
    series: &[Series<'_>],
    value_at: &dyn Fn(&Series<'_>, usize) -> u64,
) -> String {
    let n = labels.len();
    // Only say "days" when the labels really are dates; otherwise the chart
    // could be mis-described if reused for other buckets.
    let unit = if labels.iter().all(|l| is_date(l)) {
        "days"
    } else {
        "periods"
    };
    if series.is_empty() {
        return crate::tr!(tr, "chart-totals-none", n = n, unit = unit);
    }
    let parts: Vec<String> = series
        .iter()
        .map(|s| {
            let total: u64 = (0..n).map(|i| value_at(s, i)).sum();
            crate::tr!(tr, "chart-item", label = s.name, value = total)
        })
        .collect();
    let parts = parts.join(&tr.t("chart-list-separator"));
    crate::tr!(tr, "chart-totals", n = n, unit = unit, items = parts)
}

/// Screen-reader summary for a horizontal chart: the first few rows.
fn horizontal_desc(tr: &Tr, rows: &[(String, u32)], empty: bool) -> String {
    if empty {
        return tr.t("chart-no-failures-desc");
    }
    // A screen reader reading dozens of rows is noise; the caller sorts, so
    // the first rows are the most relevant ones.
    const TOP: usize = 5;
    let parts: Vec<String> = rows
        .iter()
        .take(TOP)
        .map(|(l, v)| crate::tr!(tr, "chart-item", label = l, value = u64::from(*v)))
        .collect();
    let parts = parts.join(&tr.t("chart-list-separator"));
    if rows.len() > TOP {
        crate::tr!(tr, "chart-top-more", items = parts, more = rows.len() - TOP)
    } else {
        crate::tr!(tr, "chart-top", items = parts)
    }
}

/// Smallest value of the form 1, 2 or 5 × 10^n that is >= `v`, but at least
/// 5 so that tick steps stay whole numbers (counts are integers).
fn nice_max(v: u64) -> u64 {
    if v <= 5 {
        return 5;
    }
    let mut pow = 1u64;
    loop {
        for m in [1u64, 2, 5] {
            match m.checked_mul(pow) {
                Some(c) if c >= v => return c,
                Some(_) => {}
                // Beyond u64 range no nicer bound exists; the raw max still
                // yields a correct (if unround) scale.
                None => return v,
            }
        }
        match pow.checked_mul(10) {
            Some(p) => pow = p,
            None => return v,
        }
    }
}

/// Gridline step for a nice maximum: 5 intervals for 1×/5× maxima and 4 for
/// 2× maxima, so ticks land on round whole numbers.
fn tick_step(max: u64) -> u64 {
    let mut lead = max;
    while lead >= 10 && lead.is_multiple_of(10) {
        lead /= 10;
    }
    let parts = if lead == 2 { 4 } else { 5 };
    (max / parts).max(1)
}

/// How often to print an x label so short date labels never overlap.
fn x_label_step(n: usize) -> usize {
    if n <= 12 {
        1
    } else {
        n.div_ceil(6).max(5)
    }
}

/// `YYYY-MM-DD` check used to shorten date labels and word the description.
fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        })
}

/// Shortens an x label: dates lose the year (it is obvious from context),
/// anything else is truncated so it fits under its bar.
fn short_label(label: &str) -> String {
    match label.get(5..) {
        Some(md) if is_date(label) => md.to_owned(),
        _ => truncate(label, 8),
    }
}

/// Truncates to at most `max` characters (not bytes, so multi-byte text is
/// never split), ending with `…` when shortened.
fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_owned();
    }
    let mut t: String = s.chars().take(max.saturating_sub(1)).collect();
    t.push('…');
    t
}

/// Element id prefix derived from the title, so several charts on one page
/// get distinct `aria-labelledby` targets. A hash suffix keeps titles that
/// slug identically (differing only in punctuation or non-ASCII) apart.
fn chart_id(title: &str) -> String {
    let mut slug = String::from("chart-");
    for c in title.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') {
            slug.push('-');
        }
    }
    if !slug.ends_with('-') {
        slug.push('-');
    }
    // FNV-1a: tiny, deterministic across builds (unlike std's RandomState).
    let mut h: u32 = 0x811c_9dc5;
    for b in title.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    let _ = write!(slug, "{h:08x}");
    slug
}

/// XML-escapes text for element content and attribute values.
///
/// Characters that are illegal in XML 1.0 (most C0 controls) are dropped,
/// since even escaped they would make the document malformed.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Formats a coordinate with one decimal; enough precision for a 720-wide
/// viewBox while keeping the markup compact.
fn num(v: f64) -> String {
    let s = format!("{v:.1}");
    match s.strip_suffix(".0") {
        Some(whole) => whole.to_owned(),
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tr() -> Tr {
        super::super::words::english()
    }

    /// Minimal well-formedness check: every opened tag is closed in order.
    fn assert_balanced(svg: &str) {
        let mut stack: Vec<String> = Vec::new();
        let mut rest = svg;
        while let Some(start) = rest.find('<') {
            let end = rest[start..].find('>').unwrap() + start;
            let tag = &rest[start + 1..end];
            assert!(!tag.contains('<'), "nested '<' in tag: {tag}");
            if let Some(name) = tag.strip_prefix('/') {
                assert_eq!(stack.pop().as_deref(), Some(name), "in {svg}");
            } else if !tag.ends_with('/') {
                let name = tag.split_whitespace().next().unwrap();
                stack.push(name.to_owned());
            }
            rest = &rest[end + 1..];
        }
        assert!(stack.is_empty(), "unclosed: {stack:?}");
    }

    fn check_common(svg: &str) {
        assert!(svg.starts_with("<svg "));
        assert!(svg.ends_with("</svg>"));
        assert!(svg.contains(r#"role="img""#));
        assert!(svg.contains(r#"class="chart""#));
        assert!(!svg.contains("style"), "style found in {svg}");
        // The viewBox alone sizes the chart so it scales with its container.
        let open = &svg[..svg.find('>').unwrap()];
        assert!(!open.contains("width=") && !open.contains("height="));
        assert_balanced(svg);
    }

    fn days(n: usize) -> Vec<String> {
        (1..=n).map(|d| format!("2026-11-{d:02}")).collect()
    }

    #[test]
    fn nice_max_rounds_to_1_2_5() {
        assert_eq!(nice_max(0), 5);
        assert_eq!(nice_max(1), 5);
        assert_eq!(nice_max(5), 5);
        assert_eq!(nice_max(7), 10);
        assert_eq!(nice_max(10), 10);
        assert_eq!(nice_max(12), 20);
        assert_eq!(nice_max(21), 50);
        assert_eq!(nice_max(99), 100);
        assert_eq!(nice_max(101), 200);
        assert_eq!(nice_max(u64::MAX), u64::MAX);
    }

    #[test]
    fn tick_steps_are_whole() {
        assert_eq!(tick_step(5), 1);
        assert_eq!(tick_step(10), 2);
        assert_eq!(tick_step(20), 5);
        assert_eq!(tick_step(50), 10);
        assert_eq!(tick_step(200), 50);
    }

    #[test]
    fn stacked_bars_renders_segments_and_legend() {
        let labels = days(30);
        let resets: Vec<u32> = (0..30).map(|i| i % 4).collect();
        let fails = [0u32; 30];
        let series = [
            Series {
                name: "Resets",
                class: "s-reset",
                values: &resets,
            },
            Series {
                name: "Failures",
                class: "s-fail",
                values: &fails,
            },
        ];
        let svg = stacked_bars(&tr(), "Activity", &labels, &series);
        check_common(&svg);
        assert!(svg.contains("<title>2026-11-02 Resets: 1</title>"));
        assert!(!svg.contains("Failures: 0"), "zero segment rendered");
        assert!(svg.contains(r#"class="gridline""#));
        assert!(svg.contains(r#"class="tick""#));
        assert!(svg.contains(">11-01<") && svg.contains(">11-06<"));
        assert!(!svg.contains(">11-02<"), "every 5th label only");
        assert!(svg.contains(r#"<g class="legend"><rect class="s-reset""#));
        assert!(svg.contains("Totals over 30 days: Resets 43, Failures 0."));
        assert!(!svg.contains(r#"class="empty""#));
    }

    #[test]
    fn stacked_bars_empty_dataset() {
        let zeros = [0u32; 30];
        let series = [Series {
            name: "Resets",
            class: "a",
            values: &zeros,
        }];
        let svg = stacked_bars(&tr(), "Activity", &days(30), &series);
        check_common(&svg);
        assert!(svg.contains(r#"class="empty""#));
        assert!(svg.contains("No activity in this period"));
        assert!(svg.contains(r#"class="gridline""#));

        let svg = stacked_bars(&tr(), "Nothing", &[], &[]);
        check_common(&svg);
        assert!(svg.contains("No activity in this period"));
    }

    #[test]
    fn stacked_bars_mismatched_lengths() {
        let short = [3u32];
        let long = [1u32, 2, 3, 4, 5, 6, 7, 8, 9];
        let series = [
            Series {
                name: "Short",
                class: "a",
                values: &short,
            },
            Series {
                name: "Long",
                class: "b",
                values: &long,
            },
        ];
        let svg = stacked_bars(&tr(), "Mismatch", &days(3), &series);
        check_common(&svg);
        // Extra values beyond the 3 labels are ignored in the totals.
        assert!(svg.contains("Short 3, Long 6."));
        assert!(!svg.contains("Long: 4"));
    }

    #[test]
    fn stacked_bars_large_values_do_not_overflow() {
        let big = [u32::MAX; 2];
        let series = [
            Series {
                name: "A",
                class: "a",
                values: &big,
            },
            Series {
                name: "B",
                class: "b",
                values: &big,
            },
        ];
        let svg = stacked_bars(&tr(), "Big", &days(2), &series);
        check_common(&svg);
        assert!(svg.contains(&format!("A {}", 2 * u64::from(u32::MAX))));
    }

    #[test]
    fn escapes_text_everywhere() {
        let labels = vec!["<script>&".to_owned()];
        let v = [1u32];
        let series = [Series {
            name: "a\"<b>",
            class: "x\"y",
            values: &v,
        }];
        let svg = stacked_bars(&tr(), "T<&>", &labels, &series);
        check_common(&svg);
        assert!(!svg.contains("<script>"));
        assert!(svg.contains("&lt;script&gt;&amp;"));
        assert!(svg.contains("T&lt;&amp;&gt;"));
        assert!(svg.contains(r#"class="x&quot;y""#));

        let rows = vec![("<script>&\u{0}".to_owned(), 2)];
        let svg = horizontal_bars(&tr(), "F", &rows, "bar");
        check_common(&svg);
        assert!(!svg.contains("<script>"));
        assert!(!svg.contains('\u{0}'));
        assert!(svg.contains("&lt;script&gt;&amp;"));
    }

    #[test]
    fn horizontal_bars_rows_and_truncation() {
        let long = "AVeryLongStatusReasonNameThatKeepsGoing".to_owned();
        let rows = vec![
            ("OnPremisesPolicyViolation".to_owned(), 5),
            (long.clone(), 2),
            ("Zero".to_owned(), 0),
        ];
        let svg = horizontal_bars(&tr(), "Failures by reason", &rows, "bar-fail");
        check_common(&svg);
        assert!(svg.contains(&format!("<title>{long}: 2</title>")));
        assert!(svg.contains(&format!(">{}…<", &long[..27])));
        assert!(svg.contains(r#"<rect class="bar-fail" x="224" y="13.6" width="430""#));
        assert_eq!(svg.matches("<rect").count(), 2, "zero row has no bar");
        assert!(svg.contains("Top: OnPremisesPolicyViolation 5, "));
    }

    #[test]
    fn horizontal_bars_empty() {
        for rows in [vec![], vec![("A".to_owned(), 0)]] {
            let svg = horizontal_bars(&tr(), "Failures", &rows, "bar");
            check_common(&svg);
            assert!(svg.contains(r#"class="empty""#));
            assert!(svg.contains("No failures in this period"));
        }
    }

    #[test]
    fn horizontal_desc_limits_rows() {
        let rows: Vec<(String, u32)> = (0..8).map(|i| (format!("R{i}"), 8 - i)).collect();
        let d = horizontal_desc(&tr(), &rows, false);
        assert_eq!(d, "Top: R0 8, R1 7, R2 6, R3 5, R4 4, and 3 more.");
    }

    #[test]
    fn ids_unique_per_title() {
        let a = stacked_bars(&tr(), "Activity per day", &[], &[]);
        let b = horizontal_bars(&tr(), "Failures by reason", &[], "x");
        let id_a = chart_id("Activity per day");
        let id_b = chart_id("Failures by reason");
        assert_ne!(id_a, id_b);
        assert_ne!(chart_id("Failures (7d)"), chart_id("Failures 7d"));
        assert_eq!(id_a, chart_id("Activity per day"), "deterministic");
        assert!(id_a.starts_with("chart-activity-per-day-"));
        assert!(a.contains(&format!(r#"aria-labelledby="{id_a}-t {id_a}-d""#)));
        assert!(a.contains(&format!(r#"<title id="{id_a}-t">"#)));
        assert!(b.contains(&format!(r#"<desc id="{id_b}-d">"#)));
    }

    #[test]
    fn label_helpers() {
        assert_eq!(short_label("2026-11-22"), "11-22");
        assert_eq!(short_label("Week 47 of 2026"), "Week 47…");
        assert_eq!(truncate("ééééé", 3), "éé…");
        assert_eq!(x_label_step(30), 5);
        assert_eq!(x_label_step(7), 1);
        assert_eq!(x_label_step(90), 15);
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.25), "12.2");
    }
}
