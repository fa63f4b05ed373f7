// DroneInspect viewer: lists flights and shows the chosen flight's findings. No external resources.
"use strict";

const refreshMilliseconds = 3000;
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

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
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
    const grade = element("td", finding.grade, `grade grade-${String(finding.grade).toLowerCase()}`);
    // Counts (a relative map) never get a Celsius or Kelvin label.
    const tmax = finding.absolute ? formatNumber(finding.maxTemperatureCelsius, 1) + " °C"
      : formatNumber(finding.maxTemperatureCelsius, 0) + " counts";
    const delta = finding.deltaTKelvin == null ? ""
      : finding.absolute ? formatNumber(finding.deltaTKelvin, 1) + " K"
      : formatNumber(finding.deltaTKelvin, 0) + " counts";
    row.append(
      grade,
      element("td", finding.kind),
      element("td", finding.assetId ?? "–"),
      element("td", finding.component ?? "–"),
      element("td", finding.maxTemperatureCelsius === null ? "" : tmax, "num"),
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

poll();
