// DroneInspect map: the asset network by kind and voltage, findings coloured by grade and clustered, filters, a list
// hottest first, and the finding panel (finding-panel.js). Everything is served by this site: a plain background with
// a graticule unless a tile server is configured. No inline script or style (CSP): colours come from map.css classes
// or are set through the DOM.
"use strict";

(() => {
  const panel = window.FindingPanel;
  const { getJson, element } = panel;
  const byId = id => document.getElementById(id);
  const pageSize = 5000;
  const listLimit = 1000;
  const fallbackPollMilliseconds = 15000;
  const params = new URLSearchParams(window.location.search);

  // maxZoom on the map itself: without a tile layer nothing else sets it, and clustering needs it.
  const map = L.map("map", { zoomControl: true, worldCopyJump: false, minZoom: 3, maxZoom: 22 }).setView([47.37, 8.54], 13);
  map.attributionControl.setPrefix("Leaflet");
  L.control.scale({ imperial: false, metric: true }).addTo(map);
  const clusters = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 });
  clusters.addTo(map);
  const markers = new Map();
  const seenGrades = new Set();
  let fitted = false;
  let loading = null;
  let shownSignature = null;

  const gradeClass = level => "grade-" + String(level || "ungraded").toLowerCase().replace(/\s+/g, "-");
  const key = (flightId, findingId) => `${flightId}\u0000${findingId}`;

  // A div icon whose element carries the finding's ids, so tests and scripts can find the marker of a finding.
  const FindingIcon = L.DivIcon.extend({
    createIcon(old) {
      const div = L.DivIcon.prototype.createIcon.call(this, old);
      div.dataset.findingId = this.options.findingId;
      div.dataset.flightId = this.options.flightId;
      div.title = this.options.title;
      return div;
    },
  });

  function status(text, isError) {
    const node = byId("map-status");
    node.textContent = text;
    node.classList.toggle("error", Boolean(isError));
  }

  // ---- background: tiles when configured, else a graticule on a plain background ----
  function escapeText(text) {
    const node = document.createElement("span");
    node.textContent = text;
    return node.innerHTML;
  }

  function niceStep(spanDegrees) {
    const steps = [10, 5, 2, 1, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01, 0.005, 0.002, 0.001, 0.0005, 0.0002, 0.0001];
    return steps.find(s => spanDegrees / s >= 4) || steps[steps.length - 1];
  }

  function graticule() {
    const layer = L.layerGroup().addTo(map);
    const draw = () => {
      layer.clearLayers();
      const b = map.getBounds();
      const step = niceStep(Math.min(b.getEast() - b.getWest(), b.getNorth() - b.getSouth()));
      const digits = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
      const line = { color: "#9aa5b1", weight: 1, opacity: 0.6, interactive: false };
      const label = (text, latlng) => L.marker(latlng, {
        interactive: false, keyboard: false,
        icon: L.divIcon({ className: "graticule-label", html: escapeText(text), iconSize: null }),
      }).addTo(layer);
      for (let lon = Math.ceil(b.getWest() / step) * step; lon <= b.getEast(); lon += step) {
        L.polyline([[b.getSouth(), lon], [b.getNorth(), lon]], line).addTo(layer);
        label(`${lon.toFixed(digits)}°`, [b.getSouth(), lon]);
      }
      for (let lat = Math.ceil(b.getSouth() / step) * step; lat <= b.getNorth(); lat += step) {
        L.polyline([[lat, b.getWest()], [lat, b.getEast()]], line).addTo(layer);
        label(`${lat.toFixed(digits)}°`, [lat, b.getWest()]);
      }
    };
    map.on("moveend zoomend resize", draw);
    draw();
  }

  async function background() {
    const config = await getJson("/api/map-config");
    if (config.tileUrl) {
      L.tileLayer(config.tileUrl, { maxZoom: 22, attribution: config.tileAttribution ? escapeText(config.tileAttribution) : "" }).addTo(map);
    } else {
      byId("map").classList.add("plain");
      graticule();
    }
  }

  // ---- asset network ----
  const voltageBands = [
    { min: 200, color: "#7c3aed", label: "≥ 200 kV" },
    { min: 60, color: "#2563eb", label: "60–199 kV" },
    { min: 1, color: "#0891b2", label: "1–59 kV" },
    { min: -Infinity, color: "#64748b", label: "< 1 kV or unknown" },
  ];
  const kindColors = { pole: "#6b7280", tower: "#374151", transformer: "#16a34a", switchgear: "#ca8a04", meter: "#0d9488" };

  const voltageColor = kv => (voltageBands.find(b => (kv ?? -1) >= b.min) || voltageBands[voltageBands.length - 1]).color;

  async function assets() {
    let network;
    try {
      network = await getJson("/api/assets.geojson");
    } catch (error) {
      return { note: `No asset network shown: ${error.message}` };
    }
    const layer = L.geoJSON(network, {
      style: f => ({ color: voltageColor(f.properties.voltageKv), weight: 3, opacity: 0.9 }),
      pointToLayer: (f, latlng) => L.circleMarker(latlng, {
        radius: f.properties.kind === "tower" ? 5 : 4, weight: 1, color: "#ffffff",
        fillColor: kindColors[f.properties.kind] || "#6b7280", fillOpacity: 1,
      }),
      onEachFeature: (f, l) => {
        const p = f.properties;
        l.bindTooltip([p.kind, p.id, p.voltageKv != null ? `${p.voltageKv} kV` : null, p.feeder].filter(Boolean).map(escapeText).join(" · "));
      },
    }).addTo(map);
    layer.bringToBack();
    legend();
    return { bounds: layer.getBounds() };
  }

  function legend() {
    const control = L.control({ position: "bottomright" });
    control.onAdd = () => {
      const box = element("div", null, "map-legend");
      box.id = "map-legend";
      const row = (color, text, shape) => {
        const item = element("div");
        const swatch = element("span", null, `swatch ${shape}`);
        swatch.style.backgroundColor = color;
        item.append(swatch, element("span", text));
        box.append(item);
      };
      box.append(element("strong", "Lines by voltage"));
      voltageBands.forEach(b => row(b.color, b.label, "line"));
      box.append(element("strong", "Equipment"));
      Object.entries(kindColors).forEach(([kind, color]) => row(color, kind, "dot"));
      box.append(element("strong", "Findings by grade"));
      for (const [level, text] of [["critical", "critical / major"], ["serious", "serious / probable / monitor"], ["general", "general / possible"], ["relative-only", "relative only (counts)"], ["none", "none / other"]]) {
        const item = element("div");
        item.append(element("span", null, `swatch dot marker-swatch ${gradeClass(level)}`), element("span", text));
        box.append(item);
      }
      L.DomEvent.disableClickPropagation(box);
      return box;
    };
    control.addTo(map);
  }

  // ---- filters and findings ----
  function query() {
    const q = new URLSearchParams();
    const put = (name, id) => { const v = byId(id).value; if (v) q.set(name, v); };
    put("grade", "filter-grade");
    put("review", "filter-review");
    put("kind", "filter-kind");
    put("flight", "filter-flight");
    put("from", "filter-from");
    put("to", "filter-to");
    return q;
  }

  async function fetchFindings() {
    const items = [];
    let total = 0;
    for (let page = 1; ; page++) {
      const q = query();
      q.set("page", page);
      q.set("pageSize", pageSize);
      q.set("view", "summary"); // markers and list rows; the panel reads the whole finding when it opens
      const result = await getJson(`/api/findings?${q}`);
      total = result.total;
      items.push(...result.items);
      if (items.length >= total || result.items.length === 0) break;
    }
    return { total, items };
  }

  function valueText(f) {
    if (f.absolute && f.maxTemperatureCelsius != null) return `${f.maxTemperatureCelsius.toFixed(1)} °C`;
    if (!f.absolute && f.maxCounts != null) return `${f.maxCounts.toFixed(0)} counts`;
    return f.label || f.kind;
  }

  const gradeText = f => (!f.gradeStandard || f.gradeStandard === f.grade ? f.grade : `${f.grade} (${f.gradeStandard})`);

  function renderFindings(items) {
    clusters.clearLayers();
    markers.clear();
    const list = byId("finding-list");
    list.replaceChildren();
    const layers = [];
    for (const f of items) {
      const title = `${f.flightId} / ${f.id}: ${gradeText(f)}, ${valueText(f)}`;
      const marker = L.marker([f.latitudeDegrees, f.longitudeDegrees], {
        icon: new FindingIcon({ className: `finding-marker ${gradeClass(f.grade)}`, iconSize: [16, 16], html: "", findingId: f.id, flightId: f.flightId, title }),
        keyboard: true,
        title,
      });
      marker.on("click", () => openFinding(f.flightId, f.id));
      markers.set(key(f.flightId, f.id), marker);
      layers.push(marker);
      if (list.childElementCount < listLimit) {
        const item = element("li", null, `finding-item ${gradeClass(f.grade)}`);
        item.dataset.findingId = f.id;
        item.dataset.flightId = f.flightId;
        item.tabIndex = 0;
        item.append(element("span", valueText(f), "value"), element("span", gradeText(f), "grade"),
          element("span", `${f.flightId} / ${f.id}${f.review.state !== "unreviewed" ? " · " + f.review.state : ""}`, "where"));
        item.addEventListener("click", () => openFinding(f.flightId, f.id, true));
        item.addEventListener("keydown", e => { if (e.key === "Enter") openFinding(f.flightId, f.id, true); });
        list.append(item);
      }
      if (!byId("filter-grade").value) seenGrades.add(f.grade);
    }
    clusters.addLayers(layers);
    fillGrades();
    markSelected();
  }

  function fillGrades() {
    const select = byId("filter-grade");
    const have = new Set([...select.options].map(o => o.value));
    for (const grade of [...seenGrades].sort()) {
      if (!have.has(grade)) select.append(new Option(grade, grade));
    }
  }

  async function fillFlights() {
    const flights = await getJson("/api/flights");
    const select = byId("filter-flight");
    const have = new Set([...select.options].map(o => o.value));
    for (const f of flights) {
      if (!have.has(f.flightId)) select.append(new Option(f.flightId, f.flightId));
    }
  }

  async function loadFindings() {
    if (loading) return loading;
    loading = (async () => {
      try {
        const { total, items } = await fetchFindings();
        // Re-draw only when something changed, so a periodic refresh keeps the list's scroll and the open clusters.
        const signature = JSON.stringify(items.map(f => [f.flightId, f.id, f.grade, f.review.state, f.review.eventCount]));
        if (signature !== shownSignature) {
          renderFindings(items);
          shownSignature = signature;
        }
        const shown = total > listLimit ? ` (list shows the hottest ${listLimit})` : "";
        status(`${total} findings${shown}`); // "N findings", as the contract and browser tests read it
        return items;
      } catch (error) {
        status(error.message, true);
        return [];
      } finally {
        loading = null;
      }
    })();
    return loading;
  }

  function markSelected() {
    const selected = panel.current();
    for (const item of byId("finding-list").children) {
      const on = selected && item.dataset.flightId === selected.flightId && item.dataset.findingId === selected.findingId;
      item.setAttribute("aria-current", on ? "true" : "false");
    }
  }

  // Opens the panel, keeps the choice in the URL (a deep link) and shows the marker.
  function openFinding(flightId, findingId, reveal) {
    const url = new URL(window.location.href);
    url.searchParams.set("flight", flightId);
    url.searchParams.set("finding", findingId);
    window.history.replaceState(null, "", url);
    document.body.classList.add("panel-open");
    const marker = markers.get(key(flightId, findingId));
    if (marker && reveal) clusters.zoomToShowLayer(marker, () => map.panTo(marker.getLatLng()));
    panel.open(flightId, findingId).then(markSelected);
    markSelected();
    setTimeout(() => map.invalidateSize(), 0);
  }

  document.addEventListener("droneinspect:panel-closed", () => {
    panel.close();
    document.body.classList.remove("panel-open");
    const url = new URL(window.location.href);
    url.searchParams.delete("finding");
    window.history.replaceState(null, "", url);
    markSelected();
    setTimeout(() => map.invalidateSize(), 0);
  });

  let pending = null;
  document.addEventListener("droneinspect:findings", () => {
    clearTimeout(pending);
    pending = setTimeout(() => { loadFindings(); fillFlights().catch(() => {}); }, 200);
  });

  byId("map-filters").addEventListener("change", () => loadFindings());
  byId("map-filters").addEventListener("submit", e => e.preventDefault());

  async function start() {
    if (params.get("flight")) {
      const option = new Option(params.get("flight"), params.get("flight"));
      byId("filter-flight").append(option);
      byId("filter-flight").value = params.get("flight");
    }
    try {
      await background();
    } catch (error) {
      status(error.message, true);
    }
    const [network, items] = await Promise.all([assets(), loadFindings(), fillFlights().catch(error => status(error.message, true))]);
    if (!fitted) {
      let bounds = network.bounds && network.bounds.isValid() ? L.latLngBounds(network.bounds.getSouthWest(), network.bounds.getNorthEast()) : null;
      for (const f of items) {
        bounds = bounds ? bounds.extend([f.latitudeDegrees, f.longitudeDegrees]) : L.latLngBounds([f.latitudeDegrees, f.longitudeDegrees], [f.latitudeDegrees, f.longitudeDegrees]);
      }
      if (bounds) map.fitBounds(bounds.pad(0.1), { maxZoom: 18 });
      fitted = true;
    }
    if (network.note && items.length === 0) status(`${byId("map-status").textContent} · ${network.note}`);
    if (params.get("flight") && params.get("finding")) openFinding(params.get("flight"), params.get("finding"), true);
    // Without live updates on the page, refresh now and then (the index answers these cheaply).
    setInterval(() => { if (document.visibilityState === "visible") loadFindings(); }, fallbackPollMilliseconds);
  }

  start();
})();
