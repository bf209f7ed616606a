/* Draws the report's charts from the embedded JSON with ECharts (SVG renderer, no animation, so the
   page prints and screenshots exactly as drawn). Published figures only: a null is a gap. */
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var INK = '#1d2733', MUTED = '#5b6773', MET = '#1a7f4b', NOT_MET = '#c2410c', TARGET = '#b91c1c';
  var COLOURS = { CHN: '#d62728', KHM: '#1f77b4', LAO: '#2ca02c', MMR: '#9467bd', THA: '#ff7f0e', VNM: '#17becf', ALL: '#111111' };
  var FONT = { fontFamily: '"DejaVu Sans", "Liberation Sans", Arial, sans-serif', fontSize: 9, color: MUTED };

  function colour(c) { return COLOURS[c] || '#7f7f7f'; }
  function name(c) { return data.countryNames[c] || c; }
  function indicator(id) { return data.indicators[id] || {}; }
  function fmt(v, unit) { return v == null ? '' : unit === 'count' ? Math.round(v).toLocaleString('en') : v.toFixed(1); }

  var totals = {};
  data.totals.forEach(function (t) { totals[t.p + '|' + t.i + '|' + t.c] = t; });
  function total(p, i, c) { return totals[p + '|' + i + '|' + c]; }

  function draw(el, option) {
    var chart = echarts.init(el, null, { renderer: 'svg' });
    option.animation = false;
    option.textStyle = FONT;
    chart.setOption(option);
    el.setAttribute('data-drawn', '1');
  }

  function targetLine(target, axis) {
    if (target == null) return undefined;
    var point = {}; point[axis] = target;
    return { silent: true, symbol: 'none', label: { show: false },
      lineStyle: { type: 'dashed', color: TARGET, width: 1.2 }, data: [point] };
  }

  /* First page: one dot per country and lead period with its interval bar, against the target. */
  function lead(el, id) {
    var ind = indicator(id), unit = ind.unit;
    var cats = ['ALL'].concat(data.countries.filter(function (c) { return c !== 'ALL'; }));
    var periods = data.leadPeriods, max = ind.target || 0;
    var series = periods.map(function (p, k) {
      var offset = periods.length === 1 ? 0 : (k === 0 ? -0.17 : 0.17);
      var filled = periods.length === 1 || k === 0;
      var rows = [];
      cats.forEach(function (c, y) {
        var t = total(p, id, c);
        if (!t || t.v == null) return;
        var lo = t.lo == null ? t.v : t.lo, hi = t.hi == null ? t.v : t.hi;
        max = Math.max(max, hi);
        rows.push([y, lo, hi, t.v, t.s === 'MET' ? 1 : t.s === 'NOT_MET' ? -1 : 0]);
      });
      return {
        type: 'custom', name: p, data: rows, encode: { x: [1, 2, 3], y: 0 },
        renderItem: function (params, api) {
          var y = api.value(0), band = api.size([0, 1])[1];
          var yc = api.coord([0, y])[1] + offset * band;
          var pLo = api.coord([api.value(1), y]), pHi = api.coord([api.value(2), y]), pV = api.coord([api.value(3), y]);
          var status = api.value(4), col = status > 0 ? MET : status < 0 ? NOT_MET : INK;
          return { type: 'group', children: [
            { type: 'line', shape: { x1: pLo[0], y1: yc, x2: pHi[0], y2: yc }, style: { stroke: col, lineWidth: 1.6 } },
            { type: 'circle', shape: { cx: pV[0], cy: yc, r: 3.6 },
              style: { fill: filled ? col : '#ffffff', stroke: col, lineWidth: 1.6 } }
          ] };
        }
      };
    });
    series.push({ type: 'line', data: [], markLine: targetLine(ind.target, 'xAxis') });
    draw(el, {
      grid: { left: 62, right: 14, top: 6, bottom: 20 },
      xAxis: { type: 'value', min: 0, max: unit === 'percent' ? 100 : Math.ceil(max * 1.1),
        axisLabel: { fontSize: 8 }, splitLine: { lineStyle: { color: '#eceff2' } } },
      yAxis: { type: 'category', inverse: true, data: cats.map(name),
        axisLabel: { fontSize: 8.5, formatter: function (v) { return v === 'Region' ? '{b|Region}' : v; },
          rich: { b: { fontWeight: 'bold', fontSize: 8.5, color: INK } } },
        axisTick: { show: false } },
      series: series
    });
  }

  /* Trends: countries as lines by quarter, gaps where a quarter has no published figure. */
  function trend(el, id) {
    var ind = indicator(id), unit = ind.unit;
    var series = data.countries.map(function (c) {
      var isRegion = c === 'ALL';
      var s = {
        type: 'line', name: name(c), connectNulls: false, symbol: 'circle', symbolSize: isRegion ? 4 : 3,
        z: isRegion ? 5 : 2,
        itemStyle: { color: colour(c) }, lineStyle: { color: colour(c), width: isRegion ? 2.4 : 1.1 },
        data: data.quarters.map(function (q) { var t = total(q, id, c); return t && t.v != null ? t.v : null; })
      };
      if (isRegion) s.markLine = targetLine(ind.target, 'yAxis');
      return s;
    });
    draw(el, {
      grid: { left: 40, right: 10, top: 8, bottom: 22 },
      xAxis: { type: 'category', data: data.quarters, boundaryGap: false,
        axisLabel: { fontSize: 7.5, hideOverlap: true } },
      yAxis: { type: 'value', min: unit === 'percent' ? 0 : undefined, max: unit === 'percent' ? 100 : undefined,
        axisLabel: { fontSize: 7.5 }, splitLine: { lineStyle: { color: '#eceff2' } } },
      series: series
    });
  }

  /* Corridors: sending × receiving, the published percentage with its denominator; grey where suppressed. */
  function corridor(el, id) {
    var six = data.countries.filter(function (c) { return c !== 'ALL'; });
    var shown = [], hidden = [];
    data.corridors.cells.filter(function (x) { return x.i === id; }).forEach(function (x) {
      var sending = id === 'RET-08' ? x.cp : x.c, receiving = id === 'RET-08' ? x.c : x.cp;
      var xi = six.indexOf(receiving), yi = six.indexOf(sending);
      if (xi < 0 || yi < 0) return;
      if (x.v != null) shown.push([xi, yi, x.v, x.d]);
      else if (x.s === 'SUPPRESSED') hidden.push([xi, yi, 0]);
    });
    draw(el, {
      grid: { left: 70, right: 90, top: 24, bottom: 30 },
      xAxis: { type: 'category', data: six.map(name), position: 'top', name: 'receiving country', nameLocation: 'middle',
        nameGap: 18, axisLabel: { fontSize: 8 }, splitArea: { show: false } },
      yAxis: { type: 'category', inverse: true, data: six.map(name), name: 'sending', nameLocation: 'end',
        axisLabel: { fontSize: 8 } },
      visualMap: { seriesIndex: 0, min: 0, max: 100, calculable: false, orient: 'vertical', right: 0, top: 'middle',
        itemHeight: 90, itemWidth: 10, text: ['100 %', '0 %'], textStyle: { fontSize: 8 },
        inRange: { color: ['#fde7d9', '#f3b07b', '#7cc49a', '#1a7f4b'] } },
      series: [
        { type: 'heatmap', data: shown, itemStyle: { borderColor: '#fff', borderWidth: 2 },
          label: { show: true, fontSize: 8, lineHeight: 11, color: INK,
            formatter: function (p) { return fmt(p.value[2], 'percent') + ' %\n(n = ' + p.value[3] + ')'; } } },
        { type: 'heatmap', data: hidden, itemStyle: { color: '#d9dde2', borderColor: '#fff', borderWidth: 2 },
          label: { show: true, fontSize: 8, color: MUTED, formatter: function () { return 'suppressed'; } } }
      ]
    });
  }

  /* Kaplan–Meier: step curves, the region's with its 95 % band. */
  function survival(el) {
    var byCountry = {};
    data.survival.forEach(function (r) { (byCountry[r.c] = byCountry[r.c] || []).push(r); });
    var series = [], low = 1;
    Object.keys(byCountry).sort(function (a, b) { return a === 'ALL' ? 1 : b === 'ALL' ? -1 : a < b ? -1 : 1; })
      .forEach(function (c) {
        var rows = byCountry[c], isRegion = c === 'ALL';
        var curve = [[0, 1]].concat(rows.map(function (r) { return [r.day, r.s]; }));
        rows.forEach(function (r) { low = Math.min(low, isRegion && r.lo != null ? r.lo : r.s); });
        if (isRegion) {
          // the band as one polygon: the upper bound's steps forward, the lower bound's back
          var upper = [[0, 1]], lower = [[0, 1]];
          rows.forEach(function (r) {
            var hi = r.hi == null ? r.s : r.hi, lo = r.lo == null ? r.s : r.lo;
            upper.push([r.day, upper[upper.length - 1][1]], [r.day, hi]);
            lower.push([r.day, lower[lower.length - 1][1]], [r.day, lo]);
          });
          var outline = upper.concat(lower.reverse());
          series.push({ type: 'custom', name: '95 % band', silent: true, z: 1, data: [[0, 1]],
            itemStyle: { color: 'rgba(17,17,17,0.14)' },
            renderItem: function (params, api) {
              return { type: 'polygon', shape: { points: outline.map(function (pt) { return api.coord(pt); }) },
                style: { fill: 'rgba(17,17,17,0.14)' } };
            } });
        }
        series.push({ type: 'line', name: name(c), data: curve, step: 'end', symbol: 'none', z: isRegion ? 5 : 2,
          lineStyle: { color: colour(c), width: isRegion ? 2.4 : 1.1 }, itemStyle: { color: colour(c) } });
      });
    draw(el, {
      grid: { left: 48, right: 16, top: 30, bottom: 34 },
      legend: { top: 0, itemWidth: 14, itemHeight: 6, textStyle: { fontSize: 8 },
        data: series.map(function (s) { return s.name; }) },
      xAxis: { type: 'value', name: 'days since reception', nameLocation: 'middle', nameGap: 20, min: 0,
        axisLabel: { fontSize: 8 } },
      yAxis: { type: 'value', name: 'not re-trafficked', min: Math.max(0, Math.floor((low - 0.02) * 20) / 20), max: 1,
        interval: low > 0.7 ? 0.05 : 0.1,
        axisLabel: { fontSize: 8, formatter: function (v) { return Math.round(v * 100) + ' %'; } } },
      series: series
    });
  }

  var kinds = { lead: lead, trend: trend, corridor: corridor, survival: survival };
  var charts = document.querySelectorAll('[data-chart]');
  for (var n = 0; n < charts.length; n++) {
    var el = charts[n];
    kinds[el.getAttribute('data-chart')](el, el.getAttribute('data-indicator'));
  }
  document.documentElement.setAttribute('data-charts-drawn', String(charts.length));
})();
