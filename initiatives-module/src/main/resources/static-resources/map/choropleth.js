/*
 * Samenwerkingskaart: the national overview of the map component, initiatives per region as a choropleth.
 *
 * A Leaflet plugin in the plugin guide's manner (L.swkChoropleth, no other global): map.js creates one per map whose
 * configuration has a regionView, hands it the region layers' counts on every refresh and asks it first when a
 * region is clicked. It adds the view switch ("Kaartweergave: punten / per regio"), colours the regions in five
 * classes with a legend, and makes the regions reachable with the keyboard: one Tab stop, arrow keys move from
 * region to region (by name), Enter or Space opens the region page (or narrows the map to the region when there is no
 * region page). The class rule is the one of ColourClasses.java: five equal parts of 1..maximum at whole initiatives.
 * The markers are hidden by a class on the canvas, so the clustering keeps working underneath.
 */
(function () {
  'use strict';

  const L = window.L;
  /* ColorBrewer YlGnBu, lightest to darkest: ordered for colour-blind readers and in greyscale. */
  const COLOURS = ['#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'];
  const REGIONS = 'regions';
  const POINTS = 'points';

  /** The class of a count, 0..4; -1 for none (ColourClasses.classOf). */
  function classOf(count, maximum) {
    if (count <= 0) {
      return -1;
    }
    if (maximum <= COLOURS.length) {
      return Math.min(COLOURS.length, count) - 1;
    }
    return Math.min(COLOURS.length, Math.ceil(count * COLOURS.length / maximum)) - 1;
  }

  /** The legend's ranges (ColourClasses.ranges). */
  function ranges(maximum) {
    const result = [];
    if (maximum <= COLOURS.length) {
      for (let i = 0; i < maximum; i++) {
        result.push({ from: i + 1, to: i + 1, colour: COLOURS[i] });
      }
      return result;
    }
    for (let i = 0; i < COLOURS.length; i++) {
      result.push({
        from: Math.floor(i * maximum / COLOURS.length) + 1,
        to: Math.floor((i + 1) * maximum / COLOURS.length),
        colour: COLOURS[i]
      });
    }
    return result;
  }

  class Choropleth {
    constructor(host) {
      this.host = host;
      this.key = host.config.hashPrefix + '-view';
      this.mode = this.readMode() || (host.config.regionView === REGIONS ? REGIONS : POINTS);
      this.counts = new Map();
      this.maximum = 0;
      this.current = null;
      this.createSwitch();
      this.legend = this.createLegend().addTo(host.map);
      this.legendBox.hidden = true;
    }

    t(key, ...args) {
      return this.host.t(key, ...args);
    }

    /* ---------- view switch ---------- */

    createSwitch() {
      const id = this.host.config.id;
      const box = document.createElement('fieldset');
      box.className = 'swk-map__view';
      box.setAttribute('data-swk-view', '');
      const legend = document.createElement('legend');
      legend.className = 'swk-map__view-legend';
      legend.textContent = this.t('Map view');
      box.appendChild(legend);
      this.radios = {};
      for (const [value, label] of [[POINTS, 'Points'], [REGIONS, 'Per region']]) {
        const radio = document.createElement('input');
        radio.type = 'radio';
        radio.name = id + '-view';
        radio.id = id + '-view-' + value;
        radio.value = value;
        radio.className = 'swk-map__view-radio';
        radio.checked = value === this.mode;
        radio.addEventListener('change', () => {
          if (radio.checked) {
            this.setMode(value, true);
          }
        });
        const text = document.createElement('label');
        text.htmlFor = radio.id;
        text.className = 'swk-map__view-label';
        text.textContent = this.t(label);
        box.appendChild(radio);
        box.appendChild(text);
        this.radios[value] = radio;
      }
      const body = this.host.root.querySelector('.swk-map__body');
      body.parentNode.insertBefore(box, body);
    }

    readMode() {
      for (const part of location.hash.replace(/^#/, '').split('&')) {
        const [key, value] = part.split('=');
        if (key === this.key && (value === REGIONS || value === POINTS)) {
          return value;
        }
      }
      return null;
    }

    writeMode() {
      const parts = location.hash.replace(/^#/, '').split('&').filter((p) => p && p.split('=')[0] !== this.key);
      if (this.mode !== (this.host.config.regionView === REGIONS ? REGIONS : POINTS)) {
        parts.push(this.key + '=' + this.mode);
      }
      const hash = parts.join('&');
      history.replaceState(history.state, '', location.pathname + location.search + (hash ? '#' + hash : ''));
    }

    isActive() {
      return this.mode === REGIONS;
    }

    setMode(mode, byVisitor) {
      this.mode = mode === REGIONS ? REGIONS : POINTS;
      this.radios[this.mode].checked = true;
      const active = this.isActive();
      this.host.canvas.classList.toggle('swk-map__canvas--regions', active);
      this.host.root.setAttribute('data-swk-view', this.mode);
      this.host.map.closePopup();
      this.legendBox.hidden = !active;
      this.restyle();
      if (byVisitor) {
        this.writeMode();
      }
    }

    /* ---------- colours, legend, labels ---------- */

    /** The counts of the current filters, by region code (map.js calls this on every refresh). */
    update(counts) {
      this.counts = counts;
      this.maximum = 0;
      counts.forEach((n) => { this.maximum = Math.max(this.maximum, n); });
      if (!this.started) {
        this.started = true;
        this.prepareRegions();
        this.setMode(this.mode, false);
        return;
      }
      this.restyle();
    }

    restyle() {
      const active = this.isActive();
      for (const [code, layer] of this.host.regionLayers) {
        const n = this.counts.get(code) || 0;
        const index = classOf(n, this.maximum);
        if (active) {
          layer.setStyle({
            color: '#ffffff',
            weight: 1,
            fillColor: index < 0 ? '#ffffff' : COLOURS[index],
            fillOpacity: index < 0 ? 0.35 : 0.9
          });
        }
        const element = layer.getElement && layer.getElement();
        if (element) {
          element.setAttribute('data-swk-class', String(index));
          if (active) {
            element.setAttribute('role', this.regionUrl(code) ? 'link' : 'button');
            element.setAttribute('aria-label', this.label(code, n));
            element.setAttribute('tabindex', code === this.tabStop() ? '0' : '-1');
          } else {
            // the points are the view: the result list is the keyboard's way, the regions are no Tab stops
            element.removeAttribute('role');
            element.removeAttribute('aria-label');
            element.setAttribute('tabindex', '-1');
          }
        }
      }
      if (!active) {
        this.host.updateRegionStyles();
      }
      this.highlight(active ? this.current || this.hovered : null);
      this.renderLegend();
    }

    /**
     * A black outline over the focused or hovered region, in a pane of its own above the regions: bringing the
     * region's own path to the front would move it in the DOM, which takes the keyboard focus away from it.
     */
    highlight(code) {
      const map = this.host.map;
      if (this.highlighted) {
        this.highlighted.remove();
        this.highlighted = null;
      }
      const layer = code && this.host.regionLayers.get(code);
      if (!layer) {
        return;
      }
      if (!map.getPane('swkHighlight')) {
        const pane = map.createPane('swkHighlight');
        pane.style.zIndex = 450;
        pane.style.pointerEvents = 'none';
      }
      this.highlighted = L.polygon(layer.getLatLngs(), {
        pane: 'swkHighlight', interactive: false, fill: false, color: '#000000', weight: 4
      }).addTo(map);
    }

    label(code, n) {
      const name = this.host.title('regions', code);
      const count = n === 1 ? this.t('{0}: 1 initiative', name)
        : this.t('{0}: {1} initiatives', name, this.host.numbers.format(n));
      const action = this.regionUrl(code) ? this.t('Open the region page of {0}', name)
        : this.t('Show {0} on the map', name);
      return count + '. ' + action;
    }

    createLegend() {
      const legend = L.control({ position: 'bottomright' });
      legend.onAdd = () => {
        this.legendBox = L.DomUtil.create('div', 'swk-map__legend-box');
        this.legendBox.setAttribute('data-swk-map-legend', '');
        L.DomEvent.disableClickPropagation(this.legendBox);
        this.renderLegend();
        return this.legendBox;
      };
      return legend;
    }

    renderLegend() {
      const box = this.legendBox;
      if (!box) {
        return;
      }
      box.replaceChildren();
      const title = document.createElement('p');
      title.className = 'swk-map__legend-title';
      title.textContent = this.t('Initiatives per region on the map');
      box.appendChild(title);
      const list = document.createElement('ul');
      list.className = 'swk-map__legend-items';
      const item = (colour, text, empty) => {
        const entry = document.createElement('li');
        entry.className = 'swk-map__legend-item';
        const swatch = document.createElement('span');
        swatch.className = 'swk-map__legend-swatch' + (empty ? ' swk-map__legend-swatch--none' : '');
        swatch.style.backgroundColor = colour;
        swatch.setAttribute('aria-hidden', 'true');
        entry.appendChild(swatch);
        entry.appendChild(document.createTextNode(text));
        list.appendChild(entry);
      };
      item('#ffffff', this.t('no initiatives'), true);
      const fmt = (n) => this.host.numbers.format(n);
      for (const range of ranges(this.maximum)) {
        item(range.colour, range.from === range.to ? fmt(range.from) : fmt(range.from) + '–' + fmt(range.to), false);
      }
      box.appendChild(list);
    }

    /* ---------- keyboard and pointer ---------- */

    prepareRegions() {
      const collator = new Intl.Collator(this.host.locale);
      this.order = Array.from(this.host.regionLayers.keys())
        .sort((a, b) => collator.compare(this.host.title('regions', a), this.host.title('regions', b)));
      for (const [code, layer] of this.host.regionLayers) {
        const element = layer.getElement && layer.getElement();
        if (!element) {
          continue;
        }
        element.classList.add('swk-map__region');
        element.setAttribute('data-swk-region', code);
        element.addEventListener('focus', () => this.focusRegion(code));
        element.addEventListener('blur', () => {
          if (this.current === code) {
            this.current = null;
            layer.closeTooltip();
            this.restyle();
          }
        });
        element.addEventListener('keydown', (event) => this.onKey(event, code));
        layer.on('mouseover', () => {
          if (this.isActive()) {
            this.hovered = code;
            this.restyle();
          }
        });
        layer.on('mouseout', () => {
          if (this.hovered === code) {
            this.hovered = null;
            this.restyle();
          }
        });
      }
    }

    tabStop() {
      return this.lastFocused || (this.order && this.order[0]);
    }

    focusRegion(code) {
      if (!this.isActive()) {
        return;
      }
      this.current = code;
      this.lastFocused = code;
      const layer = this.host.regionLayers.get(code);
      layer.openTooltip(layer.getBounds().getCenter());
      this.restyle();
    }

    onKey(event, code) {
      if (!this.isActive()) {
        return;
      }
      const index = this.order.indexOf(code);
      let next = -1;
      if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = (index + 1) % this.order.length;
      else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = (index - 1 + this.order.length) % this.order.length;
      else if (event.key === 'Home') next = 0;
      else if (event.key === 'End') next = this.order.length - 1;
      if (next >= 0) {
        event.preventDefault();
        event.stopPropagation();
        const target = this.host.regionLayers.get(this.order[next]).getElement();
        this.lastFocused = this.order[next];
        this.restyle();
        target.focus();
      } else if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        event.stopPropagation();
        this.activate(code);
      }
    }

    /** A region chosen on the choropleth; false when the choropleth is not shown (map.js then handles it). */
    activate(code) {
      if (!this.isActive()) {
        return false;
      }
      const url = this.regionUrl(code);
      if (url) {
        window.location.assign(url);
      } else {
        this.setMode(POINTS, true);
        this.host.selectRegion(code);
      }
      return true;
    }

    regionUrl(code) {
      const base = this.host.config.endpoints && this.host.config.endpoints.regionPage;
      const slugs = this.host.vocab.regionSlugs || {};
      return base && slugs[code] ? base + '/' + encodeURIComponent(slugs[code]) : null;
    }
  }

  if (L) {
    L.swkChoropleth = (host) => new Choropleth(host);
  }
}());
