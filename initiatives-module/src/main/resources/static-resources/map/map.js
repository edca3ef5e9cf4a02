/*
 * Samenwerkingskaart: the map component in the browser.
 *
 * Initialises every [data-swk-map] element once (the script may be included more than once). Everything the
 * visitor reads comes from the element's data-swk-config (messages and vocabularies from the CMS) or from the
 * data endpoints; text from data is only ever set with textContent, createTextNode or setAttribute.
 *
 * Readiness: performance.mark('swk:markers-ready') when the first clustered markers are on the map, then
 * data-swk-ready="true" on the root element ("error" when the map data could not be loaded).
 */
(function () {
  'use strict';

  // Bound now: should Leaflet be included a second time, later calls still use the copy the plugin extended.
  const L = window.L;

  const NL_BOUNDS = [[50.72, 3.3], [53.58, 7.25]];
  const PAGE_SIZE = 50;
  const SEARCH_DELAY = 200;
  const HASH_DELAY = 250;
  const LEVEL_LETTERS = { vmbo: 'v', mbo: 'm', hbo: 'h' };
  const FILTER_KEYS = ['level', 'kind', 'sector', 'theme', 'status'];
  /* visibleFilters name -> state key */
  const FIXABLE = [['region', 'region'], ['level', 'level'], ['partyKind', 'kind'], ['sector', 'sector'],
    ['theme', 'theme'], ['status', 'status']];
  const MISSING_LABELS = {
    name: 'Name', goal: 'Goal', description: 'Description', parties: 'Parties', levels: 'Levels',
    locations: 'Locations', region: 'Region', province: 'Province', sectors: 'Sectors', themes: 'Themes',
    status: 'Status', startYear: 'Start year', endYear: 'End year', website: 'Website', funding: 'Funding',
    contact: 'Contact', lastVerified: 'Last verified'
  };
  const TILES = {
    osm: {
      url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      link: 'https://www.openstreetmap.org/copyright',
      message: '© OpenStreetMap contributors'
    },
    pdok: {
      url: 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png',
      link: 'https://www.kadaster.nl',
      message: 'Map data © Kadaster'
    }
  };

  /* One request per URL and page, shared by every map on it; default caching lets the ETag give a 304. */
  const requests = new Map();
  function getJson(url) {
    if (!requests.has(url)) {
      requests.set(url, fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then((response) => {
          if (!response.ok) {
            throw new Error(url + ' answered ' + response.status);
          }
          return response.json();
        }));
    }
    return requests.get(url);
  }

  function fold(text) {
    return String(text || '').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, (c) => '&#' + c.charCodeAt(0) + ';');
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    return node;
  }

  function debounce(fn, delay) {
    let timer = 0;
    return function () {
      clearTimeout(timer);
      timer = setTimeout(fn, delay);
    };
  }

  /** Turns the public FeatureCollection into compact records, sorted by name once. */
  function toRecords(data, collator) {
    const features = Array.isArray(data && data.features) ? data.features : [];
    const records = [];
    for (const feature of features) {
      const coords = feature && feature.geometry && feature.geometry.coordinates;
      const p = (feature && feature.properties) || {};
      if (!Array.isArray(coords) || !isFinite(coords[0]) || !isFinite(coords[1]) || feature.id == null) {
        continue;
      }
      const name = String(p.n || '');
      records.push({
        id: String(feature.id), name: name, lon: +coords[0], lat: +coords[1],
        r: p.r || '', l: p.l || '', k: p.k || [], s: p.s || '', sc: p.sc || [], th: p.th || [],
        text: fold(name + ' ' + (p.q || '')), marker: null
      });
    }
    records.sort((a, b) => collator.compare(a.name, b.name));
    return records;
  }

  class SwkMap {
    constructor(root) {
      this.root = root;
      this.config = JSON.parse(root.getAttribute('data-swk-config'));
      this.prefix = this.config.hashPrefix + '.';
      this.messages = this.config.messages || {};
      this.vocab = this.config.vocabularies || {};
      this.locale = this.config.locale || document.documentElement.lang || 'nl';
      this.numbers = new Intl.NumberFormat(this.locale);
      this.headingTag = root.getAttribute('data-swk-heading') === 'h3' ? 'h3' : 'h2';
      this.visible = new Set(this.config.visibleFilters || []);
      this.records = [];
      this.results = [];
      this.shown = null;
      this.page = 0;
      this.regionLayers = new Map();
      this.state = this.emptyState();
      this.viewTouched = false;
      this.ready = false;
      this.detailRequest = null;
      this.opener = null;
      this.lastHash = null;

      this.count = root.querySelector('[data-swk-count]');
      this.form = root.querySelector('[data-swk-filters]');
      this.canvas = root.querySelector('[data-swk-canvas]');
      this.items = root.querySelector('[data-swk-items]');
      this.pager = root.querySelector('[data-swk-pager]');
      this.detail = root.querySelector('[data-swk-detail]');

      this.createMap();
      // the national overview per region (choropleth.js), on maps that offer it
      this.choropleth = this.config.regionView && L.swkChoropleth ? L.swkChoropleth(this) : null;
      this.createFilters();
      this.bindList();
      this.bindDetail();
      this.start();
    }

    /* ---------- messages ---------- */

    t(key, ...args) {
      const text = Object.prototype.hasOwnProperty.call(this.messages, key) ? this.messages[key] : key;
      return text.replace(/\{(\d+)\}/g, (m, i) => (args[i] === undefined ? m : String(args[i])));
    }

    countText(n) {
      if (n === 0) {
        return this.t('No initiatives match these filters.');
      }
      return n === 1 ? this.t('1 initiative') : this.t('{0} initiatives', this.numbers.format(n));
    }

    title(vocabulary, code) {
      const titles = this.vocab[vocabulary] || {};
      return Object.prototype.hasOwnProperty.call(titles, code) ? titles[code] : code;
    }

    /* ---------- map and layers ---------- */

    createMap() {
      const tiles = TILES[this.config.baseLayer];
      // Without tiles there is nothing to see past town level: stop there, and let clusters of initiatives in
      // the same town spread out (spiderfy) instead of zooming into an empty plane.
      this.map = L.map(this.canvas, { preferCanvas: true, minZoom: 6, maxZoom: tiles ? 18 : 12, zoomSnap: 0.5 });
      this.map.fitBounds(NL_BOUNDS);
      this.map.attributionControl.addAttribution(escapeHtml(this.t('Source: CBS / PDOK (Gebiedsindelingen)')));
      this.canvas.classList.add('swk-map__canvas--' + (tiles ? this.config.baseLayer : 'outline'));
      if (tiles) {
        L.tileLayer(tiles.url, {
          maxZoom: 19,
          attribution: '<a href="' + tiles.link + '">' + escapeHtml(this.t(tiles.message)) + '</a>'
        }).addTo(this.map);
      }
      this.markerIcon = L.divIcon({ className: 'swk-map__marker', html: '', iconSize: [16, 16] });
      this.cluster = this.newClusterGroup();
      this.map.on('moveend', debounce(() => {
        if (this.ready) {
          this.viewTouched = true;
          this.writeHash();
        }
      }, HASH_DELAY));
    }

    /**
     * A fresh group per result set: dropping the old group costs about a millisecond, where clearLayers() on
     * 50,000 markers blocks the page for a few hundred.
     */
    newClusterGroup() {
      L.MarkerCluster.mergeOptions({ keyboard: false });
      let group = null;
      group = L.markerClusterGroup({
        chunkedLoading: true,
        // after the first load, keep each chunk within one frame so filtering stays smooth (bench/map-page.sh)
        chunkInterval: this.ready ? 16 : 200,
        chunkDelay: this.ready ? 20 : 50,
        chunkProgress: (processed, total) => {
          // the plugin also reports its empty first pass when added to the map: only our own batch counts;
          // it reports before drawing the last chunk's clusters, which are on the map right after
          if (group.swkLoading && processed === total) {
            group.swkLoading = false;
            queueMicrotask(() => (group.swkStale ? this.map.removeLayer(group) : this.markersAdded()));
          }
        },
        showCoverageOnHover: false,
        iconCreateFunction: (cluster) => this.clusterIcon(cluster)
      });
      group.on('click', (event) => this.openPopup(event.layer));
      this.map.addLayer(group);
      return group;
    }

    clusterIcon(cluster) {
      const n = cluster.getChildCount();
      const size = n < 10 ? 'small' : n < 100 ? 'medium' : 'large';
      const icon = L.divIcon({
        html: '<span>' + Number(n) + '</span>',
        className: 'swk-map__cluster swk-map__cluster--' + size,
        iconSize: L.point(40, 40)
      });
      return icon;
    }

    addOutline(outline) {
      const tiles = Boolean(TILES[this.config.baseLayer]);
      L.geoJSON(outline, {
        interactive: false,
        style: {
          color: '#5b6b7a', weight: 1, fillColor: '#f4f1ea', fillOpacity: tiles ? 0.15 : 1
        }
      }).addTo(this.map).bringToBack();
    }

    addRegions(regions) {
      this.regionLayer = L.geoJSON(regions, {
        // SVG: the choropleth makes each region a focusable element
        renderer: this.choropleth ? L.svg({ padding: 0.5 }) : undefined,
        style: () => this.regionStyle(0, 1, false),
        onEachFeature: (feature, layer) => {
          const code = feature.properties && feature.properties.statcode;
          if (!code) {
            return;
          }
          layer.swkCode = code;
          layer.swkCount = 0;
          this.regionLayers.set(code, layer);
          layer.bindTooltip(() => {
            const tip = el('span', 'swk-map__region-tip');
            tip.textContent = this.t('{0} initiatives in {1}', this.numbers.format(layer.swkCount),
              this.title('regions', code));
            return tip;
          }, { sticky: true });
          layer.on('click', () => {
            if (!(this.choropleth && this.choropleth.activate(code))) {
              this.selectRegion(code);
            }
          });
        }
      }).addTo(this.map);
    }

    regionStyle(count, max, selected) {
      const share = max > 0 ? count / max : 0;
      return {
        color: selected ? '#0b3d66' : '#4a5d70',
        weight: selected ? 3 : 1,
        fillColor: '#1f6fb2',
        fillOpacity: count === 0 ? 0.02 : 0.06 + 0.3 * share
      };
    }

    selectRegion(code) {
      if (this.visible.has('region')) {
        this.state.region = this.state.region === code ? '' : code;
        this.syncControls();
        this.refresh();
      }
      this.fitRegion(this.state.region || code);
    }

    fitRegion(code) {
      const layer = this.regionLayers.get(code);
      if (layer) {
        this.map.fitBounds(layer.getBounds(), { padding: [16, 16] });
      }
    }

    /** A new marker for the current group (a marker belongs to one group; old ones go with their group). */
    newMarker(record) {
      // Markers and clusters stay out of the Tab order: with thousands of them, keyboard users could never get
      // past the map. The result list beside it is the keyboard (and screen reader) way to the same initiatives.
      record.marker = L.marker([record.lat, record.lon], { icon: this.markerIcon, title: record.name, keyboard: false });
      record.marker.swkRecord = record;
      return record.marker;
    }

    openPopup(marker) {
      const record = marker.swkRecord;
      if (!record) {
        return;
      }
      const box = el('div', 'swk-map__popup');
      box.appendChild(el('p', 'swk-map__popup-name', record.name));
      const button = el('button', 'swk-map__button swk-map__popup-button', this.t('Details'));
      button.type = 'button';
      button.setAttribute('aria-label', this.t('Details of {0}', record.name));
      button.addEventListener('click', () => this.openDetail(record.id, button, marker));
      box.appendChild(button);
      marker.unbindPopup();
      marker.bindPopup(box, { maxWidth: 280 }).openPopup();
    }

    /* ---------- start-up ---------- */

    async start() {
      const endpoints = this.config.endpoints;
      const [data, regions, outline] = await Promise.allSettled([
        getJson(endpoints.data), getJson(endpoints.regions), getJson(endpoints.outline)
      ]);
      if (outline.status === 'fulfilled') {
        this.addOutline(outline.value);
      }
      if (regions.status === 'fulfilled') {
        this.addRegions(regions.value);
      }
      if (data.status !== 'fulfilled') {
        this.count.textContent = this.t('The map data could not be loaded. Please try again later.');
        this.root.setAttribute('data-swk-ready', 'error');
        return;
      }
      this.records = toRecords(data.value, new Intl.Collator(this.locale, { sensitivity: 'base' }));
      this.byId = new Map(this.records.map((r) => [r.id, r]));
      const fromHash = this.readHash();
      this.state = this.keepFixedPresets(fromHash || this.presetState());
      this.syncControls();
      this.initialView(fromHash);
      this.refresh();
      if (this.state.id) {
        this.openDetail(this.state.id, null, null, false);
      }
      window.addEventListener('hashchange', () => {
        if (location.hash !== this.lastHash) {
          const state = this.keepFixedPresets(this.readHash() || this.presetState());
          this.state = state;
          this.syncControls();
          this.initialView(state);
          this.refresh();
          if (state.id) {
            this.openDetail(state.id, null, null, false);
          } else {
            this.closeDetail(false);
          }
        }
      });
    }

    initialView(state) {
      if (state && state.z && state.c) {
        this.map.setView(state.c, state.z);
      } else if (this.state.region) {
        this.fitRegion(this.state.region);
      } else if (this.config.startView && this.config.startView !== 'national') {
        this.fitRegion(this.config.startView);
      }
    }

    markersAdded() {
      if (this.ready) {
        return;
      }
      this.ready = true;
      if (window.performance && performance.mark) {
        performance.mark('swk:markers-ready');
      }
      this.root.setAttribute('data-swk-ready', 'true');
    }

    /* ---------- state and URL hash ---------- */

    emptyState() {
      return {
        region: '', q: '', id: '', z: 0, c: null,
        level: new Set(), kind: new Set(), sector: new Set(), theme: new Set(), status: new Set()
      };
    }

    presetState() {
      const presets = this.config.presets || {};
      const state = this.emptyState();
      state.region = presets.region || '';
      state.level = new Set(presets.levels || []);
      state.kind = new Set(presets.partyKinds || []);
      state.sector = new Set(presets.sectors || []);
      state.theme = new Set(presets.themes || []);
      state.status = new Set(presets.status || []);
      return state;
    }

    /** A filter the editor preset but did not show is fixed: neither the URL nor "clear" changes it. */
    keepFixedPresets(state) {
      const presets = this.presetState();
      for (const [filter, key] of FIXABLE) {
        if (!this.visible.has(filter)) {
          state[key] = presets[key];
        }
      }
      if (!this.visible.has('search')) {
        state.q = '';
      }
      return state;
    }

    /** This map's state from the hash; null when the hash holds nothing for this map. */
    readHash() {
      const params = this.hashParams();
      let found = false;
      const state = this.emptyState();
      for (const [key, value] of params) {
        if (!key.startsWith(this.prefix)) {
          continue;
        }
        found = true;
        const name = key.slice(this.prefix.length);
        if (name === 'region' || name === 'q' || name === 'id') {
          state[name] = value;
        } else if (FILTER_KEYS.includes(name)) {
          state[name] = new Set(value.split(',').filter(Boolean).map(decodeURIComponentSafe));
        } else if (name === 'z' && isFinite(parseFloat(value))) {
          state.z = parseFloat(value);
        } else if (name === 'c') {
          const c = value.split(',').map(parseFloat);
          state.c = c.length === 2 && c.every(isFinite) ? c : null;
        }
      }
      return found ? state : null;
    }

    hashParams() {
      const params = [];
      for (const part of location.hash.replace(/^#/, '').split('&')) {
        const eq = part.indexOf('=');
        if (eq > 0) {
          try {
            const key = decodeURIComponent(part.slice(0, eq));
            const value = FILTER_KEYS.includes(key.slice(this.prefix.length)) && key.startsWith(this.prefix)
              ? part.slice(eq + 1) : decodeURIComponent(part.slice(eq + 1).replace(/\+/g, ' '));
            params.push([key, value]);
          } catch (e) {
            // a malformed part is ignored, the rest of the view still opens
          }
        }
      }
      return params;
    }

    writeHash() {
      const kept = location.hash.replace(/^#/, '').split('&')
        .filter((part) => part && !decodeURIComponentSafe(part.split('=')[0]).startsWith(this.prefix));
      const own = [];
      const put = (name, value) => own.push(encodeURIComponent(this.prefix + name) + '=' + value);
      const st = this.state;
      if (st.region) {
        put('region', encodeURIComponent(st.region));
      }
      for (const key of FILTER_KEYS) {
        if (st[key].size) {
          put(key, Array.from(st[key]).map(encodeURIComponent).join(','));
        }
      }
      if (st.q) {
        put('q', encodeURIComponent(st.q));
      }
      if (st.id) {
        put('id', encodeURIComponent(st.id));
      }
      if (this.viewTouched) {
        const center = this.map.getCenter();
        put('z', String(this.map.getZoom()));
        put('c', center.lat.toFixed(4) + ',' + center.lng.toFixed(4));
      }
      const hash = kept.concat(own).join('&');
      const url = location.pathname + location.search + (hash ? '#' + hash : '');
      this.lastHash = hash ? '#' + hash : '';
      if (url !== location.pathname + location.search + location.hash) {
        history.replaceState(history.state, '', url);
      }
    }

    /* ---------- filters ---------- */

    createFilters() {
      if (!this.form) {
        return;
      }
      const id = this.config.id;
      this.form.addEventListener('submit', (event) => event.preventDefault());
      if (this.visible.has('search')) {
        const field = el('div', 'swk-map__field swk-map__field--search');
        const label = el('label', 'swk-map__label', this.t('Search'));
        label.htmlFor = id + '-q';
        const input = el('input', 'swk-map__input');
        input.type = 'search';
        input.id = id + '-q';
        input.autocomplete = 'off';
        input.setAttribute('aria-describedby', id + '-q-hint');
        const hint = el('span', 'swk-map__hint', this.t('Name, school, company or town'));
        hint.id = id + '-q-hint';
        const search = debounce(() => {
          this.state.q = input.value.trim();
          this.refresh();
        }, SEARCH_DELAY);
        input.addEventListener('input', search);
        field.append(label, input, hint);
        this.form.appendChild(field);
        this.searchInput = input;
      }
      if (this.visible.has('region')) {
        const field = el('div', 'swk-map__field');
        const label = el('label', 'swk-map__label', this.t('Region'));
        label.htmlFor = id + '-region';
        const select = el('select', 'swk-map__select');
        select.id = id + '-region';
        select.appendChild(new Option(this.t('All regions'), ''));
        for (const [code, name] of Object.entries(this.vocab.regions || {})) {
          select.appendChild(new Option(name, code));
        }
        select.addEventListener('change', () => {
          this.state.region = select.value;
          this.refresh();
          if (select.value) {
            this.fitRegion(select.value);
          } else {
            this.map.fitBounds(NL_BOUNDS);
          }
        });
        field.append(label, select);
        this.form.appendChild(field);
        this.regionSelect = select;
      }
      this.checkGroups = {};
      this.addGroup('level', 'Level', this.vocab.levels, false);
      this.addGroup('partyKind', 'Party kind', this.vocab.partyKinds, true, 'kind');
      this.addGroup('sector', 'Sector', this.vocab.sectors, true);
      this.addGroup('theme', 'Theme', this.vocab.themes, true);
      this.addGroup('status', 'Status', this.vocab.statuses, false);
      const clear = el('button', 'swk-map__button swk-map__button--secondary swk-map__clear', this.t('Clear filters'));
      clear.type = 'button';
      clear.addEventListener('click', () => {
        const keep = this.keepFixedPresets(this.emptyState());
        keep.id = this.state.id;
        this.state = keep;
        this.syncControls();
        this.refresh();
      });
      this.form.appendChild(clear);
    }

    addGroup(filter, labelKey, titles, collapsible, stateKey) {
      const key = stateKey || filter;
      if (!this.visible.has(filter) || !titles || !Object.keys(titles).length) {
        return;
      }
      const fieldset = el('fieldset', 'swk-map__group swk-map__group--' + filter);
      const legend = el('legend', 'swk-map__legend', this.t(labelKey));
      fieldset.appendChild(legend);
      const options = el('div', 'swk-map__options');
      const boxes = [];
      for (const [code, title] of Object.entries(titles)) {
        const label = el('label', 'swk-map__check');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.value = code;
        box.addEventListener('change', () => {
          if (box.checked) {
            this.state[key].add(code);
          } else {
            this.state[key].delete(code);
          }
          this.updateGroupSummary(key);
          this.refresh();
        });
        label.append(box, document.createTextNode(' ' + title));
        options.appendChild(label);
        boxes.push(box);
      }
      fieldset.appendChild(options);
      let summaryCount = null;
      if (collapsible) {
        const details = el('details', 'swk-map__more');
        const summary = el('summary', 'swk-map__summary', this.t(labelKey));
        summaryCount = el('span', 'swk-map__summary-count');
        summary.appendChild(summaryCount);
        legend.classList.add('swk-map__visually-hidden');
        details.append(summary, fieldset);
        this.form.appendChild(details);
        this.checkGroups[key] = { boxes, summaryCount, details };
      } else {
        this.form.appendChild(fieldset);
        this.checkGroups[key] = { boxes, summaryCount: null, details: null };
      }
    }

    updateGroupSummary(key) {
      const group = this.checkGroups && this.checkGroups[key];
      if (group && group.summaryCount) {
        const n = this.state[key].size;
        group.summaryCount.textContent = n ? ' (' + this.numbers.format(n) + ')' : '';
      }
    }

    /** Puts the state into the form controls (at start, on hash change and on clearing). */
    syncControls() {
      if (this.searchInput) {
        this.searchInput.value = this.state.q;
      }
      if (this.regionSelect) {
        this.regionSelect.value = this.state.region;
      }
      for (const [key, group] of Object.entries(this.checkGroups || {})) {
        for (const box of group.boxes) {
          box.checked = this.state[key].has(box.value);
        }
        if (group.details && this.state[key].size) {
          group.details.open = true;
        }
        this.updateGroupSummary(key);
      }
    }

    matches(record, terms, letters) {
      const st = this.state;
      if (letters.length && !letters.some((letter) => record.l.includes(letter))) {
        return false;
      }
      if (st.kind.size && !record.k.some((k) => st.kind.has(k))) {
        return false;
      }
      if (st.sector.size && !record.sc.some((s) => st.sector.has(s))) {
        return false;
      }
      if (st.theme.size && !record.th.some((s) => st.theme.has(s))) {
        return false;
      }
      if (st.status.size && !st.status.has(record.s)) {
        return false;
      }
      for (const term of terms) {
        if (!record.text.includes(term)) {
          return false;
        }
      }
      return true;
    }

    /** Applies the state: results, markers, region counts, count, list and hash. */
    refresh() {
      const terms = fold(this.state.q).split(/\s+/).filter(Boolean);
      const letters = Array.from(this.state.level).map((level) => LEVEL_LETTERS[level] || '?');
      const counts = new Map();
      const results = [];
      for (const record of this.records) {
        if (!this.matches(record, terms, letters)) {
          continue;
        }
        counts.set(record.r, (counts.get(record.r) || 0) + 1);
        if (!this.state.region || record.r === this.state.region) {
          results.push(record);
        }
      }
      this.results = results;
      this.updateMarkers(results);
      this.updateRegions(counts);
      this.count.textContent = this.countText(results.length);
      this.page = 0;
      this.renderList();
      this.writeHash();
      this.showPortraitLink();
    }

    /**
     * When the visitor picks a region (filter or click), a link to that region's published portrait, if there is
     * one. The portrait list is fetched once; when it cannot be loaded the map simply shows no link.
     */
    showPortraitLink() {
      const endpoint = this.config.endpoints && this.config.endpoints.portraits;
      if (!endpoint || !this.visible.has('region')) {
        return;
      }
      if (!this.portraitBox) {
        this.portraitBox = el('p', 'swk-map__portrait');
        this.portraitBox.setAttribute('data-swk-portrait', '');
        this.portraitBox.hidden = true;
        this.count.insertAdjacentElement('afterend', this.portraitBox);
      }
      const region = this.state.region;
      const box = this.portraitBox;
      if (!region) {
        box.hidden = true;
        box.textContent = '';
        return;
      }
      getJson(endpoint).then((data) => {
        if (this.state.region !== region) {
          return;
        }
        const portraits = (data && Array.isArray(data.portraits)) ? data.portraits : [];
        const covers = (p) => Array.isArray(p.regions) && p.regions.includes(region);
        // newest first from the endpoint: a portrait with the region as its main region wins over a wider one
        const portrait = portraits.find((p) => covers(p) && p.regions[0] === region) || portraits.find(covers);
        box.textContent = '';
        box.hidden = !(portrait && /^\/[^/]/.test(String(portrait.url)));
        if (!box.hidden) {
          const link = el('a', 'swk-map__portrait-link', this.t('Regional portrait: {0}', portrait.title));
          link.href = portrait.url;
          box.appendChild(link);
        }
      }, () => {
        box.hidden = true;
      });
    }

    updateMarkers(results) {
      const same = this.shown && this.shown.length === results.length && this.shown.every((r, i) => r === results[i]);
      if (same) {
        return;
      }
      this.shown = results;
      const old = this.cluster;
      if (old.swkLoading) {
        // the plugin cannot cancel a chunked load and fails when its group leaves the map mid-way: hide the
        // group's drawn layer now and remove the group when its load is done
        old.swkStale = true;
        if (old._featureGroup) {
          this.map.removeLayer(old._featureGroup);
        }
      } else {
        this.map.removeLayer(old);
      }
      this.cluster = this.newClusterGroup();
      if (results.length === 0) {
        this.markersAdded();
        return;
      }
      this.cluster.swkLoading = true;
      this.cluster.addLayers(results.map((record) => this.newMarker(record)));
    }

    updateRegions(counts) {
      for (const [code, layer] of this.regionLayers) {
        layer.swkCount = counts.get(code) || 0;
      }
      if (this.choropleth) {
        this.choropleth.update(counts);
      } else {
        this.updateRegionStyles();
      }
    }

    updateRegionStyles() {
      let max = 0;
      this.regionLayers.forEach((layer) => { max = Math.max(max, layer.swkCount); });
      for (const [code, layer] of this.regionLayers) {
        layer.setStyle(this.regionStyle(layer.swkCount, max, code === this.state.region));
      }
    }

    /* ---------- list ---------- */

    bindList() {
      if (!this.items) {
        return;
      }
      this.items.addEventListener('keydown', (event) => {
        const buttons = Array.from(this.items.querySelectorAll('.swk-map__item-button'));
        const index = buttons.indexOf(document.activeElement);
        if (index < 0) {
          return;
        }
        let next = -1;
        if (event.key === 'ArrowDown') next = Math.min(index + 1, buttons.length - 1);
        else if (event.key === 'ArrowUp') next = Math.max(index - 1, 0);
        else if (event.key === 'Home') next = 0;
        else if (event.key === 'End') next = buttons.length - 1;
        if (next >= 0) {
          event.preventDefault();
          buttons[next].focus();
        }
      });
      this.items.addEventListener('click', (event) => {
        const button = event.target.closest('.swk-map__item-button');
        if (button) {
          const record = this.byId.get(button.getAttribute('data-swk-id'));
          if (record) {
            this.openDetail(record.id, button, record.marker);
            if (record.marker && this.cluster.hasLayer(record.marker)) {
              this.cluster.zoomToShowLayer(record.marker);
            }
          }
        }
      });
    }

    renderList() {
      if (!this.items) {
        return;
      }
      const total = this.results.length;
      const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
      this.page = Math.min(this.page, pages - 1);
      const from = this.page * PAGE_SIZE;
      const slice = this.results.slice(from, from + PAGE_SIZE);
      const fragment = document.createDocumentFragment();
      for (const record of slice) {
        const item = el('li', 'swk-map__item');
        const button = el('button', 'swk-map__item-button');
        button.type = 'button';
        button.setAttribute('data-swk-id', record.id);
        button.appendChild(el('span', 'swk-map__item-name', record.name));
        const meta = [this.title('regions', record.r)];
        const levels = Object.keys(LEVEL_LETTERS).filter((level) => record.l.includes(LEVEL_LETTERS[level]));
        if (levels.length) {
          meta.push(levels.map((level) => this.title('levels', level)).join(', '));
        }
        button.appendChild(el('span', 'swk-map__item-meta', meta.filter(Boolean).join(' · ')));
        item.appendChild(button);
        fragment.appendChild(item);
      }
      this.items.replaceChildren(fragment);
      if (total === 0) {
        this.items.appendChild(el('li', 'swk-map__empty', this.t('No initiatives match these filters.')));
      }
      this.renderPager(total, pages, from, slice.length);
    }

    renderPager(total, pages, from, shown) {
      if (!this.pager) {
        return;
      }
      this.pager.replaceChildren();
      if (total <= PAGE_SIZE) {
        return;
      }
      const button = (labelKey, page, disabled) => {
        const b = el('button', 'swk-map__button swk-map__button--secondary', this.t(labelKey));
        b.type = 'button';
        b.disabled = disabled;
        b.addEventListener('click', () => {
          this.page = page;
          this.renderList();
          const first = this.items.querySelector('.swk-map__item-button');
          if (first) first.focus();
        });
        return b;
      };
      const position = el('span', 'swk-map__pager-position', this.t('Results {0}–{1} of {2}',
        this.numbers.format(from + 1), this.numbers.format(from + shown), this.numbers.format(total)));
      this.pager.append(button('Previous', this.page - 1, this.page === 0), position,
        button('Next', this.page + 1, this.page >= pages - 1));
    }

    /* ---------- detail ---------- */

    bindDetail() {
      if (!this.detail) {
        return;
      }
      this.detail.addEventListener('keydown', (event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          this.closeDetail(true);
        }
      });
    }

    openDetail(id, opener, marker, moveFocus = true) {
      if (!this.detail) {
        return;
      }
      this.opener = opener;
      this.openerMarker = marker;
      this.state.id = id;
      this.writeHash();
      if (this.detailRequest) {
        this.detailRequest.abort();
      }
      const request = new AbortController();
      this.detailRequest = request;
      const known = this.byId && this.byId.get(id);
      this.renderDetailShell(known ? known.name : this.t('Loading…'));
      this.detail.setAttribute('aria-busy', 'true');
      this.detail.hidden = false;
      if (moveFocus) {
        this.detailHeading.focus();
      }
      fetch(this.config.endpoints.detail + encodeURIComponent(id), {
        credentials: 'same-origin', headers: { Accept: 'application/json' }, signal: request.signal
      }).then((response) => {
        if (!response.ok) {
          throw new Error('detail ' + response.status);
        }
        return response.json();
      }).then((initiative) => {
        this.renderDetail(initiative);
      }).catch((error) => {
        if (error.name !== 'AbortError') {
          this.detailBody.replaceChildren(el('p', 'swk-map__error', this.t('This initiative could not be loaded.')));
        }
      }).finally(() => {
        if (this.detailRequest === request) {
          this.detail.removeAttribute('aria-busy');
          this.detail.setAttribute('data-swk-detail-loaded', id);
        }
      });
    }

    renderDetailShell(heading) {
      const header = el('div', 'swk-map__detail-header');
      const title = el(this.headingTag, 'swk-map__detail-title', heading);
      title.id = this.config.id + '-detail-title';
      title.tabIndex = -1;
      const close = el('button', 'swk-map__button swk-map__button--secondary swk-map__close', this.t('Close'));
      close.type = 'button';
      close.addEventListener('click', () => this.closeDetail(true));
      header.append(title, close);
      this.detailHeading = title;
      this.detailBody = el('div', 'swk-map__detail-body');
      this.detailBody.appendChild(el('p', 'swk-map__loading', this.t('Loading…')));
      this.detail.removeAttribute('data-swk-detail-loaded');
      this.detail.replaceChildren(header, this.detailBody);
    }

    renderDetail(item) {
      this.detailHeading.textContent = item.name || '';
      const body = document.createDocumentFragment();
      if (item.demo === true) {
        const badge = el('p', 'swk-map__badge', this.t('Demo data'));
        badge.title = this.t('This is demo data, not a real initiative.');
        body.appendChild(badge);
      }
      const facts = el('dl', 'swk-map__facts');
      const fact = (labelKey, value) => {
        if (value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length)) {
          return;
        }
        facts.appendChild(el('dt', 'swk-map__fact-label', this.t(labelKey)));
        const dd = el('dd', 'swk-map__fact');
        if (value instanceof Node) {
          dd.appendChild(value);
        } else {
          dd.textContent = String(value);
        }
        facts.appendChild(dd);
      };
      fact('Goal', item.goal);
      fact('Description', item.description);
      fact('Parties', this.partyList(item.parties));
      fact('Levels', (item.levels || []).map((code) => this.title('levels', code)).join(', '));
      fact('Region', item.region && (item.region.name || this.title('regions', item.region.code)));
      fact('Province', item.province && item.province.name);
      fact('Sectors', (item.sectors || []).map((code) => this.title('sectors', code)).join(', '));
      fact('Themes', (item.themes || []).map((code) => this.title('themes', code)).join(', '));
      fact('Status', item.status && this.title('statuses', item.status));
      fact('Years', this.years(item.startYear, item.endYear));
      fact('Website', this.website(item.website));
      fact('Contact', item.contact);
      fact('Last verified', this.date(item.lastVerified));
      body.appendChild(facts);
      const missing = (item.missing || []).map((field) => this.t(MISSING_LABELS[field] || field).toLowerCase());
      if (missing.length) {
        body.appendChild(el('p', 'swk-map__missing', this.t('Not known yet: {0}. Do you know more? Let us know.',
          missing.join(', '))));
      }
      const correction = this.correctionLink(item);
      if (correction) {
        body.appendChild(correction);
      }
      this.detailBody.replaceChildren(body);
    }

    /** "Suggest a correction": the form page of the configuration, asked to fill itself in with this initiative. */
    correctionLink(item) {
      const form = this.config.endpoints.form;
      if (!form || !item || !item.id) {
        return null;
      }
      const url = new URL(form, window.location.href);
      url.searchParams.set('kind', 'correction');
      url.searchParams.set('target', String(item.id));
      const paragraph = el('p', 'swk-map__correction');
      const link = el('a', 'swk-map__link swk-map__correction-link', this.t('Suggest a correction'));
      link.setAttribute('href', url.pathname + url.search + url.hash);
      link.setAttribute('aria-label', this.t('Suggest a correction to {0}', item.name || ''));
      link.setAttribute('data-swk-correction', String(item.id));
      paragraph.appendChild(link);
      return paragraph;
    }

    partyList(parties) {
      if (!Array.isArray(parties) || !parties.length) {
        return null;
      }
      const list = el('ul', 'swk-map__parties');
      for (const party of parties) {
        const li = el('li', 'swk-map__party', party.name || '');
        const extra = [party.kind && this.title('partyKinds', party.kind), party.town].filter(Boolean);
        if (extra.length) {
          li.appendChild(el('span', 'swk-map__party-kind', ' (' + extra.join(', ') + ')'));
        }
        list.appendChild(li);
      }
      return list;
    }

    years(start, end) {
      if (start && end) return start + '–' + end;
      if (start) return this.t('since {0}', start);
      if (end) return this.t('until {0}', end);
      return null;
    }

    website(value) {
      if (!value) {
        return null;
      }
      try {
        const url = new URL(value);
        if (url.protocol === 'http:' || url.protocol === 'https:') {
          const link = el('a', 'swk-map__link', value);
          link.setAttribute('href', url.href);
          link.setAttribute('rel', 'noopener noreferrer nofollow');
          return link;
        }
      } catch (e) {
        // not a URL: shown as text below
      }
      return String(value);
    }

    date(value) {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value || '');
      if (!match) {
        return value || null;
      }
      const date = new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
      return new Intl.DateTimeFormat(this.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
    }

    closeDetail(restoreFocus) {
      if (!this.detail || this.detail.hidden) {
        return;
      }
      if (this.detailRequest) {
        this.detailRequest.abort();
        this.detailRequest = null;
      }
      this.detail.hidden = true;
      this.detail.replaceChildren();
      this.state.id = '';
      this.writeHash();
      if (restoreFocus) {
        const markerElement = this.openerMarker && this.openerMarker.getElement && this.openerMarker.getElement();
        const target = [this.opener, markerElement].find((node) => node && node.isConnected) || this.canvas;
        target.focus();
      }
      this.opener = null;
      this.openerMarker = null;
    }
  }

  function decodeURIComponentSafe(text) {
    try {
      return decodeURIComponent(text);
    } catch (e) {
      return text;
    }
  }

  function boot() {
    for (const root of document.querySelectorAll('[data-swk-map]')) {
      if (root.hasAttribute('data-swk-initialised')) {
        continue;
      }
      root.setAttribute('data-swk-initialised', 'true');
      try {
        if (!L || !L.markerClusterGroup) {
          throw new Error('Leaflet or Leaflet.markercluster is missing');
        }
        new SwkMap(root);
      } catch (error) {
        root.setAttribute('data-swk-ready', 'error');
        if (window.console) {
          console.error('Samenwerkingskaart:', error);
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
