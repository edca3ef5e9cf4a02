/*
 * Researchers' console for initiatives: repeatable party and location rows, a small map per location that fills
 * the coordinates, and focus on the error summary. The form works without this script (spare rows, typed
 * coordinates); the script only makes it more comfortable.
 */
(function () {
    'use strict';

    var outlineRequests = {};

    function fillTemplate(text, number) {
        return text.replace('{n}', String(number));
    }

    /** Keeps names, ids and labels of the rows of one list in step with their position: prefix[0], prefix[1], ... */
    function renumber(list) {
        var prefix = list.getAttribute('data-swk-rows');
        var nameRe = new RegExp('^' + prefix + '\\[\\d+\\]');
        var idRe = new RegExp('(^|\\s)' + prefix + '-\\d+-', 'g');
        var rows = list.querySelectorAll('[data-swk-row]');
        rows.forEach(function (row, index) {
            row.querySelectorAll('[name]').forEach(function (el) {
                el.setAttribute('name', el.getAttribute('name').replace(nameRe, prefix + '[' + index + ']'));
            });
            ['id', 'for', 'aria-describedby'].forEach(function (attr) {
                row.querySelectorAll('[' + attr + ']').forEach(function (el) {
                    el.setAttribute(attr, el.getAttribute(attr).replace(idRe, '$1' + prefix + '-' + index + '-'));
                });
            });
            var legend = row.querySelector('[data-swk-legend]');
            if (legend) {
                var main = list.getAttribute('data-swk-label-main');
                legend.textContent = index === 0 && main ? main
                    : fillTemplate(list.getAttribute('data-swk-label-other') || '{n}', index + 1);
            }
            row.classList.toggle('swk-rows__row--main', index === 0 && list.hasAttribute('data-swk-label-main'));
            var remove = row.querySelector('[data-swk-remove]');
            if (remove) {
                remove.hidden = rows.length <= 1;
            }
        });
    }

    function addRow(list) {
        var template = list.querySelector('template[data-swk-template]');
        var rows = list.querySelectorAll('[data-swk-row]');
        var html = template.innerHTML.split('__i__').join(String(rows.length));
        var holder = document.createElement('div');
        holder.innerHTML = html.trim();
        var row = holder.firstElementChild;
        var anchor = list.querySelector('[data-swk-add]');
        anchor.parentNode.insertBefore(row, anchor);
        bindRow(list, row);
        renumber(list);
        var first = row.querySelector('input,select,textarea');
        if (first) {
            first.focus();
        }
    }

    function bindRow(list, row) {
        var remove = row.querySelector('[data-swk-remove]');
        if (remove) {
            remove.hidden = false;
            remove.addEventListener('click', function () {
                var next = row.nextElementSibling;
                row.parentNode.removeChild(row);
                renumber(list);
                var focusTarget = next && next.hasAttribute('data-swk-row')
                    ? next.querySelector('input,select,textarea') : list.querySelector('[data-swk-add]');
                if (focusTarget) {
                    focusTarget.focus();
                }
            });
        }
        var map = row.querySelector('[data-swk-map]');
        if (map) {
            initMap(map, row);
        }
    }

    function isEmptyRow(row) {
        var empty = true;
        row.querySelectorAll('input[type=text],input:not([type]),select,textarea').forEach(function (el) {
            if (el.value && el.value.trim() !== '') {
                empty = false;
            }
        });
        return empty;
    }

    function initRows(list) {
        // With the script the spare empty rows are not needed: the add button makes new ones.
        var rows = Array.prototype.slice.call(list.querySelectorAll('[data-swk-row]'));
        rows.forEach(function (row, index) {
            if (row.hasAttribute('data-swk-spare') && index > 0 && isEmptyRow(row)) {
                row.parentNode.removeChild(row);
            }
        });
        list.querySelectorAll('[data-swk-row]').forEach(function (row) {
            bindRow(list, row);
        });
        var add = list.querySelector('[data-swk-add]');
        add.hidden = false;
        add.addEventListener('click', function () {
            addRow(list);
        });
        renumber(list);
    }

    function loadOutline(url) {
        if (!outlineRequests[url]) {
            outlineRequests[url] = fetch(url, { credentials: 'same-origin' }).then(function (response) {
                if (!response.ok) {
                    throw new Error('outline ' + response.status);
                }
                return response.json();
            });
        }
        return outlineRequests[url];
    }

    function parseCoordinate(input) {
        var value = parseFloat(String(input.value).replace(',', '.'));
        return isNaN(value) ? null : value;
    }

    function initMap(element, row) {
        if (typeof window.L === 'undefined' || element.getAttribute('data-swk-map-ready')) {
            return;
        }
        element.setAttribute('data-swk-map-ready', 'true');
        var wrapper = element.closest('[data-swk-map-wrapper]');
        if (wrapper) {
            wrapper.hidden = false;
        }
        var L = window.L;
        var latInput = row.querySelector('[data-swk-lat]');
        var lngInput = row.querySelector('[data-swk-lng]');
        var map = L.map(element, { attributionControl: false, zoomSnap: 0.5 });
        map.setView([52.2, 5.3], 6);
        var marker = null;

        function place(latlng, fillInputs) {
            if (!marker) {
                marker = L.marker(latlng, { draggable: true, keyboard: true }).addTo(map);
                marker.on('dragend', function () {
                    place(marker.getLatLng(), true);
                });
            } else {
                marker.setLatLng(latlng);
            }
            if (fillInputs) {
                latInput.value = latlng.lat.toFixed(5);
                lngInput.value = latlng.lng.toFixed(5);
                latInput.dispatchEvent(new Event('change', { bubbles: true }));
            }
        }

        function fromInputs() {
            var lat = parseCoordinate(latInput);
            var lng = parseCoordinate(lngInput);
            if (lat !== null && lng !== null && lat >= -90 && lat <= 90 && lng >= -180 && lng <= 180) {
                place(L.latLng(lat, lng), false);
            }
        }

        map.on('click', function (event) {
            place(event.latlng, true);
        });
        latInput.addEventListener('change', fromInputs);
        lngInput.addEventListener('change', fromInputs);

        var outlineUrl = element.getAttribute('data-swk-outline');
        if (outlineUrl) {
            loadOutline(outlineUrl).then(function (geojson) {
                var layer = L.geoJSON(geojson, {
                    interactive: false,
                    style: { color: '#4a6f8a', weight: 1, fillColor: '#d7e3ec', fillOpacity: 0.8 }
                }).addTo(map);
                if (!marker) {
                    map.fitBounds(layer.getBounds());
                }
            }).catch(function () {
                // Without the outline the map still takes clicks; the coordinates stay typeable.
            });
        }
        fromInputs();
        if (marker) {
            map.setView(marker.getLatLng(), 9);
        }
    }

    function focusSummary() {
        var summary = document.querySelector('[data-swk-summary]');
        var active = document.activeElement;
        if (summary && (!active || active === document.body || active === summary)) {
            summary.focus();
        }
    }

    function init() {
        document.querySelectorAll('[data-swk-rows]').forEach(initRows);
        focusSummary();
        // Sling CMS's own scripts (the rich text library, rangy) focus a probe element of theirs when the page has
        // loaded and then remove it, which leaves the focus on the body: focus the summary again after that.
        if (document.readyState === 'complete') {
            setTimeout(focusSummary, 0);
        } else {
            window.addEventListener('load', function () {
                setTimeout(focusSummary, 0);
            });
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
