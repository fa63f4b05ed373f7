// DroneInspect finding panel: one finding's evidence (thermal frame with a temperature readout under the cursor, RGB
// crop), its numbers, sightings and review history, and review actions for engineers. Text from the server is set with
// textContent only. Exposes window.FindingPanel; map.js opens it.
"use strict";

window.FindingPanel = (() => {
  const signInPage = "/signin.html";
  const byId = id => document.getElementById(id);
  let me = null;
  let current = null; // { flightId, findingId, captureId }
  let thermal = null; // { tile: DataView, originX, originY, width, height, frameWidth, frameHeight, unit }

  async function getJson(url) {
    const response = await fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" });
    if (response.status === 401) {
      window.location.assign(signInPage + "?ReturnUrl=" + encodeURIComponent(window.location.pathname + window.location.search));
      throw new Error("Signed out.");
    }
    if (!response.ok) throw new Error(await problemText(response, url));
    return response.json();
  }

  async function problemText(response, url) {
    try {
      const problem = await response.json();
      return problem.detail || problem.title || `${url}: HTTP ${response.status}`;
    } catch {
      return `${url}: HTTP ${response.status}`;
    }
  }

  function element(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  const known = x => x !== null && x !== undefined;
  const fixed = (x, digits) => Number(x).toFixed(digits);

  // Celsius only for absolute findings; a relative finding's values are sensor counts and are called so.
  function reading(finding, celsius, counts, kelvin) {
    if (finding.absolute) return known(celsius) ? `${fixed(celsius, 1)} ${kelvin ? "K" : "°C"}` : "–";
    return known(counts) ? `${fixed(counts, 0)} counts` : "–";
  }

  function gradeText(level, standard) {
    return !standard || standard === level ? level : `${level} (${standard})`;
  }

  function sightingPath(flightId, findingId, captureId) {
    return `/api/flights/${encodeURIComponent(flightId)}/findings/${encodeURIComponent(findingId)}/sightings/${encodeURIComponent(captureId)}`;
  }

  function reviewsPath(flightId, findingId) {
    return `/api/flights/${encodeURIComponent(flightId)}/findings/${encodeURIComponent(findingId)}/reviews`;
  }

  async function account() {
    if (!me) me = await getJson("/api/me");
    return me;
  }

  const canReview = user => user.roles.includes("engineer") || user.roles.includes("admin");

  function renderNumbers(finding) {
    const list = byId("finding-numbers");
    list.replaceChildren();
    const add = (term, detail) => list.append(element("dt", term), element("dd", detail));
    const ambientSources = {
      option: "given for this flight",
      file: "the air temperature in the capture's file",
      assumed: "assumed: the configured default, the file gives none",
      scene: "taken from the scene: the stated value was implausible",
    };
    add("Tmax", reading(finding, finding.maxTemperatureCelsius, finding.maxCounts));
    add("Reference", `${reading(finding, finding.referenceTemperatureCelsius, finding.referenceCounts)}` +
      (finding.referenceSource ? ` (${finding.referenceSource})` : ""));
    add("Ambient", finding.absolute && known(finding.ambientTemperatureCelsius)
      ? `${fixed(finding.ambientTemperatureCelsius, 1)} °C (${ambientSources[finding.ambientSource] || "source not recorded"})`
      : finding.absolute ? "–" : "– (counts: no temperature)");
    add(finding.absolute ? "ΔT" : "Δ (counts)", reading(finding, finding.deltaTKelvin, finding.deltaCounts, true));
    add("Relative difference δt", known(finding.relativeDifferencePercent) ? `${fixed(finding.relativeDifferencePercent, 1)} %` : "–");
    for (const grade of finding.grades || []) {
      const rule = grade.ruleId ? `rule ${grade.ruleId}` : "no rule";
      add(`Grade, ${grade.standard}`, `${grade.level} — ${rule}${grade.citation ? ` (${grade.citation})` : ""}`);
    }
  }

  function renderSightings(finding) {
    const list = byId("finding-sightings");
    list.replaceChildren();
    for (const s of finding.sightings || []) {
      const item = element("li");
      item.dataset.captureId = s.capture;
      const button = element("button", s.capture, "link-button");
      button.type = "button";
      button.setAttribute("aria-pressed", String(current && current.captureId === s.capture));
      button.addEventListener("click", () => showSighting(finding, s.capture));
      const value = reading(finding, s.maxTemperatureCelsius, s.maxCounts);
      const pixel = known(s.pixelX) ? ` at pixel (${Math.floor(s.pixelX)}, ${Math.floor(s.pixelY)})` : "";
      item.append(button, element("span", ` ${gradeText(s.grade, s.gradeStandard)}, Tmax ${value}${pixel}, ±${fixed(s.uncertaintyMeters, 1)} m`));
      if (s.capture === finding.gradingCapture) item.append(element("span", " (graded the finding)", "note"));
      list.append(item);
    }
  }

  const pastTense = { confirm: "confirmed", reject: "rejected", regrade: "regraded", comment: "commented" };

  function utc(iso) {
    const t = new Date(iso);
    const pad = n => String(n).padStart(2, "0");
    return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())} UTC`;
  }

  async function renderHistory(flightId, findingId) {
    const list = byId("finding-history");
    const events = await getJson(reviewsPath(flightId, findingId));
    list.replaceChildren();
    if (events.length === 0) list.append(element("li", "No reviews yet.", "note"));
    for (const e of events) {
      const item = element("li");
      item.dataset.sequence = e.sequence;
      const regrade = e.action === "regrade" ? ` to ${gradeText(e.level, e.standard)}` : "";
      item.append(element("span", `${pastTense[e.action] || e.action}${regrade} by ${e.who} at ${utc(e.atUtc)}`, "history-what"));
      if (e.comment) item.append(element("q", e.comment, "history-comment"));
      list.append(item);
    }
  }

  function renderActions(finding, user) {
    byId("review-actions")?.remove();
    if (!canReview(user)) return;
    const actions = element("div");
    actions.id = "review-actions";
    const button = (id, text, handler) => {
      const b = element("button", text);
      b.id = id;
      b.type = "button";
      b.addEventListener("click", handler);
      return b;
    };
    const comment = element("textarea");
    comment.id = "review-comment";
    comment.rows = 3;
    comment.maxLength = 4000;
    comment.placeholder = "Comment (needed to reject)";
    const level = element("select");
    level.id = "review-level";
    fillLevels(level, finding).catch(error => showReviewError(error.message));
    const text = () => comment.value.trim() || null;
    actions.append(
      element("h3", "Review"),
      button("review-confirm", "Confirm", () => post(finding, { action: "confirm", comment: text() })),
      button("review-reject", "Reject", () => post(finding, { action: "reject", comment: text() })),
      element("br"),
      level,
      button("review-regrade", "Regrade", () => {
        const [standard, chosen] = JSON.parse(level.value || "[null,null]");
        return post(finding, { action: "regrade", standard, level: chosen, comment: text() });
      }),
      comment,
      button("review-comment-send", "Add comment", () => post(finding, { action: "comment", comment: text() })));
    byId("review-error").before(actions);
  }

  let levelsCache = null;

  async function fillLevels(select, finding) {
    levelsCache = levelsCache || await getJson("/api/grading-levels");
    const standards = new Set((finding.grades || []).map(g => g.standard));
    for (const s of levelsCache.filter(x => standards.has(x.standard))) {
      for (const level of s.levels) {
        const option = element("option", gradeText(level, s.standard));
        option.value = JSON.stringify([s.standard, level]);
        option.selected = level === finding.grade && s.standard === finding.gradeStandard;
        select.append(option);
      }
    }
  }

  function showReviewError(message) {
    const error = byId("review-error");
    error.textContent = message;
    error.hidden = !message;
  }

  // Unsafe requests carry the anti-forgery token the server hands out (cookie sign-in needs it).
  async function post(finding, body) {
    showReviewError("");
    try {
      const token = await getJson("/auth/antiforgery");
      const response = await fetch(reviewsPath(current.flightId, finding.id), {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", Accept: "application/json", [token.headerName]: token.token },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error(await problemText(response, "review"));
      // The panel (below) and the map both refresh on this event, as on the live one for new findings.
      document.dispatchEvent(new CustomEvent("droneinspect:findings", { detail: { flightId: current.flightId } }));
    } catch (error) {
      showReviewError(error.message);
    }
  }

  function note(id, text) {
    const node = byId(id);
    node.textContent = text || "";
    node.hidden = !text;
  }

  function clearThermal() {
    thermal = null;
    const canvas = byId("thermal-canvas");
    canvas.width = 1;
    canvas.height = 1;
    for (const key of ["tmaxX", "tmaxY", "frameWidth", "frameHeight"]) delete canvas.dataset[key];
    byId("thermal-scale").replaceChildren();
    byId("thermal-readout").textContent = "no reading here";
  }

  function loadImage(url) {
    return new Promise((resolve, reject) => {
      const image = new Image();
      image.onload = () => resolve(image);
      image.onerror = () => reject(new Error("The thermal image could not be loaded."));
      image.src = url;
    });
  }

  async function showThermal(evidence) {
    clearThermal();
    const part = evidence.thermal || {};
    if (!evidence.urls.thermalPng || !part.image) {
      note("thermal-note", part.note || "No thermal evidence was kept for this sighting.");
      return;
    }
    const [image, tileBytes] = await Promise.all([
      loadImage(evidence.urls.thermalPng),
      evidence.urls.tile && part.tile ? fetch(evidence.urls.tile, { credentials: "same-origin" }).then(r => r.ok ? r.arrayBuffer() : null) : null,
    ]);
    const zoom = part.image.zoom;
    const frameWidth = part.frameWidth;
    const frameHeight = part.frameHeight;
    const canvas = byId("thermal-canvas");
    canvas.width = frameWidth * zoom;
    canvas.height = frameHeight * zoom;
    canvas.getContext("2d").drawImage(image, 0, 0, canvas.width, canvas.height, 0, 0, canvas.width, canvas.height);
    canvas.dataset.frameWidth = frameWidth;
    canvas.dataset.frameHeight = frameHeight;
    if (part.hotRegion && part.hotRegion.hottestPixel) {
      canvas.dataset.tmaxX = part.hotRegion.hottestPixel[0];
      canvas.dataset.tmaxY = part.hotRegion.hottestPixel[1];
    }
    showScale(image, canvas.width, part.tile, tileBytes);
    if (tileBytes && tileBytes.byteLength === part.tile.width * part.tile.height * 4) {
      thermal = { tile: new DataView(tileBytes), ...part.tile, frameWidth, frameHeight };
      note("thermal-note", "");
    } else {
      note("thermal-note", "No temperature tile was kept for this sighting: no readout.");
    }
  }

  // The palette band rendered at analysis time (its labels give the frame's min and max), and the tile's own range.
  function showScale(image, frameImageWidth, tile, tileBytes) {
    const scale = byId("thermal-scale");
    const bandWidth = image.width - frameImageWidth;
    if (bandWidth > 0) {
      const band = element("canvas", null, "scale-band");
      band.width = bandWidth;
      band.height = image.height;
      band.getContext("2d").drawImage(image, frameImageWidth, 0, bandWidth, image.height, 0, 0, bandWidth, image.height);
      scale.append(band);
    }
    if (tile && tileBytes) {
      const values = new DataView(tileBytes);
      let min = Infinity;
      let max = -Infinity;
      for (let offset = 0; offset + 4 <= tileBytes.byteLength; offset += 4) {
        const v = values.getFloat32(offset, true);
        if (Number.isFinite(v)) { min = Math.min(min, v); max = Math.max(max, v); }
      }
      if (Number.isFinite(min)) {
        const unit = tile.unit === "celsius" ? " °C" : " counts";
        const digits = tile.unit === "celsius" ? 1 : 0;
        scale.append(element("span", `around the hot spot: min ${fixed(min, digits)}${unit}`, "scale-min"),
          element("span", `max ${fixed(max, digits)}${unit}`, "scale-max"));
      }
    }
  }

  // Cursor -> frame pixels -> tile values. The canvas is often drawn smaller than the frame, so one screen pixel under
  // the cursor covers several frame pixels: the readout is the highest tile value among them, at its frame pixel
  // (at one screen pixel per frame pixel or more, that is simply the pixel under the cursor).
  function readout(event) {
    const out = byId("thermal-readout");
    if (!thermal) { out.textContent = "no reading here"; return; }
    const box = event.currentTarget.getBoundingClientRect();
    const sx = thermal.frameWidth / box.width;
    const sy = thermal.frameHeight / box.height;
    const cx = Math.floor(event.clientX - box.left);
    const cy = Math.floor(event.clientY - box.top);
    const x0 = Math.floor(cx * sx);
    const y0 = Math.floor(cy * sy);
    const x1 = Math.max(x0, Math.ceil((cx + 1) * sx) - 1);
    const y1 = Math.max(y0, Math.ceil((cy + 1) * sy) - 1);
    let best = null;
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) {
        const tx = x - thermal.originX;
        const ty = y - thermal.originY;
        if (tx < 0 || ty < 0 || tx >= thermal.width || ty >= thermal.height) continue;
        const v = thermal.tile.getFloat32((ty * thermal.width + tx) * 4, true);
        if (Number.isFinite(v) && (!best || v > best.v)) best = { v, x, y };
      }
    }
    if (!best) { out.textContent = "no reading here"; return; }
    out.textContent = thermal.unit === "celsius"
      ? `${fixed(best.v, 1)} °C at (${best.x}, ${best.y})`
      : `${fixed(best.v, 0)} counts at (${best.x}, ${best.y})`;
  }

  async function showSighting(finding, captureId) {
    current.captureId = captureId;
    renderSightings(finding);
    const rgb = byId("rgb-evidence");
    rgb.hidden = true;
    rgb.removeAttribute("src");
    note("rgb-note", "");
    let evidence;
    try {
      evidence = await getJson(sightingPath(current.flightId, finding.id, captureId) + "/evidence");
    } catch (error) {
      clearThermal();
      note("thermal-note", error.message);
      return;
    }
    if (evidence.urls.rgb) {
      rgb.src = evidence.urls.rgb;
      rgb.hidden = false;
    } else {
      note("rgb-note", (evidence.rgb && evidence.rgb.note) || "No RGB evidence was kept for this sighting.");
    }
    await showThermal(evidence);
  }

  async function open(flightId, findingId, captureId) {
    const panel = byId("finding-panel");
    panel.hidden = false;
    panel.dataset.flightId = flightId;
    panel.dataset.findingId = findingId;
    showReviewError("");
    try {
      const [user, findings] = await Promise.all([account(), getJson(`/api/flights/${encodeURIComponent(flightId)}/findings`)]);
      const finding = findings.find(f => f.id === findingId);
      if (!finding) throw new Error(`Flight ${flightId} has no finding ${findingId}.`);
      const sightings = finding.sightings || [];
      const chosen = sightings.some(s => s.capture === captureId) ? captureId
        : finding.gradingCapture || (sightings[0] && sightings[0].capture);
      current = { flightId, findingId, captureId: chosen };
      byId("finding-title").textContent = `${finding.id}: ${gradeText(finding.grade, finding.gradeStandard)}`;
      byId("finding-summary").textContent = [finding.kind, finding.assetId, finding.component, finding.label, `flight ${flightId}`,
        `review: ${finding.review.state}`].filter(Boolean).join(" · ");
      renderNumbers(finding);
      renderActions(finding, user);
      await Promise.all([renderHistory(flightId, findingId), chosen ? showSighting(finding, chosen) : Promise.resolve(renderSightings(finding))]);
    } catch (error) {
      showReviewError(error.message);
    }
  }

  function close() {
    byId("finding-panel").hidden = true;
    current = null;
    clearThermal();
  }

  document.addEventListener("droneinspect:findings", event => {
    if (current && !byId("finding-panel").hidden && event.detail && event.detail.flightId === current.flightId) {
      open(current.flightId, current.findingId, current.captureId);
    }
  });
  byId("thermal-canvas").addEventListener("mousemove", readout);
  byId("thermal-canvas").addEventListener("mouseleave", () => { byId("thermal-readout").textContent = "no reading here"; });
  byId("finding-close").addEventListener("click", () => document.dispatchEvent(new CustomEvent("droneinspect:panel-closed")));

  return { open, close, getJson, element, current: () => current };
})();
