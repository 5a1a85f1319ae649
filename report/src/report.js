// dermasim report: builds the page of a run (or of a comparison of runs) from the JSON that
// dermasim embeds in <script id="dermasim-data">. Charts are Vega-Lite specs rendered by
// vega-embed, both inlined in the page, so the report works offline from a single file.
//
// When every chart has rendered (or failed), window.dermasimReport tells how it went, for the
// browser test: {ready, charts, rendered, failed: [names]}.
(function () {
  'use strict';

  const data = JSON.parse(document.getElementById('dermasim-data').textContent);
  const runs = data.runs;
  const compare = data.kind === 'compare';
  const pending = [];
  const status = { ready: false, charts: 0, rendered: 0, failed: [] };
  window.dermasimReport = status;

  // ---- small DOM helpers -------------------------------------------------------------------
  function el(tag, attrs, children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'text') e.textContent = v;
      else e.setAttribute(k, v);
    }
    for (const c of children || []) e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    return e;
  }
  function section(id, title, intro) {
    const s = el('section', { id: id }, [el('h2', { text: title })]);
    if (intro) s.appendChild(el('p', { class: 'intro', text: intro }));
    document.getElementById('content').appendChild(s);
    document.getElementById('toc').appendChild(el('a', { href: '#' + id, text: title }));
    return s;
  }
  function fmt(v, digits) {
    if (v === null || v === undefined || Number.isNaN(v)) return '—';
    if (typeof v !== 'number') return String(v);
    if (Number.isInteger(v) && digits === undefined && Math.abs(v) < 1e9) return String(v);
    const a = Math.abs(v);
    if (a !== 0 && (a < 1e-3 || a >= 1e5)) return v.toExponential(digits === undefined ? 2 : digits);
    return v.toFixed(digits === undefined ? (a >= 100 ? 0 : a >= 10 ? 1 : 2) : digits);
  }

  // ---- series: names, units and groups from the column names (README's contract) -----------
  const unitSuffixes = [
    ['_per_mm3', 'cells/mm³'], ['_ng_ml', 'ng/mL'], ['_mg_cm3', 'mg/cm³'], ['_change_pct', '%'],
    ['_ug_cm2_h', 'µg/cm²/h'], ['_ug_cm2', 'µg/cm²'], ['_g_m2_h', 'g/m²/h'], ['_mg_ml', 'mg/mL'],
    ['_fraction', 'fraction'], ['_kpa', 'kPa'], ['_um', 'µm'], ['_index', 'Mexameter units'],
  ];
  // Words of the column names as a reader writes them.
  const words = { ra: 'Ra roughness', rz: 'Rz roughness', masi: 'MASI-like score', tewl: 'TEWL',
    tgf: 'TGF', beta: 'β', pdgf: 'PDGF', kgf: 'KGF', mmp: 'MMP', timp: 'TIMP', m1: 'M1', m2: 'M2',
    i: 'I', iii: 'III', youngs: "Young's", cutometer: 'Cutometer', r2: 'R2', r7: 'R7' };
  function readable(base) {
    const text = base.split('_').map((w) => words[w] || w).join(' ').replace('TGF β', 'TGF-β');
    return text.charAt(0).toUpperCase() + text.slice(1);
  }
  const unitsByName = { edema: 'volume fraction', masi: 'score (mMASI, 0-24)', cutometer_r2: 'ratio', cutometer_r7: 'ratio' };
  function splitName(name) {
    if (unitsByName[name]) return { label: readable(name), unit: unitsByName[name] };
    for (const [suffix, unit] of unitSuffixes) {
      if (name.endsWith(suffix)) {
        const base = suffix === '_change_pct' ? name.slice(0, -suffix.length) + '_change'
          : suffix === '_fraction' || suffix === '_index' ? name : name.slice(0, -suffix.length);
        return { label: readable(base), unit: unit };
      }
    }
    return { label: readable(name), unit: '' };
  }
  const groups = [
    ['Cells', (n) => n.endsWith('_per_mm3')],
    ['Signals', (n) => n.endsWith('_ng_ml')],
    ['Matrix', (n) => n.endsWith('_mg_cm3') || n === 'collagen_i_crosslinked_fraction'],
    ['Changes against untreated skin', (n) => n.endsWith('_change_pct')],
    ['Clinical outcomes', (n) => /^(scar_|wrinkle_|ra_|rz_|melanin_|masi|youngs_|cutometer_)/.test(n)],
    ['Injury, barrier and channels', () => true],
  ];

  // ---- tables of column-major data ----------------------------------------------------------
  function rowsOf(table, names) {
    const idx = names.map((n) => table.columns.indexOf(n));
    const out = [];
    for (let r = 0; r < table.values[0].length; ++r) {
      const row = {};
      names.forEach((n, i) => { row[n] = idx[i] < 0 ? null : table.values[idx[i]][r]; });
      out.push(row);
    }
    return out;
  }
  function column(table, name) {
    const i = table.columns.indexOf(name);
    return i < 0 ? null : table.values[i];
  }
  function hasValues(table, name) {
    const c = column(table, name);
    return c !== null && c.some((v) => v !== null);
  }

  // ---- charts -------------------------------------------------------------------------------
  function chart(parent, name, spec, cls) {
    const div = el('div', { class: cls || 'chart', 'data-chart': name });
    parent.appendChild(div);
    status.charts += 1;
    spec = JSON.parse(JSON.stringify(spec)); // drops the encodings left undefined
    spec.$schema = 'https://vega.github.io/schema/vega-lite/v6.json';
    spec.config = Object.assign({ view: { stroke: '#ccc' }, axis: { labelFontSize: 10, titleFontSize: 11 } },
      spec.config || {});
    const p = vegaEmbed(div, spec, { actions: { export: true, source: false, compiled: false, editor: false },
      renderer: spec.renderer || 'svg' })
      .then(() => { status.rendered += 1; div.setAttribute('data-rendered', 'true'); })
      .catch((err) => { status.failed.push(name); console.error('chart ' + name + ': ' + err); });
    pending.push(p);
    return div;
  }

  const runColours = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2', '#17becf'];
  const runNames = runs.map((r) => r.label);
  const runColour = { field: 'run', type: 'nominal', title: 'run',
    scale: { domain: runNames, range: runColours.slice(0, runNames.length) } };

  // Time axis: symlog in hours by default, so that hours (inflammation), days (proliferation) and
  // months (maturation) share one axis; or linear in days.
  let timeAxis = 'symlog';
  const hourTicks = [0, 3, 12, 72, 168, 672, 2016, 4368, 8736];
  const tickLabel = "datum.value < 24 ? datum.value + ' h' : datum.value < 168 ? " +
    "(datum.value / 24) + ' d' : format(datum.value / 168, '.3~') + ' wk'";
  function timeEncoding(maxH) {
    if (timeAxis === 'symlog') {
      return { field: 'time_h', type: 'quantitative', title: 'time after the first session',
        scale: { type: 'symlog', constant: 1, domain: [0, maxH], nice: false },
        axis: { values: hourTicks.filter((t) => t <= maxH * 1.0001), labelExpr: tickLabel, grid: true } };
    }
    return { field: 'time_d', type: 'quantitative', title: 'days after the first session',
      scale: { domain: [0, maxH / 24], nice: false } };
  }

  // The three healing phases of every session as shaded bands (summary.json phases_by_session).
  const phaseColours = { inflammation: '#e45756', proliferation: '#f2b447', maturation: '#54a24b' };
  function phaseBands(run, endH) {
    const bands = [];
    const sessions = (run.summary && run.summary.phases_by_session) || [];
    // Each session's phase times count from its own needles (session_h after the first).
    sessions.forEach((s, i) => {
      const at = s.session_h || 0;
      const next = i + 1 < sessions.length ? sessions[i + 1].session_h : endH;
      for (const phase of ['inflammation', 'proliferation', 'maturation']) {
        const p = s[phase];
        if (!p || p.start_h === null || p.start_h === undefined) continue;
        const start = at + p.start_h;
        const end = Math.min(p.end_h === null || p.end_h === undefined ? next : at + p.end_h, next, endH);
        if (end <= start) continue;
        bands.push({ phase: phase, start: start, end: end, start_d: start / 24, end_d: end / 24, session: i + 1 });
      }
    });
    return bands;
  }
  // The phases overlap in time (a wound is inflamed while it proliferates), so each phase has its
  // own lane of the plot's height: top inflammation, middle proliferation, bottom maturation.
  const phaseLane = { inflammation: 2, proliferation: 1, maturation: 0 };
  function bandLayer(bands) {
    const x = timeAxis === 'symlog' ? 'start' : 'start_d';
    const x2 = timeAxis === 'symlog' ? 'end' : 'end_d';
    const values = bands.map((b) => Object.assign({ lane: phaseLane[b.phase], lane_top: phaseLane[b.phase] + 1 }, b));
    return { data: { values: values }, mark: { type: 'rect', opacity: 0.2 },
      encoding: { x: { field: x, type: 'quantitative' }, x2: { field: x2 },
        y: { field: 'lane', type: 'quantitative', scale: { domain: [0, 3] }, axis: null }, y2: { field: 'lane_top' },
        color: { field: 'phase', type: 'nominal', legend: null,
          scale: { domain: Object.keys(phaseColours), range: Object.values(phaseColours) } },
        tooltip: [{ field: 'phase' }, { field: 'session' }, { field: 'start', title: 'start (h)', format: '.1f' },
          { field: 'end', title: 'end (h)', format: '.1f' }] } };
  }
  function phaseLegend() {
    const p = el('p', { class: 'legend' }, ['Healing phases, one lane each: ']);
    for (const [phase, colour] of Object.entries(phaseColours)) {
      p.appendChild(el('span', { class: 'swatch', style: 'background:' + colour }));
      p.appendChild(document.createTextNode(phase + ' '));
    }
    return p;
  }

  function timeCourse(parent, name, series) {
    // series: [{run, rows}] where rows have time_h and the value.
    const { label, unit } = splitName(name);
    const values = [];
    let maxH = 1;
    for (const s of series) {
      for (const r of s.rows) {
        if (r[name] === null || r[name] === undefined) continue;
        values.push({ run: s.run, time_h: r.time_h, time_d: r.time_h / 24, value: r[name] });
        maxH = Math.max(maxH, r.time_h);
      }
    }
    const line = { params: [{ name: 'zoom', select: { type: 'interval', encodings: ['x'] }, bind: 'scales' }],
      data: { values: values }, mark: { type: 'line', point: values.length < 60, strokeWidth: 1.6 },
      encoding: { x: timeEncoding(maxH), y: { field: 'value', type: 'quantitative', title: unit || label,
        scale: { zero: false }, axis: { orient: 'left' } },
      tooltip: [{ field: 'run' }, { field: 'time_h', title: 'time (h)', format: '.2f' },
        { field: 'value', title: label + (unit ? ' (' + unit + ')' : ''), format: '.4~g' }] } };
    if (compare) line.encoding.color = runColour;
    else line.mark.color = '#1f4e79';
    const layers = [];
    if (!compare && series.length === 1) layers.push(bandLayer(phaseBands(runs[0], maxH)));
    layers.push(line);
    return chart(parent, name, { title: { text: label, subtitle: unit ? unit : undefined },
      width: 330, height: 170, layer: layers, resolve: { scale: { color: 'independent', y: 'independent' } } });
  }

  // ---- sections -----------------------------------------------------------------------------
  function header() {
    const h = document.getElementById('header');
    const title = compare ? 'dermasim comparison: ' + runNames.join(' vs ') : 'dermasim run: ' + runNames[0];
    document.title = title;
    h.appendChild(el('h1', { text: title }));
    const meta = el('table', { class: 'meta' });
    const head = el('tr', {}, [el('th', { text: '' })].concat(runs.map((r) => el('th', { text: r.label }))));
    meta.appendChild(head);
    const rowsMeta = [
      ['scenario', (r) => r.summary.scenario],
      ['dermasim version', (r) => r.summary.dermasim_version],
      ['scenario hash', (r) => r.summary.scenario_hash],
      ['seed', (r) => r.summary.seed],
      ['device', (r) => r.summary.device],
      ['site', (r) => r.summary.site],
      ['sessions', (r) => r.summary.sessions],
      ['healing model', (r) => r.summary.fidelity],
      ['status', (r) => r.summary.status],
      ['folder', (r) => r.folder],
    ];
    for (const [k, f] of rowsMeta) {
      meta.appendChild(el('tr', {}, [el('th', { text: k })].concat(runs.map((r) => el('td', { text: String(f(r) === undefined ? '—' : f(r)) })))));
    }
    h.appendChild(meta);
    h.appendChild(el('p', { class: 'generator', text: 'Report written by dermasim ' + data.generator.dermasim_version +
      '. Re-run a scenario from its scenario.resolved.toml to reproduce it exactly.' }));
  }

  function scenarioSection() {
    const s = section('scenario', 'Scenario', 'The resolved scenario as run: every default filled in, every unit explicit.');
    const wrap = el('div', { class: compare ? 'side' : '' });
    for (const r of runs) {
      const d = el('details', compare ? {} : { open: 'open' }, [el('summary', { text: r.label + ': scenario.resolved.toml' }),
        el('pre', { class: 'toml', text: r.scenario_toml || '(missing)' })]);
      wrap.appendChild(d);
    }
    s.appendChild(wrap);
  }

  function punctureSection() {
    const s = section('punctures', 'Puncture map',
      'Where each needle met the skin, coloured by the depth of its tip; hover for a puncture\'s depth, session and layer.');
    const wrap = el('div', { class: 'side' });
    for (const r of runs) {
      const box = el('div', { class: 'panel' }, [el('h3', { text: r.label })]);
      const summary = r.summary;
      box.appendChild(el('p', { class: 'small', text: `${summary.punctures} punctures, ${fmt(summary.punctures_per_cm2)} per cm², ` +
        `depth ${fmt(summary.depth_um && summary.depth_um.mean)} ± ${fmt(summary.depth_um && summary.depth_um.sd)} µm, ` +
        `bleeding ${fmt(100 * summary.bleeding_fraction)} %` }));
      if (r.punctures && r.punctures.values[0].length > 0) {
        const rows = rowsOf(r.punctures, r.punctures.columns);
        const g = summary.grid || {};
        const wx = (g.nx || 0) * (g.dx_um || 0), wy = (g.ny || 0) * (g.dy_um || 0);
        chart(box, 'punctures:' + r.label, { width: 320, height: 320 * (wy > 0 && wx > 0 ? wy / wx : 1),
          renderer: rows.length > 3000 ? 'canvas' : 'svg',
          data: { values: rows }, mark: { type: 'circle', size: 18, opacity: 0.85 },
          encoding: {
            x: { field: 'x_um', type: 'quantitative', title: 'x (µm)', scale: wx > 0 ? { domain: [0, wx], nice: false } : {} },
            y: { field: 'y_um', type: 'quantitative', title: 'y (µm)', scale: wy > 0 ? { domain: [0, wy], nice: false } : {} },
            color: { field: 'depth_um', type: 'quantitative', title: 'depth (µm)', scale: { scheme: 'viridis' } },
            tooltip: [{ field: 'x_um', format: '.0f' }, { field: 'y_um', format: '.0f' }, { field: 'depth_um', format: '.0f' },
              { field: 'session' }, { field: 'pass' }, { field: 'layer' }, { field: 'bleeding' }] } });
      } else if (r.punctures_omitted) {
        box.appendChild(el('p', { text: `${r.punctures_omitted} punctures: too many for an interactive map; ` +
          'punctures_map.png (under Images) shows them all.' }));
      } else {
        box.appendChild(el('p', { text: 'No needle landed on the patch.' }));
      }
      wrap.appendChild(box);
    }
    s.appendChild(wrap);
  }

  function timeCourseSection() {
    const withSeries = runs.filter((r) => r.timeseries && r.timeseries.values.length > 0);
    if (withSeries.length === 0) return;
    const s = section('timecourses', 'Healing time course',
      compare ? 'Every series of timeseries.csv, the runs overlaid. Hover for values; scroll to zoom the time axis, drag to pan, double-click to reset.'
        : 'Every series of timeseries.csv, means over the histology window. Shaded: the three healing phases of each session (inflammation, proliferation, maturation; criteria in docs/model.md 6.6), each until the next session. Hover for values; scroll to zoom the time axis, drag to pan, double-click to reset.');
    const control = el('p', { class: 'control' }, ['Time axis: ']);
    const select = el('select', { id: 'time-axis' }, [el('option', { value: 'symlog', text: 'hours to months (symlog)' }),
      el('option', { value: 'linear', text: 'linear, in days' })]);
    control.appendChild(select);
    s.appendChild(control);
    if (!compare) s.appendChild(phaseLegend());
    const holder = el('div', {});
    s.appendChild(holder);
    const names = [];
    for (const r of withSeries)
      for (const n of r.timeseries.columns)
        if (n !== 'time_h' && !names.includes(n) && hasValues(r.timeseries, n)) names.push(n);
    function render() {
      holder.innerHTML = '';
      for (const [groupName, test] of groups) {
        const members = names.filter((n) => test(n) && !holder.querySelector(`[data-chart="${n}"]`));
        if (members.length === 0) continue;
        holder.appendChild(el('h3', { text: groupName }));
        const grid = el('div', { class: 'grid' });
        holder.appendChild(grid);
        for (const n of members) {
          const series = withSeries.filter((r) => hasValues(r.timeseries, n))
            .map((r) => ({ run: r.label, rows: rowsOf(r.timeseries, ['time_h', n]) }));
          timeCourse(grid, n, series);
        }
      }
    }
    render();
    select.addEventListener('change', () => { timeAxis = select.value; render(); });
  }

  function outcomeSection() {
    const t = data.outcome_table;
    const hasWeeks = t && t.rows.length > 0;
    const hasKeys = data.key_numbers && data.key_numbers.length > 0;
    if (!hasWeeks && !hasKeys) return;
    const s = section('outcomes', 'Outcomes', hasWeeks
      ? 'Change against the skin before treatment at weeks ' + t.weeks.join(', ') +
        ' after the first session (— : the run ended earlier, or the measure does not apply).' +
        (compare ? ' Δ: each run minus the first run (' + runNames[0] + ').' : '')
      : 'The run' + (compare ? 's end' : ' ends') + ' before week 4: no change at weeks 4, 6, 12 and 26 to show.');
    if (hasWeeks) weekTable(s, t);
    if (hasKeys) keyNumberTable(s);
  }
  function weekTable(s, t) {
    const table = el('table', { class: 'outcomes' });
    const head1 = el('tr', {}, [el('th', { rowspan: '2', text: 'measure' }), el('th', { rowspan: '2', text: 'unit' })]);
    const head2 = el('tr', {});
    for (const w of t.weeks) {
      head1.appendChild(el('th', { colspan: String(runs.length * 2 - 1), text: 'week ' + w }));
      runs.forEach((r, i) => {
        head2.appendChild(el('th', { text: r.label }));
        if (i > 0) head2.appendChild(el('th', { class: 'delta', text: 'Δ' }));
      });
    }
    if (!compare) table.appendChild(el('tr', {}, [el('th', { text: 'measure' }), el('th', { text: 'unit' })].concat(
      t.weeks.map((w) => el('th', { text: 'week ' + w })))));
    else { table.appendChild(head1); table.appendChild(head2); }
    for (const row of t.rows) {
      const tr = el('tr', { 'data-measure': row.measure }, [el('td', { text: row.label }), el('td', { text: row.unit })]);
      t.weeks.forEach((w, wi) => {
        runs.forEach((r, ri) => {
          tr.appendChild(el('td', { class: 'num', text: fmt(row.values[ri][wi], 1) }));
          if (ri > 0) tr.appendChild(el('td', { class: 'num delta', text: fmt(row.differences[ri][wi], 1) }));
        });
      });
      table.appendChild(tr);
    }
    s.appendChild(table);
  }
  function keyNumberTable(s) {
    s.appendChild(el('h3', { text: 'Key numbers' }));
    const k = el('table', { class: 'outcomes' });
    const hr = el('tr', {}, [el('th', { text: 'measure' }), el('th', { text: 'unit' })]);
    runs.forEach((r, i) => { hr.appendChild(el('th', { text: r.label })); if (i > 0) hr.appendChild(el('th', { class: 'delta', text: 'Δ' })); });
    k.appendChild(hr);
    for (const row of data.key_numbers) {
      const tr = el('tr', { 'data-measure': row.measure }, [el('td', { text: row.label }), el('td', { text: row.unit })]);
      runs.forEach((r, ri) => {
        tr.appendChild(el('td', { class: 'num', text: fmt(row.values[ri]) }));
        if (ri > 0) tr.appendChild(el('td', { class: 'num delta', text: fmt(row.differences[ri]) }));
      });
      k.appendChild(tr);
    }
    s.appendChild(k);
  }

  function absorptionSection() {
    const withSerum = runs.filter((r) => r.absorption && r.absorption.values.length > 0);
    if (withSerum.length === 0) return;
    const s = section('absorption', 'Serum absorption',
      'The active through the stratum corneum, the needle channels (closing as the skin heals) and the dermis, ' +
      'against the same skin without channels (dashed). docs/model.md section 8.');
    const grid = el('div', { class: 'grid' });
    s.appendChild(grid);
    const dashScale = { domain: ['with channels', 'intact skin'], range: [[1, 0], [5, 3]] };
    const cumulative = [];
    const flux = [];
    const open = [];
    const compartments = [];
    for (const r of withSerum) {
      for (const row of rowsOf(r.absorption, r.absorption.columns)) {
        for (const [name, route] of [['permeated_ug_cm2', 'permeated, with channels'], ['delivered_ug_cm2', 'delivered, with channels'],
          ['intact_permeated_ug_cm2', 'permeated, intact skin'], ['intact_delivered_ug_cm2', 'delivered, intact skin']]) {
          if (row[name] !== null && row[name] > 0)
            cumulative.push({ run: r.label, time_h: row.time_h, value: row[name], quantity: route,
              intact: name.startsWith('intact') ? 'intact skin' : 'with channels' });
        }
        if (row.flux_ug_cm2_h !== null && row.time_h > 0) flux.push({ run: r.label, time_h: row.time_h, value: row.flux_ug_cm2_h });
        open.push({ run: r.label, time_h: row.time_h, value: row.channels_open_fraction });
        for (const name of ['donor_ug_cm2', 'stratum_corneum_ug_cm2', 'viable_epidermis_ug_cm2', 'dermis_ug_cm2', 'cleared_ug_cm2', 'receptor_ug_cm2'])
          if (row[name] !== null) compartments.push({ run: r.label, time_h: row.time_h, value: row[name], compartment: name.replace('_ug_cm2', '').replace(/_/g, ' ') });
      }
    }
    chart(grid, 'absorption:cumulative', { title: { text: 'Cumulative amount', subtitle: 'µg/cm² (log scale)' }, width: 330, height: 200,
      data: { values: cumulative }, mark: { type: 'line', point: true },
      encoding: { x: { field: 'time_h', type: 'quantitative', title: 'hours after application' },
        y: { field: 'value', type: 'quantitative', scale: { type: 'log' }, title: 'µg/cm²' },
        color: compare ? runColour : { field: 'quantity', type: 'nominal', title: '' },
        strokeDash: { field: 'intact', type: 'nominal', title: '', scale: dashScale },
        shape: compare ? { field: 'quantity', type: 'nominal', title: '' } : undefined,
        detail: { field: 'quantity' },
        tooltip: [{ field: 'run' }, { field: 'quantity' }, { field: 'time_h', format: '.2f' }, { field: 'value', format: '.4~g' }] } });
    chart(grid, 'absorption:flux', { title: { text: 'Flux out of the skin', subtitle: 'µg/cm²/h (in vivo: cleared; Franz: into the receptor)' },
      width: 330, height: 200, data: { values: flux }, mark: { type: 'line', point: true },
      encoding: { x: { field: 'time_h', type: 'quantitative', title: 'hours after application' },
        y: { field: 'value', type: 'quantitative', title: 'µg/cm²/h' }, color: compare ? runColour : undefined,
        tooltip: [{ field: 'run' }, { field: 'time_h', format: '.2f' }, { field: 'value', format: '.4~g' }] } });
    chart(grid, 'absorption:channels_open', { title: { text: 'Channels open', subtitle: 'fraction of the channels still open' },
      width: 330, height: 200, data: { values: open }, mark: { type: 'line' },
      encoding: { x: { field: 'time_h', type: 'quantitative', title: 'hours after application' },
        y: { field: 'value', type: 'quantitative', title: 'fraction', scale: { domain: [0, 1] } }, color: compare ? runColour : undefined,
        tooltip: [{ field: 'run' }, { field: 'time_h', format: '.2f' }, { field: 'value', format: '.3f' }] } });
    // Per run: where the active is, and its depth profile at the profile times.
    for (const r of withSerum) {
      const suffix = compare ? ' (' + r.label + ')' : '';
      chart(grid, 'absorption:compartments:' + r.label, { title: { text: 'Where the active is' + suffix, subtitle: 'µg/cm² by compartment' },
        width: 330, height: 200, data: { values: compartments.filter((c) => c.run === r.label) }, mark: { type: 'line' },
        encoding: { x: { field: 'time_h', type: 'quantitative', title: 'hours after application' },
          y: { field: 'value', type: 'quantitative', title: 'µg/cm²' }, color: { field: 'compartment', type: 'nominal' },
          tooltip: [{ field: 'compartment' }, { field: 'time_h', format: '.2f' }, { field: 'value', format: '.4~g' }] } });
      const p = r.absorption_profile;
      if (!p) continue;
      const profile = [];
      const depth = column(p, 'depth_um');
      for (const name of p.columns) {
        const m = /^(concentration|intact)_(.+)_mg_ml$/.exec(name);
        if (!m) continue;
        column(p, name).forEach((v, i) => {
          if (v !== null && v > 0) profile.push({ depth_um: depth[i], value: v, time: m[2],
            skin: m[1] === 'intact' ? 'intact skin' : 'with channels' });
        });
      }
      if (profile.length === 0) continue;
      chart(grid, 'absorption:profile:' + r.label, { title: { text: 'Depth profile' + suffix, subtitle: 'mg/mL, mean over the unit cell (log scale)' },
        width: 330, height: 200, data: { values: profile }, mark: { type: 'line' },
        encoding: { x: { field: 'depth_um', type: 'quantitative', title: 'depth (µm)' },
          y: { field: 'value', type: 'quantitative', scale: { type: 'log' }, title: 'mg/mL' },
          color: { field: 'time', type: 'nominal', title: 'time after application', sort: null },
          strokeDash: { field: 'skin', type: 'nominal', title: '', scale: dashScale },
          tooltip: [{ field: 'skin' }, { field: 'time' }, { field: 'depth_um' }, { field: 'value', format: '.4~g' }] } });
    }
  }

  function imageSection() {
    const withImages = runs.filter((r) => r.images && r.images.length > 0);
    if (withImages.length === 0) return;
    const s = section('images', 'Images', 'The run folder\'s PNG images: perceptual colour maps, with colour bars and scale bars.');
    const files = [];
    for (const r of withImages) for (const im of r.images) if (!files.includes(im.file)) files.push(im.file);
    for (const file of files) {
      const row = el('div', { class: 'side' });
      for (const r of runs) {
        const im = (r.images || []).find((x) => x.file === file);
        const fig = el('figure', {});
        if (im) {
          fig.appendChild(el('img', { src: im.data, alt: im.title, 'data-file': file }));
          fig.appendChild(el('figcaption', { text: (compare ? r.label + ': ' : '') + im.title + ' (' + file + ')' }));
        } else {
          fig.appendChild(el('figcaption', { text: r.label + ': no ' + file }));
        }
        row.appendChild(fig);
      }
      s.appendChild(row);
    }
  }

  header();
  scenarioSection();
  punctureSection();
  timeCourseSection();
  outcomeSection();
  absorptionSection();
  imageSection();

  Promise.allSettled(pending).then(() => {
    status.ready = true;
    document.body.setAttribute('data-report-ready', status.failed.length === 0 ? 'ok' : 'failed');
  });
})();
