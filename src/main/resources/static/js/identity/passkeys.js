// Passkeys (WebAuthn) through Spring Security's endpoints. Loaded as a file: the CSP allows no inline script.
// Buttons: #passkey-signin on /login, #passkey-register (+ #passkey-label) on /account.
(function () {
  'use strict';

  function encode(buffer) {
    var bytes = new Uint8Array(buffer);
    var text = '';
    for (var i = 0; i < bytes.length; i++) { text += String.fromCharCode(bytes[i]); }
    return window.btoa(text).replace(/=/g, '').replace(/\+/g, '-').replace(/\//g, '_');
  }

  function decode(base64url) {
    var text = window.atob(base64url.replace(/-/g, '+').replace(/_/g, '/'));
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) { bytes[i] = text.charCodeAt(i); }
    return bytes.buffer;
  }

  function csrfHeaders() {
    var headers = { 'Content-Type': 'application/json' };
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) { headers[header.content] = token.content; }
    return headers;
  }

  function post(url, body) {
    return fetch(url, {
      method: 'POST', headers: csrfHeaders(), credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      if (!response.ok) { throw new Error('HTTP ' + response.status); }
      return response.json();
    });
  }

  function showError(message) {
    var box = document.getElementById('passkey-error');
    var ok = document.getElementById('passkey-success');
    if (ok) { ok.hidden = true; }
    if (box) { box.textContent = message; box.hidden = false; box.focus(); }
  }

  function signIn(button) {
    post('/webauthn/authenticate/options').then(function (options) {
      options.challenge = decode(options.challenge);
      options.allowCredentials = (options.allowCredentials || []).map(function (c) {
        return Object.assign({}, c, { id: decode(c.id) });
      });
      return navigator.credentials.get({ publicKey: options });
    }).then(function (cred) {
      var r = cred.response;
      return post('/login/webauthn', {
        id: cred.id,
        rawId: encode(cred.rawId),
        response: {
          authenticatorData: encode(r.authenticatorData),
          clientDataJSON: encode(r.clientDataJSON),
          signature: encode(r.signature),
          userHandle: r.userHandle ? encode(r.userHandle) : undefined
        },
        credType: cred.type,
        clientExtensionResults: cred.getClientExtensionResults(),
        authenticatorAttachment: cred.authenticatorAttachment
      });
    }).then(function (result) {
      if (!result || !result.authenticated || !result.redirectUrl) { throw new Error('not authenticated'); }
      window.location.href = result.redirectUrl;
    }).catch(function (err) {
      if (window.console) { console.error(err); }
      showError(button.getAttribute('data-error-failed'));
    });
  }

  function register(button) {
    var labelInput = document.getElementById('passkey-label');
    var label = labelInput ? labelInput.value.trim() : '';
    if (!label) {
      showError(button.getAttribute('data-error-label'));
      if (labelInput) { labelInput.setAttribute('aria-invalid', 'true'); labelInput.focus(); }
      return;
    }
    if (labelInput) { labelInput.removeAttribute('aria-invalid'); }
    post('/webauthn/register/options').then(function (options) {
      options.challenge = decode(options.challenge);
      options.user = Object.assign({}, options.user, { id: decode(options.user.id) });
      options.excludeCredentials = (options.excludeCredentials || []).map(function (c) {
        return Object.assign({}, c, { id: decode(c.id) });
      });
      return navigator.credentials.create({ publicKey: options });
    }).then(function (cred) {
      var r = cred.response;
      return post('/webauthn/register', {
        publicKey: {
          credential: {
            id: cred.id,
            rawId: encode(cred.rawId),
            response: {
              attestationObject: encode(r.attestationObject),
              clientDataJSON: encode(r.clientDataJSON),
              transports: r.getTransports ? r.getTransports() : []
            },
            type: cred.type,
            clientExtensionResults: cred.getClientExtensionResults(),
            authenticatorAttachment: cred.authenticatorAttachment
          },
          label: label
        }
      });
    }).then(function (result) {
      if (!result || !result.success) { throw new Error('not registered'); }
      window.location.href = '/account?passkey';
    }).catch(function (err) {
      if (window.console) { console.error(err); }
      showError(button.getAttribute('data-error-failed'));
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var supported = !!window.PublicKeyCredential;
    var signin = document.getElementById('passkey-signin');
    var reg = document.getElementById('passkey-register');
    [signin, reg].forEach(function (button) {
      if (button && !supported) { button.disabled = true; }
    });
    if (signin && supported) { signin.addEventListener('click', function () { signIn(signin); }); }
    if (reg && supported) { reg.addEventListener('click', function () { register(reg); }); }
  });
})();
