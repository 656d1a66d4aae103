// sspr: the passkey pages. Only calls navigator.credentials: the server put the WebAuthn
// options in the form's data-options; this script hands them to the browser, puts the
// browser's answer in the form's hidden "credential" field and submits the form. It makes no
// network requests of its own and stores nothing.
'use strict';

(() => {
  const fromB64 = (s) => {
    const b = s.replace(/-/g, '+').replace(/_/g, '/');
    const bin = atob(b + '='.repeat((4 - (b.length % 4)) % 4));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  };
  const toB64 = (buf) => {
    let bin = '';
    for (const byte of new Uint8Array(buf)) bin += String.fromCharCode(byte);
    return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  };
  const ids = (list) => (list || []).map((c) => Object.assign({}, c, { id: fromB64(c.id) }));

  function creationOptions(o) {
    const pk = Object.assign({}, o.publicKey);
    pk.challenge = fromB64(pk.challenge);
    pk.user = Object.assign({}, pk.user, { id: fromB64(pk.user.id) });
    pk.excludeCredentials = ids(pk.excludeCredentials);
    return { publicKey: pk };
  }

  function requestOptions(o) {
    const pk = Object.assign({}, o.publicKey);
    pk.challenge = fromB64(pk.challenge);
    pk.allowCredentials = ids(pk.allowCredentials);
    return { publicKey: pk };
  }

  function created(cred) {
    const r = cred.response;
    return {
      id: cred.id,
      rawId: toB64(cred.rawId),
      type: cred.type,
      response: {
        attestationObject: toB64(r.attestationObject),
        clientDataJSON: toB64(r.clientDataJSON),
        transports: typeof r.getTransports === 'function' ? r.getTransports() : undefined,
      },
      extensions: {},
    };
  }

  function asserted(cred) {
    const r = cred.response;
    return {
      id: cred.id,
      rawId: toB64(cred.rawId),
      type: cred.type,
      response: {
        authenticatorData: toB64(r.authenticatorData),
        clientDataJSON: toB64(r.clientDataJSON),
        signature: toB64(r.signature),
        userHandle: r.userHandle ? toB64(r.userHandle) : null,
      },
      extensions: {},
    };
  }

  function init() {
    const form = document.getElementById('passkey');
    if (!form) return;
    const button = document.getElementById('passkey-go');
    const show = (id) => {
      const el = document.getElementById(id);
      if (el) el.hidden = false;
    };
    if (!window.PublicKeyCredential || !navigator.credentials) {
      show('passkey-unsupported');
      button.disabled = true;
      return;
    }
    let options;
    try {
      options = JSON.parse(form.dataset.options);
    } catch (e) {
      show('passkey-failed');
      return;
    }
    const create = form.dataset.mode === 'create';
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      document.getElementById('passkey-failed').hidden = true;
      button.disabled = true;
      const ask = create
        ? navigator.credentials.create(creationOptions(options))
        : navigator.credentials.get(requestOptions(options));
      ask
        .then((cred) => {
          if (!cred) throw new Error('no credential');
          document.getElementById('passkey-credential').value = JSON.stringify(
            create ? created(cred) : asserted(cred),
          );
          form.submit();
        })
        .catch(() => {
          // Cancelled, timed out, or no passkey for this site on this device: the person
          // may try again (the same challenge) or go back and use another method.
          button.disabled = false;
          show('passkey-failed');
        });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
