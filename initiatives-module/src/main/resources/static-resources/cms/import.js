/*
 * CSV import: while an import runs, posts its next step in the background and moves the progress bar, then shows
 * the outcome. Without this script the page's "Continue" button posts the same steps one by one.
 */
(function () {
    'use strict';

    var form = document.querySelector('[data-swk-import-continue]');
    var bar = document.querySelector('[data-swk-import-progress]');
    var status = document.querySelector('[data-swk-import-status]');
    if (!form || !bar || !window.fetch || !window.FormData) {
        return;
    }

    function step() {
        var data = new FormData(form);
        data.append(':format', 'json');
        fetch(form.getAttribute('action'), { method: 'POST', body: data, credentials: 'same-origin' })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error('HTTP ' + response.status);
                }
                return response.json();
            })
            .then(function (progress) {
                bar.max = progress.total;
                bar.value = progress.done;
                bar.textContent = Math.round(100 * progress.done / Math.max(1, progress.total)) + '%';
                if (status) {
                    status.textContent = progress.done + ' / ' + progress.total;
                }
                if (progress.state === 'done') {
                    form.submit();
                } else {
                    window.setTimeout(step, 50);
                }
            })
            .catch(function () {
                // The button stays: the researcher can continue by hand.
            });
    }

    window.setTimeout(step, 50);
}());
