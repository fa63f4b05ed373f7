// DroneInspect viewer: lists flights and shows the chosen flight's findings. No external resources.
"use strict";

// Live events (live.js) drive refreshes; this slower poll only backs them up when the stream is down.
const refreshMilliseconds = 30000;
const liveRefreshMilliseconds = 300;
let selectedFlightId = null;

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

function formatNumber(value, digits) {
  return value === null || value === undefined ? "" : Number(value).toFixed(digits);
}

function value(number, digits, unit) {
  return number === null || number === undefined ? "" : formatNumber(number, digits) + unit;
}

// Tmax, reference and delta-T as shown: delta-T is the difference of the two values shown, so the row reads
// Tmax - reference = delta-T exactly (it differs from the unrounded delta-T by at most one last digit).
function readings(max, reference, delta, digits, unit, deltaUnit) {
  const shown = x => Number(Number(x).toFixed(digits));
  const known = x => x !== null && x !== undefined;
  const shownDelta = known(max) && known(reference) ? shown(max) - shown(reference) : delta;
  return [value(max, digits, unit), value(reference, digits, unit), value(shownDelta, digits, deltaUnit)];
}

const signInPage = "/signin.html";

// A session that ended (expired cookie, signed out elsewhere) goes back to the sign-in page.
async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" });
  if (response.status === 401) {
    window.location.assign(signInPage);
    throw new Error("Signed out.");
  }
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

async function showAccount() {
  try {
    const me = await getJson("/api/me");
    const roles = me.roles.length > 0 ? me.roles.join(", ") : "no role yet";
    document.getElementById("account-name").textContent = `${me.userName} (${roles})`;
  } catch (error) {
    showError(error.message);
  }
}

// Unsafe requests carry the anti-forgery token (the server refuses them without it).
async function signOut() {
  const token = await getJson("/auth/antiforgery");
  await fetch("/auth/sign-out", { method: "POST", credentials: "same-origin", headers: { [token.headerName]: token.token } });
  window.location.assign(signInPage);
}

function showError(message) {
  const error = document.getElementById("error");
  error.textContent = message;
  error.hidden = !message;
}

function describe(flight) {
  const parts = [`${flight.capturesDone}/${flight.capturesTotal} captures`];
  if (flight.capturesFailed > 0) parts.push(`${flight.capturesFailed} failed`);
  parts.push(`${flight.findingCount} findings`);
  return parts.join(", ");
}

function renderFlights(flights) {
  const list = document.getElementById("flights");
  list.replaceChildren();
  document.getElementById("flights-empty").hidden = flights.length > 0;
  for (const flight of flights) {
    const button = element("button", flight.flightId);
    button.type = "button";
    button.setAttribute("aria-pressed", String(flight.flightId === selectedFlightId));
    button.append(element("span", flight.state, "state"));
    button.append(element("div", describe(flight), "state"));
    button.addEventListener("click", () => selectFlight(flight.flightId));
    const item = element("li");
    item.append(button);
    list.append(item);
  }
}

function renderFindings(flight, findings) {
  document.getElementById("flight-summary").textContent = `${flight.flightId}: ${flight.state}, ${describe(flight)}`;
  const link = document.getElementById("geojson-href");
  link.href = `/api/findings.geojson?flight=${encodeURIComponent(flight.flightId)}`;
  document.getElementById("geojson-link").hidden = false;

  const table = document.getElementById("findings");
  const body = table.querySelector("tbody");
  body.replaceChildren();
  for (const finding of findings) {
    const row = element("tr");
    const grade = element("td", null, `grade grade-${String(finding.grade).toLowerCase()}`);
    // Each row opens its finding on the map, with its evidence and review panel.
    const onMap = element("a", finding.grade, "map-link");
    onMap.href = `/map.html?flight=${encodeURIComponent(flight.flightId)}&finding=${encodeURIComponent(finding.id)}`;
    grade.append(onMap);
    row.dataset.findingId = finding.id;
    row.addEventListener("click", event => { if (event.target.tagName !== "A") window.location.assign(onMap.href); });
    // Every grade the finding reached, one per standard, as the cell's tooltip.
    grade.title = (finding.grades || []).map(g => `${g.level} (${g.standard})`).join("; ");
    // Counts (a relative map) come under count names and never get a Celsius or Kelvin label.
    const [tmax, reference, delta] = finding.absolute
      ? readings(finding.maxTemperatureCelsius, finding.referenceTemperatureCelsius, finding.deltaTKelvin, 1, " °C", " K")
      : readings(finding.maxCounts, finding.referenceCounts, finding.deltaCounts, 0, " counts", " counts");
    row.append(
      grade,
      element("td", finding.gradeStandard ?? "–"),
      element("td", finding.kind),
      element("td", finding.assetId ?? "–"),
      element("td", finding.component ?? "–"),
      element("td", tmax, "num"),
      element("td", reference, "num"),
      element("td", delta, "num"),
      element("td", finding.sightingCount, "num"),
      element("td", formatNumber(finding.uncertaintyMeters, 1), "num"),
      element("td", formatNumber(finding.latitudeDegrees, 6), "num"),
      element("td", formatNumber(finding.longitudeDegrees, 6), "num"));
    body.append(row);
  }
  table.hidden = findings.length === 0;
  document.getElementById("relative-note").hidden = !findings.some(f => !f.absolute);
}

async function selectFlight(flightId) {
  selectedFlightId = flightId;
  try {
    const id = encodeURIComponent(flightId);
    const [flight, findings] = await Promise.all([getJson(`/api/flights/${id}`), getJson(`/api/flights/${id}/findings`)]);
    renderFindings(flight, findings);
    showError("");
  } catch (error) {
    showError(error.message);
  }
  await refreshFlights();
}

async function refreshFlights() {
  try {
    const flights = await getJson("/api/flights");
    renderFlights(flights);
    showError("");
    return flights;
  } catch (error) {
    showError(error.message);
    return [];
  }
}

async function poll() {
  const flights = await refreshFlights();
  const selected = flights.find(f => f.flightId === selectedFlightId);
  if (selected && selected.state === "Running") await selectFlight(selectedFlightId);
  else if (!selectedFlightId && flights.length > 0) await selectFlight(flights[0].flightId);
  setTimeout(poll, refreshMilliseconds);
}

// A burst of events (one per capture analysed) makes one refresh: the list, and the chosen flight when it is named.
let liveRefreshTimer = null;
let liveRefreshSelected = false;

function refreshSoon(flightId) {
  liveRefreshSelected ||= flightId === undefined || flightId === selectedFlightId;
  if (liveRefreshTimer !== null) return;
  liveRefreshTimer = setTimeout(async () => {
    liveRefreshTimer = null;
    const reloadSelected = liveRefreshSelected && selectedFlightId !== null;
    liveRefreshSelected = false;
    if (reloadSelected) await selectFlight(selectedFlightId);
    else await refreshFlights();
  }, liveRefreshMilliseconds);
}

document.addEventListener("droneinspect:flight", event => refreshSoon(event.detail.flightId));
document.addEventListener("droneinspect:findings", event => refreshSoon(event.detail.flightId));
document.addEventListener("droneinspect:live", event => {
  if (event.detail.reconnected) refreshSoon(); // events may have been missed while the stream was down
});
document.getElementById("sign-out").addEventListener("click", () => signOut().catch(error => showError(error.message)));
showAccount();
poll();
