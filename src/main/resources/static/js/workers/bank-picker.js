// Bank and branch pickers of the payout-account form. Progressive enhancement only: without this
// file the person types the 4-digit bank code and 3-digit branch code.
(function () {
  'use strict';

  function branchSearch() {
    return document.getElementById('branch-query');
  }

  // The branch search asks the chosen bank's branches; without a valid bank code it stays inert.
  function pointBranchSearchAt(bankCode) {
    var input = branchSearch();
    if (!input || !window.htmx) {
      return;
    }
    if (/^[0-9]{4}$/.test(bankCode)) {
      input.setAttribute('hx-get', input.getAttribute('data-url-template').replace('BANK', bankCode));
    } else {
      input.removeAttribute('hx-get');
    }
    window.htmx.process(input);
  }

  function options(results) {
    return Array.prototype.slice.call(results.querySelectorAll('[role="option"]'));
  }

  function pick(option) {
    var results = option.closest('.pick-results');
    var field = document.getElementById(results.getAttribute('data-pick-into'));
    field.value = option.getAttribute('data-code');
    var query = results.parentElement.querySelector('input[type="search"]');
    if (query) {
      query.value = option.getAttribute('data-name');
    }
    results.innerHTML = '';
    if (field.id === 'bankCode') {
      document.getElementById('branchCode').value = '';
      document.getElementById('branch-results').innerHTML = '';
      pointBranchSearchAt(field.value);
    }
    field.focus();
  }

  document.addEventListener('click', function (event) {
    var option = event.target.closest('.pick-results [role="option"]');
    if (option) {
      pick(option);
    }
  });

  document.addEventListener('keydown', function (event) {
    var target = event.target;
    if (target.matches && target.matches('#bank-query, #branch-query') && event.key === 'Enter') {
      // Enter searches now instead of submitting the account form half-filled.
      event.preventDefault();
      if (window.htmx && target.getAttribute('hx-get')) {
        window.htmx.trigger(target, 'search');
      }
      return;
    }
    if (target.matches && target.matches('#bank-query, #branch-query') && event.key === 'ArrowDown') {
      var first = options(document.getElementById(target.getAttribute('aria-controls')))[0];
      if (first) {
        event.preventDefault();
        first.focus();
      }
      return;
    }
    var option = target.closest && target.closest('.pick-results [role="option"]');
    if (!option) {
      return;
    }
    var list = options(option.closest('.pick-results'));
    var at = list.indexOf(option);
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      pick(option);
    } else if (event.key === 'ArrowDown' && at < list.length - 1) {
      event.preventDefault();
      list[at + 1].focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (at > 0) {
        list[at - 1].focus();
      } else {
        option.closest('.pick-results').parentElement.querySelector('input[type="search"]').focus();
      }
    } else if (event.key === 'Escape') {
      option.closest('.pick-results').parentElement.querySelector('input[type="search"]').focus();
    }
  });

  document.addEventListener('input', function (event) {
    if (event.target.id === 'bankCode') {
      pointBranchSearchAt(event.target.value.trim());
    }
  });

  document.addEventListener('DOMContentLoaded', function () {
    var bankCode = document.getElementById('bankCode');
    if (bankCode) {
      pointBranchSearchAt(bankCode.value.trim());
    }
  });
})();
