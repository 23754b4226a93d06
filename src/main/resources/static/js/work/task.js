// The task page: draft autosave (server first, a local copy until the server confirms), a lease
// heartbeat, keyboard work (Enter = next field, Ctrl+Enter = submit and next), the image viewer
// and the audio player's keys. The page works without this file: plain form posts.
(function () {
  'use strict';
  var form = document.getElementById('task-form');
  if (!form) { return; }
  var taskId = form.dataset.taskId;
  var editable = form.dataset.editable === 'true';
  var status = document.getElementById('work-status');
  var csrfMeta = document.querySelector('meta[name="_csrf"]');
  var csrfHeaderMeta = document.querySelector('meta[name="_csrf_header"]');
  var storageKey = 'hataraku.draft.' + taskId;
  var saveTimer = null;
  var retryDelay = 2000;
  var dirty = false;
  var submitting = false;
  var inFlight = false;
  // the server draft this page last saw: a local copy older than it came before another device's save
  var serverRevision = parseInt(form.dataset.serverRevision, 10) || 0;

  function say(text) {
    var p = status.querySelector('.autosave');
    if (!p) {
      p = document.createElement('p');
      p.className = 'autosave';
      status.appendChild(p);
    }
    p.textContent = text;
  }

  function fieldData() {
    var data = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (name.indexOf('f_') === 0) { data.append(name, value); }
    });
    return data;
  }

  function keepLocal(data) {
    try {
      localStorage.setItem(storageKey, JSON.stringify({ at: Date.now(), rev: serverRevision, data: data.toString() }));
    } catch (e) { /* private mode or full: the server copy still counts */ }
  }

  function dropLocal() {
    try { localStorage.removeItem(storageKey); } catch (e) { /* nothing kept */ }
  }

  function save() {
    saveTimer = null;
    if (!editable || submitting) { return; }
    if (inFlight) { schedule(500); return; }
    var data = fieldData();
    keepLocal(data);
    dirty = false;
    inFlight = true;
    say(form.dataset.savingText);
    var headers = { 'Accept': 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' };
    if (csrfMeta && csrfHeaderMeta) { headers[csrfHeaderMeta.content] = csrfMeta.content; }
    fetch(form.dataset.draftUrl, { method: 'POST', headers: headers, body: data.toString(), credentials: 'same-origin' })
      .then(function (response) {
        inFlight = false;
        if (response.status === 409 || response.status === 403 || response.status === 404) {
          // no longer this worker's task: keep the local copy, stop saving
          editable = false;
          say(form.dataset.lostText);
          return null;
        }
        if (!response.ok) { throw new Error('draft ' + response.status); }
        return response.json();
      })
      .then(function (answer) {
        if (!answer) { return; }
        retryDelay = 2000;
        if (answer.revision) { serverRevision = answer.revision; }
        // typed on while this was saving: the next save will say "saved"
        if (dirty) { return; }
        dropLocal();
        say(form.dataset.savedText.replace('{0}', answer.savedAt));
      })
      .catch(function () {
        inFlight = false;
        dirty = true;
        say(form.dataset.offlineText);
        schedule(retryDelay);
        retryDelay = Math.min(retryDelay * 2, 60000);
      });
  }

  function schedule(delay) {
    if (saveTimer) { clearTimeout(saveTimer); }
    saveTimer = setTimeout(save, delay);
  }

  function changed() {
    if (!editable || submitting) { return; }
    if (!dirty) { say(''); }
    dirty = true;
    keepLocal(fieldData());
    schedule(1000);
  }

  // On leaving (tab closed, app switched on a phone): one last save the browser sends even as
  // the page goes away. sendBeacon cannot set headers, so the CSRF token travels as a field.
  function flush() {
    if (!editable || submitting || !dirty) { return; }
    var data = fieldData();
    keepLocal(data);
    if (csrfMeta) { data.append('_csrf', csrfMeta.content); }
    data.append('beacon', '1');
    if (navigator.sendBeacon && navigator.sendBeacon(form.dataset.draftUrl,
        new Blob([data.toString()], { type: 'application/x-www-form-urlencoded' }))) {
      dirty = false;
    }
  }

  function restoreLocal() {
    var kept;
    try { kept = JSON.parse(localStorage.getItem(storageKey) || 'null'); } catch (e) { kept = null; }
    if (!kept || !editable) { return; }
    if ((kept.rev || 0) < serverRevision) {
      // saved from another device since this copy was made: the page shows the newer draft
      dropLocal();
      return;
    }
    var data = new URLSearchParams(kept.data);
    if (data.toString() === fieldData().toString()) { dropLocal(); return; }
    var names = {};
    data.forEach(function (v, name) { (names[name] = names[name] || []).push(v); });
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.name.indexOf('f_') !== 0) { return; }
      var values = names[el.name] || [];
      if (el.type === 'checkbox' || el.type === 'radio') {
        el.checked = values.indexOf(el.value) >= 0;
      } else {
        el.value = values.length ? values[0] : '';
      }
    });
    say(form.dataset.restoredText);
    dirty = true;
    schedule(500);
  }

  form.addEventListener('input', changed);
  form.addEventListener('change', changed);
  form.addEventListener('focusout', function () { if (dirty) { schedule(0); } });
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') { flush(); }
  });
  window.addEventListener('pagehide', flush);
  window.addEventListener('online', function () { if (dirty) { schedule(0); } });

  form.addEventListener('submit', function (event) {
    if (submitting) { event.preventDefault(); return; }
    submitting = true;
    if (saveTimer) { clearTimeout(saveTimer); }
    var submitter = event.submitter;
    if (submitter && submitter.id !== 'save-draft') { dropLocal(); }
    // Disable after the browser has read the pressed button's name and value.
    setTimeout(function () {
      form.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = true; });
    }, 0);
  });

  // Keyboard: Enter moves on (not in a textarea or on a button), Ctrl+Enter submits and opens the next task.
  form.addEventListener('keydown', function (event) {
    if (event.key !== 'Enter' || event.isComposing || event.keyCode === 229) { return; }
    var target = event.target;
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      var next = document.getElementById('submit-next');
      if (next && !submitting) {
        if (form.requestSubmit) { form.requestSubmit(next); } else { next.click(); }
      }
      return;
    }
    if (target.tagName === 'TEXTAREA' || target.tagName === 'BUTTON' || target.type === 'submit') { return; }
    event.preventDefault();
    var fields = Array.prototype.filter.call(form.elements, function (el) {
      return el.name && el.name.indexOf('f_') === 0 && !el.disabled && el.type !== 'hidden';
    });
    var index = fields.indexOf(target);
    // skip the other options of the same radio group
    var following = fields.slice(index + 1).filter(function (el) { return el.type !== 'radio' || el.name !== target.name; });
    if (following.length) { following[0].focus(); } else {
      var first = document.getElementById('submit-next');
      if (first) { first.focus(); }
    }
  });

  // The lease heartbeat while the page is visible.
  if (editable) {
    setInterval(function () {
      if (document.visibilityState !== 'visible' || submitting) { return; }
      var headers = {};
      if (csrfMeta && csrfHeaderMeta) { headers[csrfHeaderMeta.content] = csrfMeta.content; }
      fetch(form.dataset.leaseUrl, { method: 'POST', headers: headers, credentials: 'same-origin' })
        .then(function (r) { if (r.status === 409 || r.status === 403) { say(form.dataset.lostText); } })
        .catch(function () { /* offline: the next beat or draft save tries again */ });
    }, (parseInt(form.dataset.heartbeat, 10) || 240) * 1000);
  }

  // The image viewer: buttons and keys + - 0 r while it has focus.
  var viewer = document.getElementById('viewer');
  var image = document.getElementById('viewer-image');
  if (viewer && image) {
    var scale = 1;
    var turn = 0;
    var apply = function () {
      image.style.transform = 'scale(' + scale + ') rotate(' + turn + 'deg)';
      image.style.transformOrigin = scale > 1 ? 'top left' : 'center center';
      viewer.classList.toggle('zoomed', scale > 1);
    };
    var act = function (what) {
      if (what === 'in') { scale = Math.min(scale * 1.25, 8); }
      if (what === 'out') { scale = Math.max(scale / 1.25, 0.25); }
      if (what === 'reset') { scale = 1; turn = 0; }
      if (what === 'rotate') { turn = (turn + 90) % 360; }
      apply();
    };
    document.querySelectorAll('[data-viewer]').forEach(function (b) {
      b.addEventListener('click', function () { act(b.dataset.viewer); });
    });
    viewer.addEventListener('keydown', function (event) {
      var map = { '+': 'in', '=': 'in', '-': 'out', '0': 'reset', 'r': 'rotate', 'R': 'rotate' };
      if (map[event.key] && !event.ctrlKey && !event.altKey && !event.metaKey) {
        event.preventDefault();
        act(map[event.key]);
      }
    });
  }

  // The audio player: speed select and keys that work while typing in the form.
  var audio = document.getElementById('audio');
  var speed = document.getElementById('audio-speed');
  if (audio) {
    var setSpeed = function (rate) {
      rate = Math.min(2, Math.max(0.5, Math.round(rate * 4) / 4));
      audio.playbackRate = rate;
      if (speed) { speed.value = String(rate); }
    };
    if (speed) { speed.addEventListener('change', function () { setSpeed(parseFloat(speed.value)); }); }
    document.addEventListener('keydown', function (event) {
      var handled = true;
      if ((event.ctrlKey && event.code === 'Space') || (event.altKey && (event.key === 'p' || event.key === 'P' || event.code === 'KeyP'))) {
        if (audio.paused) { audio.play(); } else { audio.pause(); }
      } else if (event.altKey && event.key === 'ArrowLeft') {
        audio.currentTime = Math.max(0, audio.currentTime - 3);
      } else if (event.altKey && event.key === 'ArrowRight') {
        audio.currentTime = audio.currentTime + 3;
      } else if (event.altKey && event.key === 'ArrowUp') {
        setSpeed(audio.playbackRate + 0.25);
      } else if (event.altKey && event.key === 'ArrowDown') {
        setSpeed(audio.playbackRate - 0.25);
      } else {
        handled = false;
      }
      if (handled) { event.preventDefault(); }
    });
  }

  restoreLocal();
  var summary = document.getElementById('error-summary');
  if (summary) { summary.focus(); }
})();
