/* The newsletter form's status or error message takes the focus once the page has loaded (after the redirect or
   the page rendered again), unless the visitor has already moved on: a screen reader then reads it at once. */
(function () {
    'use strict';
    function focusMessage() {
        var message = document.querySelector('[data-swk-newsletter-message]');
        if (message && (document.activeElement === document.body || document.activeElement === null)) {
            message.focus();
        }
    }
    if (document.readyState === 'complete') {
        focusMessage();
    } else {
        window.addEventListener('load', focusMessage);
    }
}());
