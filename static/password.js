// sspr: progressive enhancement for the password pages. Every page works without this file.
//
// PRIVACY: this script never sends, stores or logs a password or code. It makes no network
// requests (no fetch, XMLHttpRequest, sendBeacon, WebSocket, images), touches no storage
// (no localStorage, sessionStorage, IndexedDB, cookies) and writes nothing to the console.
// Passwords are read from the input, checked in memory, and the only place they go is the
// form's own POST to this server when the user submits.
'use strict';

(() => {
  // Every word this script writes comes from the page (data-* attributes rendered from the
  // catalogue, in the reader's language); English only if an attribute is missing.
  const LABELS = [
    ['tooWeak', 'Too weak'],
    ['weak', 'Weak'],
    ['fair', 'Fair'],
    ['good', 'Good'],
    ['strong', 'Strong'],
  ];
  const ANNOUNCE_DELAY_MS = 300;
  const SUBMIT_LOCK_MS = 10000;

  // The server's five AD complexity classes (src/policy/complexity.rs). It uses Rust's
  // char::is_uppercase / is_lowercase / is_alphabetic, i.e. the Unicode Uppercase, Lowercase
  // and Alphabetic properties (supersets of Lu, Ll and L), so we use the same ones here.
  let isUpper = (c) => c !== c.toLowerCase();
  let isLower = (c) => c !== c.toUpperCase();
  let isAlpha = (c) => isUpper(c) || isLower(c);
  try {
    const up = new RegExp('^\\p{Uppercase}$', 'u');
    const low = new RegExp('^\\p{Lowercase}$', 'u');
    const alpha = new RegExp('^\\p{Alphabetic}$', 'u');
    isUpper = (c) => up.test(c);
    isLower = (c) => low.test(c);
    isAlpha = (c) => alpha.test(c);
  } catch (e) {
    // Very old browser without Unicode property escapes: the fallbacks above approximate.
  }

  function classBit(c) {
    if (isUpper(c)) return 1;
    if (isLower(c)) return 2;
    if (c >= '0' && c <= '9') return 4; // only ASCII digits count as digits
    if (isAlpha(c)) return 16; // letters without case, e.g. CJK
    return 8; // symbols, spaces, other digits
  }

  function classCount(pw) {
    let seen = 0;
    for (const c of pw) seen |= classBit(c);
    let n = 0;
    for (; seen; seen >>= 1) n += seen & 1;
    return n;
  }

  // A word from the nearest data-<key> attribute of `el` or its ancestors, else `fallback`.
  function word(el, key, fallback) {
    const attr = 'data-' + key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
    const holder = el && el.closest('[' + attr + ']');
    const text = holder && holder.getAttribute(attr);
    return text || fallback;
  }

  // ---- Show / hide password ----
  function addToggle(input) {
    const SHOW = word(input, 'show', 'Show');
    const HIDE = word(input, 'hide', 'Hide');
    const btn = document.createElement('button');
    btn.type = 'button';
    btn.className = 'toggle-visibility';
    btn.textContent = SHOW;
    btn.setAttribute('aria-pressed', 'false');
    if (input.id) btn.setAttribute('aria-controls', input.id);
    btn.addEventListener('click', () => {
      const show = input.type === 'password';
      input.type = show ? 'text' : 'password';
      btn.textContent = show ? HIDE : SHOW;
      btn.setAttribute('aria-pressed', String(show));
    });
    // Visible passwords must not be spell-checked (some spell-checkers are online services).
    input.spellcheck = false;
    input.setAttribute('autocapitalize', 'off');
    input.setAttribute('autocorrect', 'off');
    // Hide again before the form is sent, so browsers don't remember it as plain text.
    if (input.form) {
      input.form.addEventListener('submit', () => {
        input.type = 'password';
        btn.textContent = SHOW;
        btn.setAttribute('aria-pressed', 'false');
      });
    }
    input.insertAdjacentElement('afterend', btn);
  }

  // ---- Live policy checklist and strength meter ----
  function setupChecklist(pwInput) {
    const confirmInput = document.getElementById('confirm-password');
    const meter = document.getElementById('strength');
    const meterText = document.getElementById('strength-text');
    const strengthBox = meter && meter.closest('.strength');
    const items = Array.from(document.querySelectorAll('ul.checklist li[data-rule]'));
    const userInput = document.getElementById('username');
    const list = items.length ? items[0].closest('ul.checklist') : null;
    const DONE = ' ' + word(list, 'done', '(done)');
    const NOT_MET = ' ' + word(list, 'notMet', '(not met)');
    const labels = LABELS.map(([key, fallback]) => word(meter, key, fallback));
    let timer = 0;

    const tests = {
      length: (pw, li) => [...pw].length >= (parseInt(li.dataset.min, 10) || 0),
      classes: (pw, li) => classCount(pw) >= (parseInt(li.dataset.need, 10) || 3),
      name: (pw, li) => {
        const lower = pw.toLowerCase();
        // Where the page does not know the user yet (/change), the typed user name stands in:
        // "EXAMPLE\\jsmith" and "jsmith@example.com" both mean jsmith.
        const typed = userInput ? userInput.value.split('\\').pop().split('@')[0] : '';
        return ((li.dataset.tokens || '') + ',' + typed).split(',')
          .map((t) => t.trim().toLowerCase())
          .filter((t) => [...t].length >= 3)
          .every((t) => !lower.includes(t));
      },
      match: (pw) => confirmInput !== null && confirmInput.value === pw,
    };

    // Screen-reader text per item; only changes are announced (the list is aria-live).
    const spoken = new Map();
    for (const li of items) {
      const span = document.createElement('span');
      span.className = 'visually-hidden';
      li.appendChild(span);
      li.setAttribute('aria-atomic', 'true');
      spoken.set(li, { span, said: '' });
    }

    function announce() {
      for (const li of items) {
        const s = spoken.get(li);
        let say = '';
        if (li.classList.contains('met')) say = DONE;
        else if (s.said === DONE) say = NOT_MET;
        if (say !== s.said) {
          s.said = say;
          s.span.textContent = say;
        }
      }
    }

    function update() {
      const pw = pwInput.value;
      let rulesOk = true;
      for (const li of items) {
        const test = tests[li.dataset.rule];
        if (!test) continue;
        const ok = pw.length > 0 && test(pw, li);
        li.classList.toggle('met', ok);
        li.classList.toggle('unmet', pw.length > 0 && !ok);
        if (!ok && li.dataset.rule !== 'match') rulesOk = false;
      }
      if (meter) {
        const score = estimate(pw, rulesOk);
        meter.value = score;
        if (meterText) meterText.textContent = pw ? labels[score] : '';
        if (strengthBox) strengthBox.dataset.score = pw ? String(score) : '';
      }
      clearTimeout(timer);
      timer = setTimeout(announce, ANNOUNCE_DELAY_MS);
    }

    pwInput.addEventListener('input', update);
    if (confirmInput) confirmInput.addEventListener('input', update);
    if (userInput) userInput.addEventListener('input', update);
    if (pwInput.value) update();
  }

  // A deliberately simple estimate: length, variety, and no repetition. The server decides.
  function estimate(pw, rulesOk) {
    if (!pw) return 0;
    const len = [...pw].length;
    const classes = classCount(pw);
    let score = [8, 12, 16, 20].filter((n) => len >= n).length;
    if (classes >= 3) score += 1;
    if (classes <= 1) score -= 1;
    if (new Set(pw).size <= len / 2) score -= 1;
    if (!rulesOk) score = Math.min(score, 1);
    return Math.max(0, Math.min(4, score));
  }

  // ---- One-time code fields: digits only ----
  function setupCode(input) {
    const max = input.maxLength > 0 ? input.maxLength : Infinity;
    const digitsOnly = (s) => s.replace(/[^0-9]/g, '');
    input.addEventListener('paste', (ev) => {
      const data = ev.clipboardData && ev.clipboardData.getData('text');
      if (typeof data !== 'string') return;
      ev.preventDefault();
      const v = input.value;
      const start = input.selectionStart == null ? v.length : input.selectionStart;
      const end = input.selectionEnd == null ? v.length : input.selectionEnd;
      const next = digitsOnly(v.slice(0, start) + digitsOnly(data) + v.slice(end)).slice(0, max);
      input.value = next;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    input.addEventListener('input', () => {
      const clean = digitsOnly(input.value).slice(0, max);
      if (clean !== input.value) input.value = clean;
    });
  }

  // ---- Guard against double submits ----
  const lockTimers = new Map();

  function unlock(form) {
    clearTimeout(lockTimers.get(form));
    lockTimers.delete(form);
    form.removeAttribute('aria-busy');
    for (const el of form.querySelectorAll('[data-sspr-locked]')) {
      el.disabled = false;
      el.removeAttribute('data-sspr-locked');
    }
  }

  function setupSubmitGuard(form) {
    form.addEventListener('submit', (ev) => {
      // Disable on the next tick: disabling now would drop the clicked button's name=value.
      setTimeout(() => {
        if (ev.defaultPrevented) return;
        for (const el of Array.from(form.elements)) {
          if (el.type === 'submit' && !el.disabled) {
            el.disabled = true;
            el.setAttribute('data-sspr-locked', '');
          }
        }
        form.setAttribute('aria-busy', 'true');
        lockTimers.set(form, setTimeout(() => unlock(form), SUBMIT_LOCK_MS));
      }, 0);
    });
  }

  function init() {
    document.documentElement.classList.add('js');
    document.querySelectorAll('input[type="password"][data-toggle]').forEach(addToggle);
    const pw = document.getElementById('new-password');
    if (pw) setupChecklist(pw);
    document.querySelectorAll('input.code').forEach(setupCode);
    const forms = document.querySelectorAll('form.stack');
    forms.forEach(setupSubmitGuard);
    // Coming back with the Back button (bfcache) must not leave buttons disabled.
    window.addEventListener('pageshow', () => forms.forEach(unlock));
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
