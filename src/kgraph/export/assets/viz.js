/* kgraph viz: a canvas graph view with a Barnes-Hut force layout, written for this project
   (no third-party code). Every text from the data reaches the page through textContent or
   canvas fillText, never as HTML. */
(function () {
  'use strict';
  var T0 = performance.now();
  var data = JSON.parse(document.getElementById('kg-data').textContent);
  var nodes = data.nodes, edges = data.edges;
  var N = nodes.length, E = edges.length;
  var $ = function (id) { return document.getElementById(id); };
  var canvas = $('kg-canvas'), ctx = canvas.getContext('2d');
  var styles = {};
  data.classes.forEach(function (c) { styles[c.name] = c; });
  var fallback = { name: 'Other', colour: '#BBBBBB', shape: 'dot', text: '#1b1b1b' };
  function st(i) { return styles[nodes[i].cls] || fallback; }

  // ---- state --------------------------------------------------------------------------
  var X = new Float64Array(N), Y = new Float64Array(N), VX = new Float64Array(N), VY = new Float64Array(N);
  var R = new Float64Array(N), deg = new Int32Array(N), fixed = new Uint8Array(N);
  var vis = new Uint8Array(N), hi = new Uint8Array(N), edgeOn = new Uint8Array(E);
  var adj = []; for (var i = 0; i < N; i++) adj.push([]);
  edges.forEach(function (e, j) { deg[e[0]]++; deg[e[1]]++; adj[e[0]].push(j); if (e[1] !== e[0]) adj[e[1]].push(j); });
  var classOn = {}; data.classes.forEach(function (c) { classOn[c.name] = true; });
  var showInferred = true, showLabels = true, dateFrom = '', dateTo = '';
  function span(w) {   // an xsd:date, gYearMonth or gYear as first and last day (ISO text compares)
    if (!w) return null;
    if (w.length === 4) return [w + '-01-01', w + '-12-31'];
    if (w.length === 7) return [w + '-01', w + '-31'];
    return [w.slice(0, 10), w.slice(0, 10)];
  }
  var spans = nodes.map(function (n) { return span(n.when); });
  function inWindow(i) {
    var s = spans[i];
    return !s || ((!dateFrom || s[1] >= dateFrom) && (!dateTo || s[0] <= dateTo));
  }
  var selected = -1, hover = -1, centre = data.centre;
  var k = 1, tx = 0, ty = 0, W = 0, H = 0, dpr = 1, autoFit = true;
  var alpha = 1, alphaMin = 0.002, alphaDecay = 1 - Math.pow(alphaMin, 1 / 320), running = true;
  var byDegree = [];
  var stats = { nodes: N, edges: E, firstRenderMs: -1, iterations: 0, layoutMs: 0, drawnNodes: 0,
                lastDrawMs: 0, settledMs: -1 };
  for (i = 0; i < N; i++) {
    R[i] = Math.min(20, 4.5 + 1.7 * Math.sqrt(deg[i]));
    var a = i * 2.399963, r = 12 * Math.sqrt(i + 0.5);
    X[i] = r * Math.cos(a); Y[i] = r * Math.sin(a);
    byDegree.push(i);
  }
  byDegree.sort(function (p, q) { return deg[q] - deg[p]; });

  // ---- visibility ------------------------------------------------------------------------
  var visNodes = [], visEdges = [], perClass = {};
  function updateVisibility() {
    visNodes = []; visEdges = []; perClass = {};
    for (var i = 0; i < N; i++) {
      vis[i] = classOn[nodes[i].cls] === false || !inWindow(i) ? 0 : 1;
      if (vis[i]) { visNodes.push(i); (perClass[nodes[i].cls] = perClass[nodes[i].cls] || []).push(i); }
    }
    var inf = 0;
    for (var j = 0; j < E; j++) {
      var e = edges[j];
      edgeOn[j] = vis[e[0]] && vis[e[1]] && (showInferred || !e[3]) ? 1 : 0;
      if (edgeOn[j]) { visEdges.push(j); if (e[3]) inf++; }
    }
    $('kg-stats').textContent = visNodes.length + ' of ' + N + ' nodes \u00b7 ' + visEdges.length +
      ' links (' + inf + ' inferred)';
    if (selected >= 0 && !vis[selected]) select(-1);
    markHighlight();
  }

  // ---- force layout (Barnes-Hut many-body, springs, gentle gravity) ----------------------
  var THETA2 = 0.81, CHARGE = -45, LINK = 34, GRAVITY = 0.015;
  function Quad(x0, y0, size) { this.x0 = x0; this.y0 = y0; this.s = size; this.m = 0; this.cx = 0; this.cy = 0; this.b = -1; this.more = null; this.kids = null; }
  function insert(q, i, depth) {
    for (;;) {
      q.cx = (q.cx * q.m + X[i]) / (q.m + 1); q.cy = (q.cy * q.m + Y[i]) / (q.m + 1); q.m++;
      if (q.kids === null) {
        if (q.b < 0 && q.m === 1) { q.b = i; return; }
        if (depth > 40) { (q.more = q.more || []).push(i); return; }
        var old = q.b; q.b = -1;
        var h = q.s / 2;
        q.kids = [new Quad(q.x0, q.y0, h), new Quad(q.x0 + h, q.y0, h), new Quad(q.x0, q.y0 + h, h), new Quad(q.x0 + h, q.y0 + h, h)];
        if (old >= 0) { var c0 = q.kids[(X[old] >= q.x0 + h ? 1 : 0) + (Y[old] >= q.y0 + h ? 2 : 0)]; c0.cx = X[old]; c0.cy = Y[old]; c0.m = 1; c0.b = old; }
      }
      var hh = q.s / 2;
      q = q.kids[(X[i] >= q.x0 + hh ? 1 : 0) + (Y[i] >= q.y0 + hh ? 2 : 0)];
      depth++;
    }
  }
  function repel(q, i, w) {
    var dx = q.cx - X[i], dy = q.cy - Y[i], d2 = dx * dx + dy * dy;
    if (q.kids !== null && (q.s * q.s) / THETA2 < d2) { push(i, dx, dy, d2, q.m * w); return; }
    if (q.kids === null) {
      if (q.b >= 0 && q.b !== i) { dx = X[q.b] - X[i]; dy = Y[q.b] - Y[i]; push(i, dx, dy, dx * dx + dy * dy, w); }
      if (q.more) for (var m = 0; m < q.more.length; m++) { var b = q.more[m]; if (b !== i) { dx = X[b] - X[i]; dy = Y[b] - Y[i]; push(i, dx, dy, dx * dx + dy * dy, w); } }
      return;
    }
    for (var c = 0; c < 4; c++) if (q.kids[c].m) repel(q.kids[c], i, w);
  }
  function push(i, dx, dy, d2, w) {
    if (dx === 0 && dy === 0) { dx = (Math.random() - 0.5) * 1e-3; dy = (Math.random() - 0.5) * 1e-3; d2 = dx * dx + dy * dy; }
    if (d2 < 25) d2 = Math.sqrt(25 * d2);
    var f = w / d2; VX[i] += dx * f; VY[i] += dy * f;
  }
  function tick() {
    var n = visNodes.length, i, j;
    if (!n) return;
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (j = 0; j < n; j++) { i = visNodes[j]; if (X[i] < x0) x0 = X[i]; if (X[i] > x1) x1 = X[i]; if (Y[i] < y0) y0 = Y[i]; if (Y[i] > y1) y1 = Y[i]; }
    var root = new Quad(x0, y0, Math.max(x1 - x0, y1 - y0) + 1);
    for (j = 0; j < n; j++) insert(root, visNodes[j], 0);
    var w = CHARGE * alpha;
    for (j = 0; j < n; j++) repel(root, visNodes[j], w);
    for (j = 0; j < visEdges.length; j++) {
      var e = edges[visEdges[j]], s = e[0], t = e[1];
      if (s === t) continue;
      var dx = X[t] + VX[t] - X[s] - VX[s], dy = Y[t] + VY[t] - Y[s] - VY[s];
      var l = Math.sqrt(dx * dx + dy * dy) || 1e-3;
      var strength = 1 / Math.min(deg[s], deg[t]);
      var dist = LINK + R[s] + R[t];
      l = (l - dist) / l * alpha * strength; dx *= l; dy *= l;
      var b = deg[s] / (deg[s] + deg[t]);
      VX[t] -= dx * b; VY[t] -= dy * b; VX[s] += dx * (1 - b); VY[s] += dy * (1 - b);
    }
    for (j = 0; j < n; j++) {
      i = visNodes[j];
      if (fixed[i]) { VX[i] = VY[i] = 0; continue; }
      VX[i] -= X[i] * GRAVITY * alpha; VY[i] -= Y[i] * GRAVITY * alpha;
      VX[i] *= 0.6; VY[i] *= 0.6; X[i] += VX[i]; Y[i] += VY[i];
    }
    alpha += (0 - alpha) * alphaDecay;
  }
  function reheat(to) { alpha = Math.max(alpha, to); }

  // ---- drawing ---------------------------------------------------------------------------
  function shape(c, kind, x, y, r) {
    var n, a, j;
    switch (kind) {
      case 'square': c.rect(x - r * 0.86, y - r * 0.86, r * 1.72, r * 1.72); return;
      case 'diamond': c.moveTo(x, y - r * 1.2); c.lineTo(x + r * 1.2, y); c.lineTo(x, y + r * 1.2); c.lineTo(x - r * 1.2, y); c.closePath(); return;
      case 'triangle': c.moveTo(x, y - r * 1.25); c.lineTo(x + r * 1.1, y + r * 0.75); c.lineTo(x - r * 1.1, y + r * 0.75); c.closePath(); return;
      case 'house': c.moveTo(x, y - r * 1.15); c.lineTo(x + r, y - r * 0.25); c.lineTo(x + r, y + r * 0.9); c.lineTo(x - r, y + r * 0.9); c.lineTo(x - r, y - r * 0.25); c.closePath(); return;
      case 'hexagon': case 'pentagon':
        n = kind === 'hexagon' ? 6 : 5;
        for (j = 0; j < n; j++) { a = -Math.PI / 2 + j * 2 * Math.PI / n; if (j) c.lineTo(x + r * 1.1 * Math.cos(a), y + r * 1.1 * Math.sin(a)); else c.moveTo(x + r * 1.1 * Math.cos(a), y + r * 1.1 * Math.sin(a)); }
        c.closePath(); return;
      case 'star':
        for (j = 0; j < 10; j++) { a = -Math.PI / 2 + j * Math.PI / 5; var rr = j % 2 ? r * 0.6 : r * 1.35; if (j) c.lineTo(x + rr * Math.cos(a), y + rr * Math.sin(a)); else c.moveTo(x + rr * Math.cos(a), y + rr * Math.sin(a)); }
        c.closePath(); return;
      case 'dot': c.moveTo(x + r * 0.7, y); c.arc(x, y, r * 0.7, 0, 2 * Math.PI); return;
      default: c.moveTo(x + r, y); c.arc(x, y, r, 0, 2 * Math.PI);
    }
  }
  function markHighlight() {
    hi.fill(0);
    if (selected < 0) return;
    hi[selected] = 1;
    adj[selected].forEach(function (j) { if (edgeOn[j]) { hi[edges[j][0]] = 1; hi[edges[j][1]] = 1; } });
  }
  function strokeEdges(list, inferred, width, colour, arrows) {
    ctx.beginPath();
    for (var m = 0; m < list.length; m++) {
      var e = edges[list[m]]; if (!!e[3] !== inferred) continue;
      ctx.moveTo(X[e[0]], Y[e[0]]); ctx.lineTo(X[e[1]], Y[e[1]]);
    }
    ctx.setLineDash(inferred ? [5 / k, 4 / k] : []);
    ctx.lineWidth = width / k; ctx.strokeStyle = colour; ctx.stroke();
    ctx.setLineDash([]);
    if (!arrows) return;
    ctx.beginPath();
    for (m = 0; m < list.length; m++) {
      e = edges[list[m]]; if (!!e[3] !== inferred || e[0] === e[1]) continue;
      var dx = X[e[1]] - X[e[0]], dy = Y[e[1]] - Y[e[0]], l = Math.sqrt(dx * dx + dy * dy) || 1;
      dx /= l; dy /= l;
      var px = X[e[1]] - dx * (R[e[1]] + 1.5), py = Y[e[1]] - dy * (R[e[1]] + 1.5), s = 5.5 / Math.max(k, 0.5);
      ctx.moveTo(px, py); ctx.lineTo(px - dx * s * 1.6 - dy * s * 0.7, py - dy * s * 1.6 + dx * s * 0.7);
      ctx.lineTo(px - dx * s * 1.6 + dy * s * 0.7, py - dy * s * 1.6 - dx * s * 0.7); ctx.closePath();
    }
    ctx.fillStyle = colour; ctx.fill();
  }
  function draw() {
    var t = performance.now();
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, W, H);
    ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * tx, dpr * ty);
    var vx0 = -tx / k - 30, vy0 = -ty / k - 30, vx1 = (W - tx) / k + 30, vy1 = (H - ty) / k + 30;
    var arrows = k > 0.45 && visEdges.length < 6000;
    var dim = selected >= 0, hiEdges = [], loEdges = [];
    for (var m = 0; m < visEdges.length; m++) {
      var e = edges[visEdges[m]];
      if (dim && (e[0] === selected || e[1] === selected)) hiEdges.push(visEdges[m]); else loEdges.push(visEdges[m]);
    }
    ctx.globalAlpha = dim ? 0.15 : visEdges.length > 1500 ? 0.3 : 0.75;
    strokeEdges(loEdges, false, 1, data.colours.asserted, arrows);
    strokeEdges(loEdges, true, 1.2, data.colours.inferred, arrows);
    ctx.globalAlpha = 1;
    if (dim) { strokeEdges(hiEdges, false, 2, '#444', true); strokeEdges(hiEdges, true, 2, data.colours.inferred, true); }
    var drawn = 0;
    for (var pass = 0; pass < 2; pass++) {
      if (pass === 1 && !dim) break;
      ctx.globalAlpha = dim && pass === 0 ? 0.25 : 1;
      for (var cls in perClass) {
        var list = perClass[cls], s = styles[cls] || fallback;
        ctx.beginPath();
        for (var q = 0; q < list.length; q++) {
          var i = list[q];
          if (dim && (pass === 0) === !!hi[i]) continue;
          if (X[i] < vx0 || X[i] > vx1 || Y[i] < vy0 || Y[i] > vy1) continue;
          shape(ctx, s.shape, X[i], Y[i], Math.max(R[i], 2.4 / k)); drawn++;
        }
        ctx.fillStyle = s.colour; ctx.fill();
        if (cls === 'Event') { ctx.lineWidth = 1 / k; ctx.strokeStyle = '#9c8e00'; ctx.stroke(); }
        else if (k * 4.5 > 3) { ctx.lineWidth = 1.2 / k; ctx.strokeStyle = '#ffffff'; ctx.stroke(); }
      }
    }
    ctx.globalAlpha = 1;
    [centre, selected, hover].forEach(function (i, n) {
      if (i < 0 || !vis[i]) return;
      ctx.beginPath(); shape(ctx, st(i).shape, X[i], Y[i], Math.max(R[i], 2.4 / k) + 3 / k);
      ctx.lineWidth = (n === 1 ? 3 : 2) / k; ctx.strokeStyle = n === 0 ? '#222' : n === 1 ? '#7B3FBF' : '#555'; ctx.stroke();
    });
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    if (!visNodes.length) {
      ctx.font = '14px "DejaVu Sans", Helvetica, Arial, sans-serif'; ctx.textAlign = 'center'; ctx.fillStyle = '#6b6b70';
      ctx.fillText(N ? 'Every class is filtered out.' : 'Nothing to show: the selection holds no entity.', W / 2, H / 2);
    }
    drawLabels(hiEdges);
    stats.drawnNodes = drawn;
    stats.lastDrawMs = performance.now() - t;
    if (stats.firstRenderMs < 0) { stats.firstRenderMs = performance.now(); stats.scriptStartMs = T0; }
  }
  function drawLabels(hiEdges) {
    ctx.font = '11px "DejaVu Sans", Helvetica, Arial, sans-serif';
    ctx.textAlign = 'center'; ctx.textBaseline = 'top'; ctx.lineJoin = 'round';
    var grid = {}, cell = 60, placed = 0;
    function free(x0, y0, x1, y1) {
      for (var gx = Math.floor(x0 / cell); gx <= Math.floor(x1 / cell); gx++)
        for (var gy = Math.floor(y0 / cell); gy <= Math.floor(y1 / cell); gy++) {
          var b = grid[gx + ',' + gy]; if (!b) continue;
          for (var m = 0; m < b.length; m++) { var r = b[m]; if (x0 < r[2] && x1 > r[0] && y0 < r[3] && y1 > r[1]) return false; }
        }
      return true;
    }
    function take(r) {
      for (var gx = Math.floor(r[0] / cell); gx <= Math.floor(r[2] / cell); gx++)
        for (var gy = Math.floor(r[1] / cell); gy <= Math.floor(r[3] / cell); gy++) (grid[gx + ',' + gy] = grid[gx + ',' + gy] || []).push(r);
    }
    function label(i, force, bold) {
      if (!vis[i]) return;
      var sx = X[i] * k + tx, sy = Y[i] * k + ty + R[i] * k + 3;
      if (sx < -100 || sx > W + 100 || sy < -20 || sy > H + 20) return;
      var text = nodes[i].label; if (text.length > 40) text = text.slice(0, 39) + '\u2026';
      var w = ctx.measureText(text).width, rect = [sx - w / 2 - 2, sy - 1, sx + w / 2 + 2, sy + 13];
      if (!force && !free(rect[0], rect[1], rect[2], rect[3])) return;
      take(rect); placed++;
      ctx.font = (bold ? 'bold ' : '') + '11px "DejaVu Sans", Helvetica, Arial, sans-serif';
      ctx.lineWidth = 3; ctx.strokeStyle = 'rgba(250,250,250,0.92)'; ctx.strokeText(text, sx, sy);
      ctx.fillStyle = dimmed(i) ? 'rgba(29,29,31,0.35)' : '#1d1d1f'; ctx.fillText(text, sx, sy);
      if (bold) ctx.font = '11px "DejaVu Sans", Helvetica, Arial, sans-serif';
    }
    function dimmed(i) { return selected >= 0 && !hi[i]; }
    [selected, hover, centre].forEach(function (i) { if (i >= 0) label(i, true, true); });
    if (selected >= 0) {
      adj[selected].forEach(function (j) { if (edgeOn[j]) label(edges[j][0] === selected ? edges[j][1] : edges[j][0], false, false); });
      var pairs = {};
      hiEdges.forEach(function (j) {
        var e = edges[j], key = Math.min(e[0], e[1]) + ':' + Math.max(e[0], e[1]);
        (pairs[key] = pairs[key] || { e: e, names: [] }).names.push(e[2]);
      });
      ctx.font = '10px "DejaVu Sans", Helvetica, Arial, sans-serif'; ctx.textBaseline = 'middle';
      for (var key in pairs) {
        var p = pairs[key], mx = (X[p.e[0]] + X[p.e[1]]) / 2 * k + tx, my = (Y[p.e[0]] + Y[p.e[1]]) / 2 * k + ty;
        var names = p.names.filter(function (v, n, a) { return a.indexOf(v) === n; }).join(', ');
        ctx.lineWidth = 3; ctx.strokeStyle = 'rgba(250,250,250,0.95)'; ctx.strokeText(names, mx, my);
        ctx.fillStyle = p.e[3] && p.names.length === 1 ? data.colours.inferred : '#444'; ctx.fillText(names, mx, my);
      }
      ctx.font = '11px "DejaVu Sans", Helvetica, Arial, sans-serif'; ctx.textBaseline = 'top';
    }
    if (!showLabels) return;
    for (var m = 0; m < byDegree.length && placed < 350; m++) {
      var i = byDegree[m];
      if (!vis[i]) continue;
      if (m >= 40 && R[i] * k < 6) continue;
      label(i, false, false);
    }
  }

  // ---- view ------------------------------------------------------------------------------
  function resize() {
    dpr = window.devicePixelRatio || 1;
    W = canvas.clientWidth; H = canvas.clientHeight;
    canvas.width = Math.max(1, Math.round(W * dpr)); canvas.height = Math.max(1, Math.round(H * dpr));
    dirty = true;
  }
  function fit() {
    if (!visNodes.length) return;
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    visNodes.forEach(function (i) { x0 = Math.min(x0, X[i] - R[i]); x1 = Math.max(x1, X[i] + R[i]); y0 = Math.min(y0, Y[i] - R[i]); y1 = Math.max(y1, Y[i] + R[i]); });
    var padX = Math.min(100, W / 6), padY = 40;   // room for labels, which hang wider than nodes
    k = Math.min(3, Math.max(0.02, Math.min((W - 2 * padX) / Math.max(1, x1 - x0), (H - 2 * padY) / Math.max(1, y1 - y0))));
    tx = W / 2 - (x0 + x1) / 2 * k; ty = H / 2 - (y0 + y1) / 2 * k; dirty = true;
  }
  function focusOn(i) {
    autoFit = false;
    k = Math.max(k, 1.4); tx = W / 2 - X[i] * k; ty = H / 2 - Y[i] * k; dirty = true;
  }
  function toWorld(cx, cy) { var b = canvas.getBoundingClientRect(); return [(cx - b.left - tx) / k, (cy - b.top - ty) / k]; }
  function nodeAt(cx, cy) {
    var p = toWorld(cx, cy), best = -1, bestD = Infinity;
    for (var m = visNodes.length - 1; m >= 0; m--) {
      var i = visNodes[m], dx = X[i] - p[0], dy = Y[i] - p[1], d = dx * dx + dy * dy, r = Math.max(R[i], 2.4 / k) + 3 / k;
      if (d <= r * r && d < bestD) { best = i; bestD = d; }
    }
    return best;
  }

  // ---- pointer interaction -----------------------------------------------------------------
  var dirty = true, drag = null;
  canvas.addEventListener('pointerdown', function (ev) {
    canvas.setPointerCapture(ev.pointerId);
    var i = nodeAt(ev.clientX, ev.clientY);
    drag = { x: ev.clientX, y: ev.clientY, node: i, moved: false, tx: tx, ty: ty };
    if (i >= 0) fixed[i] = 1;
    canvas.classList.add('kg-dragging');
  });
  canvas.addEventListener('pointermove', function (ev) {
    if (drag) {
      if (Math.abs(ev.clientX - drag.x) + Math.abs(ev.clientY - drag.y) > 3) drag.moved = true;
      if (!drag.moved) return;
      autoFit = false;
      if (drag.node >= 0) {
        var p = toWorld(ev.clientX, ev.clientY); X[drag.node] = p[0]; Y[drag.node] = p[1];
        if (running) reheat(0.08);
      } else { tx = drag.tx + ev.clientX - drag.x; ty = drag.ty + ev.clientY - drag.y; }
      dirty = true; return;
    }
    var h = nodeAt(ev.clientX, ev.clientY);
    if (h !== hover) {
      hover = h; dirty = true;
      canvas.classList.toggle('kg-over', h >= 0);
      var tip = $('kg-tip');
      if (h >= 0) { tip.textContent = nodes[h].label + ' \u00b7 ' + nodes[h].cls; tip.hidden = false; } else tip.hidden = true;
    }
    if (hover >= 0) { var b = canvas.getBoundingClientRect(), tip2 = $('kg-tip'); tip2.style.left = (ev.clientX - b.left) + 'px'; tip2.style.top = (ev.clientY - b.top) + 'px'; }
  });
  function endDrag(ev) {
    if (!drag) return;
    canvas.classList.remove('kg-dragging');
    if (drag.node >= 0) fixed[drag.node] = 0;
    if (!drag.moved) select(nodeAt(ev.clientX, ev.clientY));
    drag = null;
  }
  canvas.addEventListener('pointerup', endDrag);
  canvas.addEventListener('pointercancel', function () { drag = null; canvas.classList.remove('kg-dragging'); });
  canvas.addEventListener('pointerleave', function () { if (hover >= 0) { hover = -1; $('kg-tip').hidden = true; dirty = true; } });
  canvas.addEventListener('wheel', function (ev) {
    ev.preventDefault(); autoFit = false;
    var b = canvas.getBoundingClientRect(), cx = ev.clientX - b.left, cy = ev.clientY - b.top;
    var nk = Math.min(8, Math.max(0.02, k * Math.exp(-ev.deltaY * (ev.deltaMode ? 0.05 : 0.0015))));
    tx = cx - (cx - tx) * nk / k; ty = cy - (cy - ty) * nk / k; k = nk; dirty = true;
  }, { passive: false });
  canvas.addEventListener('dblclick', function (ev) { var i = nodeAt(ev.clientX, ev.clientY); if (i >= 0) focusOn(i); });
  window.addEventListener('resize', function () { resize(); if (autoFit) fit(); });

  // ---- side panel ----------------------------------------------------------------------------
  function el(tag, cls, text) { var e = document.createElement(tag); if (cls) e.className = cls; if (text !== undefined) e.textContent = text; return e; }
  function safeUrl(u) { return /^https?:\/\//i.test(u || '') ? u : ''; }
  function evidence(list, parent, inferred) {
    if (!list.length) { if (inferred) parent.appendChild(el('div', 'kg-evidence kg-source', 'inferred by the reasoner: no article states it in these words')); return; }
    list.slice(0, 6).forEach(function (ev) {
      var a = data.articles[ev[0]], box = el('div', 'kg-evidence'), src = el('div', 'kg-source');
      var name = a.id === 'reference' ? 'reference data' : (a.title || 'article ' + a.id);
      var url = safeUrl(a.url);
      if (url) { var link = el('a', 'kg-link', name); link.href = url; link.target = '_blank'; link.rel = 'noopener noreferrer'; src.appendChild(link); }
      else src.appendChild(document.createTextNode(name));
      if (a.date) src.appendChild(document.createTextNode(' \u00b7 ' + a.date));
      if (ev[2] && ev[2] !== 'asserted') src.appendChild(el('span', 'kg-badge kg-badge-' + ev[2], ev[2]));
      box.appendChild(src);
      if (ev[1] >= 0) box.appendChild(el('blockquote', '', data.sentences[ev[1]]));
      parent.appendChild(box);
    });
    if (list.length > 6) parent.appendChild(el('div', 'kg-evidence kg-source', '+ ' + (list.length - 6) + ' more sources'));
  }
  function nodeButton(i) {
    var b = el('button', 'kg-link', nodes[i].label); b.type = 'button';
    b.addEventListener('click', function () { ensureVisible(i); select(i); focusOn(i); });
    return b;
  }
  function section(parent, title) { parent.appendChild(el('h3', '', title)); var ul = el('ul'); parent.appendChild(ul); return ul; }
  function showDetails(i) {
    var panel = $('kg-panel'), box = $('kg-details');
    box.textContent = '';
    if (i < 0) { panel.hidden = true; panelResize(false); return; }
    var n = nodes[i], s = st(i);
    box.appendChild(el('h2', 'kg-name', n.label));
    var meta = el('div');
    var badge = el('span', 'kg-class', n.cls); badge.style.background = s.colour; badge.style.color = s.text;
    meta.appendChild(badge);
    var kinds = n.types.filter(function (t) { return t !== n.cls && ['Person', 'Performer', 'Agent', 'CreativeWork', 'MusicalWork'].indexOf(t) < 0; });
    if (kinds.length) meta.appendChild(document.createTextNode(kinds.join(', ')));
    box.appendChild(meta);
    box.appendChild(el('div', 'kg-iri', n.iri));
    if (n.aliases.length) {
      var ul = section(box, 'Aliases'); ul.className = 'kg-aliases';
      n.aliases.forEach(function (a) { ul.appendChild(el('li', 'kg-alias-item', a)); });
    }
    if (n.props.length) {
      ul = section(box, 'Properties');
      n.props.forEach(function (p) {
        var li = el('li', 'kg-fact'); li.appendChild(el('span', 'kg-pred', p[0] + ': ')); li.appendChild(el('span', 'kg-value', p[1]));
        evidence(p[2], li, false); ul.appendChild(li);
      });
    }
    var links = adj[i];
    if (links.length) {
      ul = section(box, 'Links (' + links.length + ')');
      links.slice().sort(function (p, q) { return edges[p][3] - edges[q][3] || edges[p][2].localeCompare(edges[q][2]); }).forEach(function (j) {
        var e = edges[j], li = el('li', 'kg-fact' + (e[3] ? ' kg-inferred' : ''));
        if (e[0] === i) { li.appendChild(el('span', 'kg-pred', e[2] + ' \u2192 ')); li.appendChild(nodeButton(e[1])); }
        else { li.appendChild(nodeButton(e[0])); li.appendChild(el('span', 'kg-pred', ' ' + e[2] + ' \u2192 this')); }
        if (e[3]) li.appendChild(el('span', 'kg-badge kg-badge-inferred', 'inferred'));
        evidence(e[4], li, !!e[3]); ul.appendChild(li);
      });
    }
    if (n.claims.length) {
      ul = section(box, 'Reported or denied (not facts of the graph)');
      n.claims.forEach(function (c) {
        var li = el('li', 'kg-fact', c[0] + ' \u2014 ' + c[1] + ' \u2192 ' + c[2]); evidence([c[3]], li, false); ul.appendChild(li);
      });
    }
    if (n.articles.length) {
      ul = section(box, 'Mentioned in ' + n.articles.length + (n.articles.length === 1 ? ' article' : ' articles'));
      n.articles.forEach(function (a) {
        var art = data.articles[a], li = el('li', 'kg-fact'), url = safeUrl(art.url), name = art.title || 'article ' + art.id;
        if (url) { var link = el('a', 'kg-link', name); link.href = url; link.target = '_blank'; link.rel = 'noopener noreferrer'; li.appendChild(link); }
        else li.appendChild(document.createTextNode(name));
        if (art.date) li.appendChild(el('span', 'kg-source', ' \u00b7 ' + art.date));
        ul.appendChild(li);
      });
    }
    if (n.sameAs.length) {
      ul = section(box, 'Same as');
      n.sameAs.forEach(function (u) { var li = el('li', 'kg-fact'), url = safeUrl(u); if (url) { var a = el('a', 'kg-link', u); a.href = url; a.target = '_blank'; a.rel = 'noopener noreferrer'; li.appendChild(a); } else li.textContent = u; ul.appendChild(li); });
    }
    panel.hidden = false;
    panelResize(true);
    var sx = X[i] * k + tx, sy = Y[i] * k + ty;
    if (sx < 20 || sx > W - 20 || sy < 20 || sy > H - 20) { tx = W / 2 - X[i] * k; ty = H / 2 - Y[i] * k; }
  }
  function panelResize(open) {
    if (document.body.classList.contains('kg-panel-open') === open) return;
    document.body.classList.toggle('kg-panel-open', open);
    resize();
    if (autoFit) fit();
  }
  function select(i) {
    selected = i; markHighlight(); showDetails(i); dirty = true;
  }
  function ensureVisible(i) {
    if (!inWindow(i)) {
      dateFrom = dateTo = ''; $('kg-from').value = ''; $('kg-to').value = '';
      updateVisibility(); reheat(0.3);
    }
    if (classOn[nodes[i].cls] === false) {
      classOn[nodes[i].cls] = true;
      var box = document.querySelector('input[data-cls="' + CSS.escape(nodes[i].cls) + '"]'); if (box) box.checked = true;
      updateVisibility(); reheat(0.3);
    }
  }
  $('kg-close').addEventListener('click', function () { select(-1); });

  // ---- search ----------------------------------------------------------------------------------
  function fold(s) { return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase(); }
  var index = nodes.map(function (n) { return [fold(n.label), n.aliases.map(fold)]; });
  var results = [], active = 0;
  function search(q) {
    q = fold(q.trim()); var out = [];
    if (!q) return out;
    for (var i = 0; i < N; i++) {
      var l = index[i][0], score = -1, via = '';
      if (l === q) score = 0; else if (l.indexOf(q) === 0) score = 1;
      else {
        for (var m = 0; m < index[i][1].length; m++) {
          var a = index[i][1][m];
          if (a === q) { score = 0.5; via = nodes[i].aliases[m]; break; }
          if (a.indexOf(q) === 0 && (score < 0 || score > 2)) { score = 2; via = nodes[i].aliases[m]; }
          else if (score < 0 && a.indexOf(q) >= 0) { score = 4; via = nodes[i].aliases[m]; }
        }
        if ((score < 0 || score > 3) && l.indexOf(q) >= 0) { score = 3; via = ''; }
      }
      if (score >= 0) out.push({ i: i, score: score, via: via });
    }
    out.sort(function (p, q2) { return p.score - q2.score || deg[q2.i] - deg[p.i] || nodes[p.i].label.length - nodes[q2.i].label.length; });
    return out.slice(0, 20);
  }
  function showResults() {
    var list = $('kg-results'); list.textContent = '';
    if (!results.length) { list.hidden = !$('kg-search').value.trim(); if (!list.hidden) list.appendChild(el('li', 'kg-muted', 'no match')); return; }
    results.forEach(function (r, n) {
      var li = el('li', 'kg-result'); li.setAttribute('role', 'option'); li.setAttribute('aria-selected', n === active ? 'true' : 'false');
      var sw = document.createElement('canvas'); swatch(sw, st(r.i), 12); li.appendChild(sw);
      li.appendChild(el('span', 'kg-result-label', nodes[r.i].label));
      if (r.via) li.appendChild(el('span', 'kg-alias', 'alias: ' + r.via));
      li.addEventListener('mousedown', function (ev) { ev.preventDefault(); choose(r.i); });
      list.appendChild(li);
    });
    list.hidden = false;
  }
  function choose(i) {
    $('kg-results').hidden = true; ensureVisible(i); select(i); focusOn(i);
  }
  $('kg-search').addEventListener('input', function () { results = search(this.value); active = 0; showResults(); });
  $('kg-search').addEventListener('keydown', function (ev) {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') { ev.preventDefault(); if (results.length) { active = (active + (ev.key === 'ArrowDown' ? 1 : results.length - 1)) % results.length; showResults(); } }
    else if (ev.key === 'Enter') { ev.preventDefault(); if (results.length) choose(results[active].i); }
    else if (ev.key === 'Escape' && this.value) { ev.stopPropagation(); this.value = ''; results = []; showResults(); }
  });
  document.addEventListener('keydown', function (ev) {
    if (ev.key === 'Escape') select(-1);
    else if (ev.key === '/' && document.activeElement.tagName !== 'INPUT') { ev.preventDefault(); $('kg-search').focus(); }
  });
  $('kg-search').addEventListener('blur', function () { setTimeout(function () { $('kg-results').hidden = true; }, 150); });
  $('kg-search').addEventListener('focus', function () { if (results.length) showResults(); });

  // ---- filters ----------------------------------------------------------------------------------
  function swatch(c, s, size) {
    c.width = size * 2; c.height = size * 2; c.style.width = size + 'px'; c.style.height = size + 'px';
    var g = c.getContext('2d'); g.scale(2, 2); g.beginPath(); shape(g, s.shape, size / 2, size / 2, size * 0.36);
    g.fillStyle = s.colour; g.fill();
  }
  data.classes.forEach(function (c) {
    var li = el('li'), label = el('label', 'kg-check'), box = document.createElement('input');
    box.type = 'checkbox'; box.checked = true; box.setAttribute('data-cls', c.name);
    box.addEventListener('change', function () { classOn[c.name] = box.checked; updateVisibility(); reheat(0.3); dirty = true; });
    var sw = document.createElement('canvas'); swatch(sw, c, 16);
    label.appendChild(box); label.appendChild(sw); label.appendChild(el('span', 'kg-class-name', c.name));
    label.appendChild(el('span', 'kg-count', String(c.count)));
    li.appendChild(label); $('kg-classes').appendChild(li);
  });
  $('kg-inferred').addEventListener('change', function () { showInferred = this.checked; updateVisibility(); reheat(0.2); dirty = true; });
  $('kg-labels').addEventListener('change', function () { showLabels = this.checked; dirty = true; });
  $('kg-fit').addEventListener('click', function () { autoFit = false; fit(); });
  $('kg-pause').addEventListener('click', function () {
    running = !running; this.textContent = running ? 'Pause' : 'Resume'; if (running) reheat(0.1);
  });
  var dated = spans.filter(function (s) { return s; });
  if (dated.length) {
    $('kg-dates').hidden = false;
    ['kg-from', 'kg-to'].forEach(function (id) {
      $(id).addEventListener('change', function () {
        dateFrom = $('kg-from').value; dateTo = $('kg-to').value; updateVisibility(); reheat(0.3); dirty = true;
      });
    });
  }
  $('kg-title').textContent = data.title;
  $('kg-selection').textContent = 'Showing: ' + data.selection;

  // ---- main loop ------------------------------------------------------------------------------
  var layoutStart = -1;
  function frame() {
    if (running && alpha > alphaMin && visNodes.length) {
      if (layoutStart < 0) layoutStart = performance.now();
      var t = performance.now();
      do { tick(); stats.iterations++; } while (performance.now() - t < 14 && alpha > alphaMin);
      stats.layoutMs += performance.now() - t;
      if (alpha <= alphaMin && stats.settledMs < 0) stats.settledMs = performance.now() - T0;
      if (autoFit) fit();
      dirty = true;
    }
    if (dirty) { dirty = false; draw(); }
    requestAnimationFrame(frame);
  }
  resize();
  updateVisibility();
  fit();
  draw();
  if (centre >= 0) { hover = -1; }

  window.kgViz = {
    stats: stats,
    nodeCount: N,
    edgeCount: E,
    visibleNodes: function () { return visNodes.length; },
    visibleEdges: function () { return visEdges.length; },
    find: function (iri) { for (var i = 0; i < N; i++) if (nodes[i].iri === iri) return i; return -1; },
    select: function (i) { select(i); },
    selected: function () { return selected; },
    screenPosition: function (i) { var b = canvas.getBoundingClientRect(); return { x: b.left + X[i] * k + tx, y: b.top + Y[i] * k + ty }; },
    settle: function () { while (alpha > alphaMin) { tick(); stats.iterations++; } if (autoFit) fit(); draw(); },
    alpha: function () { return alpha; },
    pause: function () { running = false; $('kg-pause').textContent = 'Resume'; },
    draw: draw
  };
  requestAnimationFrame(frame);
})();
