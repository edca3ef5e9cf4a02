/*
 * Samenwerkingskaart: the public submission form in the browser.
 *
 * The form works without this script (the server renders the key and token, spare party rows and typed
 * coordinates; the endpoint checks everything and shows its messages). The script adds comfort only: checks before
 * sending with the server's own message texts (from data-swk-messages), party and location rows that can be added
 * and removed, a small map per location that fills in the coordinates, and a fresh token when the page has been
 * open for most of the token's life. Text is only ever set with textContent or setAttribute.
 */
(function () {
  'use strict';

  const TOKEN_MAX_AGE = 11 * 60 * 60 * 1000;
  const DECIMAL = /^[+-]?\d{1,20}(?:[.,]\d{1,20})?$/;
  const YEAR = /^[+-]?\d{1,9}$/;
  const MIN_YEAR = 1950;
  const MAX_YEAR = 2100;
  const outlines = new Map();

  function value(input) {
    return input ? String(input.value || '').trim() : '';
  }

  function length(text) {
    return Array.from(text).length;
  }

  function plausibleEmail(address) {
    if (/\s/.test(address)) {
      return false;
    }
    const at = address.indexOf('@');
    if (at <= 0 || at !== address.lastIndexOf('@')) {
      return false;
    }
    const domain = address.slice(at + 1);
    return domain.indexOf('.') > 0 && !domain.endsWith('.') && domain.indexOf('..') < 0;
  }

  function webAddress(text) {
    try {
      const url = new URL(text);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
    } catch (e) {
      return false;
    }
  }

  function loadOutline(url) {
    if (!outlines.has(url)) {
      outlines.set(url, fetch(url, { credentials: 'same-origin' }).then((response) => {
        if (!response.ok) {
          throw new Error('outline ' + response.status);
        }
        return response.json();
      }));
    }
    return outlines.get(url);
  }

  class SubmissionForm {
    constructor(form) {
      this.form = form;
      this.root = form.closest('[data-swk-form-root]');
      this.summary = this.root.querySelector('[data-swk-summary]');
      this.summaryList = this.summary.querySelector('[data-swk-summary-list]');
      this.problem = this.summary.querySelector('[data-swk-problem]');
      try {
        this.messages = JSON.parse(form.getAttribute('data-swk-messages') || '{}');
      } catch (e) {
        this.messages = {};
      }
      this.outline = form.getAttribute('data-swk-outline');
      for (const list of form.querySelectorAll('[data-swk-rows]')) {
        this.initRows(list);
      }
      form.addEventListener('submit', (event) => this.onSubmit(event));
      for (const radio of form.querySelectorAll('input[type="radio"][name="kind"]')) {
        radio.addEventListener('change', () => this.showFieldsOfKind());
      }
      this.showFieldsOfKind();
      this.focusMessage();
    }

    /**
     * "This initiative has ended" proposes only the end year (and the message): the other initiative fields are
     * hidden while it is chosen, so nobody edits fields the server will not take. Without the script they stay.
     */
    showFieldsOfKind() {
      const ended = this.kind() === 'ended';
      const initiative = this.form.querySelector('[data-swk-initiative]');
      const parts = Array.from(initiative.querySelectorAll(':scope > [data-swk-field], :scope > fieldset'))
        .concat(Array.from(initiative.querySelectorAll('.swk-form__columns [data-swk-field="startYear"]')))
        .concat(Array.from(this.form.querySelectorAll('[data-swk-rows]')));
      for (const part of parts) {
        part.hidden = ended;
      }
    }

    /* ---- rows ---- */

    initRows(list) {
      const rows = this.rows(list);
      rows.forEach((row, index) => {
        // The script adds rows on request: the spare empty ones the page offers without it are not needed.
        if (index > 0 && row.hasAttribute('data-swk-spare') && this.isEmptyRow(row)) {
          row.remove();
        }
      });
      for (const row of this.rows(list)) {
        this.bindRow(list, row);
      }
      const add = list.querySelector('[data-swk-add]');
      add.hidden = false;
      add.addEventListener('click', () => this.addRow(list));
      this.renumber(list);
    }

    rows(list) {
      return Array.from(list.querySelectorAll(':scope > [data-swk-row]'));
    }

    isEmptyRow(row) {
      return Array.from(row.querySelectorAll('input, select, textarea')).every((input) => value(input) === '');
    }

    addRow(list) {
      const template = list.querySelector(':scope > template[data-swk-template]');
      const row = template.content.querySelector('[data-swk-row]').cloneNode(true);
      row.removeAttribute('data-swk-spare');
      list.insertBefore(row, list.querySelector(':scope > [data-swk-add]'));
      this.bindRow(list, row);
      this.renumber(list);
      const first = row.querySelector('input, select, textarea');
      if (first) {
        first.focus();
      }
    }

    bindRow(list, row) {
      const remove = row.querySelector('[data-swk-remove]');
      if (remove) {
        remove.addEventListener('click', () => {
          const next = row.nextElementSibling;
          row.remove();
          this.renumber(list);
          const target = next && next.hasAttribute('data-swk-row')
            ? next.querySelector('input, select, textarea')
            : list.querySelector(':scope > [data-swk-add]');
          if (target) {
            target.focus();
          }
        });
      }
      const picker = row.querySelector('[data-swk-picker]');
      if (picker) {
        this.initPicker(picker, row);
      }
    }

    /** Names, ids and legends follow the row's position: parties[0], parties[1], ... */
    renumber(list) {
      const prefix = list.getAttribute('data-swk-rows');
      const name = new RegExp('^' + prefix + '\\[(?:\\d+|__i__)\\]');
      const id = new RegExp('-' + prefix + '-(?:\\d+|__i__)-', 'g');
      const rows = this.rows(list);
      rows.forEach((row, index) => {
        for (const element of row.querySelectorAll('[name]')) {
          element.setAttribute('name', element.getAttribute('name').replace(name, prefix + '[' + index + ']'));
        }
        for (const attribute of ['id', 'for', 'aria-describedby']) {
          for (const element of row.querySelectorAll('[' + attribute + ']')) {
            element.setAttribute(attribute,
              element.getAttribute(attribute).replace(id, '-' + prefix + '-' + index + '-'));
          }
        }
        const legend = row.querySelector('[data-swk-legend]');
        const main = list.getAttribute('data-swk-label-main');
        if (legend) {
          legend.textContent = index === 0 && main ? main
            : String(list.getAttribute('data-swk-label-other') || '{n}').replace('{n}', String(index + 1));
        }
        const remove = row.querySelector('[data-swk-remove]');
        if (remove) {
          remove.hidden = rows.length <= 1;
        }
      });
    }

    /* ---- the small map ---- */

    initPicker(element, row) {
      const L = window.L;
      if (!L || element.hasAttribute('data-swk-picker-ready')) {
        return;
      }
      element.setAttribute('data-swk-picker-ready', 'true');
      element.closest('[data-swk-picker-wrapper]').hidden = false;
      const lat = row.querySelector('[data-swk-lat]');
      const lng = row.querySelector('[data-swk-lng]');
      const map = L.map(element, { attributionControl: false, zoomSnap: 0.5 });
      map.setView([52.2, 5.3], 6);
      let marker = null;
      const place = (latlng, fill) => {
        if (!marker) {
          marker = L.marker(latlng, { draggable: true, keyboard: true }).addTo(map);
          marker.on('dragend', () => place(marker.getLatLng(), true));
        } else {
          marker.setLatLng(latlng);
        }
        if (fill) {
          lat.value = latlng.lat.toFixed(5);
          lng.value = latlng.lng.toFixed(5);
        }
      };
      const fromFields = () => {
        const la = parseFloat(value(lat).replace(',', '.'));
        const ln = parseFloat(value(lng).replace(',', '.'));
        if (isFinite(la) && isFinite(ln) && Math.abs(la) <= 90 && Math.abs(ln) <= 180) {
          place(L.latLng(la, ln), false);
        }
      };
      map.on('click', (event) => place(event.latlng, true));
      lat.addEventListener('change', fromFields);
      lng.addEventListener('change', fromFields);
      fromFields();
      if (marker) {
        map.setView(marker.getLatLng(), 9);
      }
      if (this.outline) {
        loadOutline(this.outline).then((geojson) => {
          const layer = L.geoJSON(geojson, {
            interactive: false,
            style: { color: '#4a6f8a', weight: 1, fillColor: '#dfe9f1', fillOpacity: 0.9 }
          }).addTo(map);
          if (!marker) {
            map.fitBounds(layer.getBounds());
          }
        }).catch(() => {
          // Without the outline the map still takes clicks, and the coordinates stay typeable.
        });
      }
    }

    /* ---- checks before sending ---- */

    message(key, replacements) {
      let text = this.messages[key] || key;
      for (const [placeholder, replacement] of Object.entries(replacements || {})) {
        text = text.split(placeholder).join(String(replacement));
      }
      return text;
    }

    field(name) {
      return this.form.querySelector('[name="' + name + '"]');
    }

    kind() {
      const checked = this.form.querySelector('input[name="kind"]:checked') || this.form.querySelector('input[name="kind"]');
      return checked ? checked.value : 'newInitiative';
    }

    check() {
      const problems = [];
      const add = (element, key, replacements) => problems.push({ element: element, text: this.message(key, replacements) });
      const kind = this.kind();
      const isNew = kind === 'newInitiative';
      if (kind !== 'ended') {
        const name = this.field('name');
        if (isNew && value(name) === '') {
          add(name, 'name.required');
        } else if (value(name) !== '' && length(value(name)) < 3) {
          add(name, 'name.tooShort');
        }
        const goal = this.field('goal');
        if (isNew && value(goal) === '') {
          add(goal, 'goal.required');
        }
        const website = this.field('website');
        if (value(website) !== '' && !webAddress(value(website))) {
          add(website, 'website.notAUrl');
        }
      }
      const years = {};
      for (const name of ['startYear', 'endYear']) {
        const input = this.field(name);
        const text = value(input);
        if (text === '' || (kind === 'ended' && name === 'startYear')) {
          continue;
        }
        const year = YEAR.test(text) ? parseInt(text, 10) : NaN;
        if (!(year >= MIN_YEAR && year <= MAX_YEAR)) {
          add(input, name + '.invalidYear');
        } else {
          years[name] = year;
        }
      }
      if (kind !== 'ended' && years.startYear && years.endYear && years.endYear < years.startYear) {
        add(this.field('endYear'), 'endYear.endBeforeStart', { '{0}': years.startYear });
      }
      if (kind !== 'ended') {
        this.checkRows('parties', isNew, problems, (row, number) => {
          const name = row.querySelector('[name$=".name"]');
          const partyKind = row.querySelector('[name$=".kind"]');
          if (value(name) === '') {
            add(name, 'parties[].name.required', { '{n}': number });
          }
          if (value(partyKind) === '') {
            add(partyKind, 'parties[].kind.required', { '{n}': number });
          }
        });
        this.checkRows('locations', isNew, problems, (row, number) => {
          const town = row.querySelector('[name$=".town"]');
          const noCoordinates = ['latitude', 'longitude']
            .every((axis) => value(row.querySelector('[name$=".' + axis + '"]')) === '');
          if (noCoordinates && town && value(town) !== '') {
            return; // the server looks the town up in its gazetteer and says so if it cannot
          }
          for (const axis of ['latitude', 'longitude']) {
            const input = row.querySelector('[name$=".' + axis + '"]');
            if (value(input) === '') {
              add(input, 'locations[].' + axis + '.required', { '{n}': number });
            } else if (!DECIMAL.test(value(input))) {
              add(input, 'locations[].' + axis + '.notANumber', { '{n}': number });
            }
          }
        });
      }
      const submitter = this.field('submitterName');
      if (value(submitter) === '') {
        add(submitter, 'submitterName.required');
      } else if (length(value(submitter)) < 2) {
        add(submitter, 'submitterName.tooShort');
      }
      const email = this.field('submitterEmail');
      if (value(email) === '') {
        add(email, 'submitterEmail.required');
      } else if (!plausibleEmail(value(email))) {
        add(email, 'submitterEmail.invalidEmail');
      }
      const consent = this.field('consent');
      if (consent && !consent.checked) {
        add(consent, 'consent.consentRequired');
      }
      return problems;
    }

    /** Rows left empty are not sent in; rows count from 1 among the filled ones, as the server counts them. */
    checkRows(prefix, required, problems, checkRow) {
      const list = this.form.querySelector('[data-swk-rows="' + prefix + '"]');
      const filled = this.rows(list).filter((row) => !this.isEmptyRow(row));
      filled.forEach((row, index) => checkRow(row, index + 1));
      if (required && !filled.length) {
        problems.push({ element: list, text: this.message(prefix + '.atLeastOne') });
      }
    }

    clearMessages() {
      for (const error of this.form.querySelectorAll('[data-swk-error]')) {
        error.hidden = true;
        error.textContent = '';
        const id = error.id;
        for (const described of this.form.querySelectorAll('[aria-describedby~="' + id + '"]')) {
          const rest = described.getAttribute('aria-describedby').split(/\s+/).filter((part) => part && part !== id);
          if (rest.length) {
            described.setAttribute('aria-describedby', rest.join(' '));
          } else {
            described.removeAttribute('aria-describedby');
          }
        }
      }
      for (const invalid of this.form.querySelectorAll('[aria-invalid]')) {
        invalid.removeAttribute('aria-invalid');
      }
      if (this.problem) {
        this.problem.hidden = true;
      }
      this.summaryList.replaceChildren();
      this.summary.hidden = true;
    }

    /** The server's presentation: a message at each field (aria-describedby, aria-invalid) and a linked summary. */
    showMessages(problems) {
      for (const problem of problems) {
        const element = problem.element;
        const holder = element.closest('[data-swk-field]') || element;
        const error = holder.querySelector(':scope > [data-swk-error]') || holder.querySelector('[data-swk-error]');
        if (error) {
          error.textContent = error.textContent ? error.textContent + ' ' + problem.text : problem.text;
          error.hidden = false;
          const described = (element.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
          if (described.indexOf(error.id) < 0) {
            described.push(error.id);
          }
          element.setAttribute('aria-describedby', described.join(' '));
        }
        if (element.matches('input, select, textarea')) {
          element.setAttribute('aria-invalid', 'true');
        }
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.setAttribute('href', '#' + element.id);
        link.textContent = problem.text;
        link.addEventListener('click', (event) => {
          event.preventDefault();
          element.focus();
        });
        item.appendChild(link);
        this.summaryList.appendChild(item);
      }
      this.summary.hidden = false;
      this.summary.focus();
    }

    onSubmit(event) {
      if (this.form.hasAttribute('data-swk-sending')) {
        return;
      }
      this.clearMessages();
      const problems = this.check();
      if (problems.length) {
        event.preventDefault();
        this.showMessages(problems);
        return;
      }
      const issued = parseInt(this.form.getAttribute('data-swk-token-issued'), 10);
      if (isFinite(issued) && Date.now() - issued > TOKEN_MAX_AGE) {
        event.preventDefault();
        this.refreshToken().finally(() => {
          this.form.setAttribute('data-swk-sending', 'true');
          this.form.submit();
        });
      }
    }

    /** A new key and token from the token endpoint; on failure the old ones go, and the server says so. */
    refreshToken() {
      const url = this.form.getAttribute('data-swk-token-url');
      return fetch(url, { credentials: 'same-origin', cache: 'no-store', headers: { Accept: 'application/json' } })
        .then((response) => {
          if (!response.ok) {
            throw new Error('token ' + response.status);
          }
          return response.json();
        }).then((fresh) => {
          if (fresh && typeof fresh.token === 'string' && typeof fresh.key === 'string') {
            this.form.querySelector('[data-swk-token]').value = fresh.token;
            this.form.querySelector('[data-swk-key]').value = fresh.key;
            this.form.setAttribute('data-swk-token-issued', String(Date.now()));
          }
        }).catch(() => {});
    }

    /**
     * After a refused post (or the redirect with the reference) the message gets the focus, as autofocus asks. The
     * redirect's URL ends in the form's #anchor, and the browser's scroll to that anchor, once the page is parsed,
     * takes the focus back to the page (the anchor is the form's section, which cannot have it): the message gets it
     * again once the page has loaded, unless the visitor has moved on already.
     */
    focusMessage() {
      const target = !this.summary.hidden ? this.summary : this.root.querySelector('[data-swk-confirmation]');
      if (!target) {
        return;
      }
      const focus = () => {
        const active = document.activeElement;
        if (!active || active === document.body || active === target) {
          target.focus();
        }
      };
      focus();
      if (document.readyState !== 'complete') {
        window.addEventListener('load', () => {
          focus();
          window.requestAnimationFrame(focus);
        }, { once: true });
      }
    }
  }

  function boot() {
    for (const form of document.querySelectorAll('form[data-swk-form]')) {
      if (form.hasAttribute('data-swk-initialised')) {
        continue;
      }
      form.setAttribute('data-swk-initialised', 'true');
      try {
        new SubmissionForm(form);
      } catch (error) {
        if (window.console) {
          console.error('Samenwerkingskaart form:', error);
        }
      }
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', boot);
  } else {
    boot();
  }
}());
