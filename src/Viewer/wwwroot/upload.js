// DroneInspect upload page: sends a flight (files, a folder or a zip) through the resumable upload API
// (src/Viewer/Api/UploadEndpoints.cs): open an upload for the flight, declare each file by SHA-256 and size, send its
// bytes in chunks from the offset the server holds, close to start the flight; then follow the analysis through the
// live events (live.js). A reload resumes: the server answers which files, and how many bytes of each, it holds.
"use strict";

const chunkBytes = 8 * 1024 * 1024;
const subtleLimitBytes = 256 * 1024 * 1024; // crypto.subtle hashes a whole file in memory; larger ones go by slices
const flightPollMilliseconds = 5000; // backs up the live events while a flight is analysed
const maxNetworkRetries = 5;
const storageKey = "droneinspect.upload";
const signInPage = "/signin.html";
const uploaderRoles = ["pilot", "admin"];
const flightIdPattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

const page = { uploadId: null, flightId: null, chosen: [], rows: new Map(), antiforgery: null, following: false, lastDone: -1 };

function byId(id) {
  return document.getElementById(id);
}

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

function setStatus(text) {
  byId("upload-status").textContent = text;
}

function showError(message) {
  byId("upload-error").textContent = message;
  byId("upload-error").hidden = !message;
}

function delay(milliseconds) {
  return new Promise(resolve => setTimeout(resolve, milliseconds));
}

// One API call; a JSON body unless it is a Blob (a chunk). Unsafe methods carry the anti-forgery token, as app.js does.
async function call(method, url, body, extraHeaders) {
  const headers = { Accept: "application/json", ...(extraHeaders || {}) };
  if (method !== "GET") {
    page.antiforgery ||= await call("GET", "/auth/antiforgery").then(r => r.json);
    headers[page.antiforgery.headerName] = page.antiforgery.token;
  }
  let payload = body;
  if (body !== undefined && !(body instanceof Blob)) {
    headers["Content-Type"] = "application/json";
    payload = JSON.stringify(body);
  }
  const response = await fetch(url, { method, headers, body: payload, credentials: "same-origin" });
  if (response.status === 401) {
    window.location.assign(signInPage);
    throw new Error("Signed out.");
  }
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch (error) {
    json = null; // not JSON (a proxy's page): the status says enough
  }
  return { status: response.status, ok: response.ok, json };
}

function problemText(result) {
  return (result.json && (result.json.detail || result.json.title)) || `HTTP ${result.status}`;
}

function formatBytes(bytes) {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(0)} kB`;
  return `${bytes} B`;
}

// ---- table rows: tr[data-file-name] with .upload-progress and .upload-verdict cells ----

function rowFor(name, sizeBytes) {
  let row = page.rows.get(name);
  if (!row) {
    row = element("tr");
    row.dataset.fileName = name;
    const progress = element("td", null, "upload-progress");
    progress.append(element("progress"), element("span", "", "upload-percent"));
    progress.querySelector("progress").max = 100;
    progress.querySelector("progress").value = 0;
    row.append(element("td", name), element("td", formatBytes(sizeBytes || 0), "num"), progress, element("td", "", "upload-verdict"));
    byId("upload-table").querySelector("tbody").append(row);
    page.rows.set(name, row);
  }
  return row;
}

function showProgress(row, label, fraction) {
  row.querySelector("progress").value = Math.round(fraction * 100);
  row.querySelector(".upload-percent").textContent = label;
}

function showVerdict(row, verdict, detail) {
  const cell = row.querySelector(".upload-verdict");
  cell.className = `upload-verdict verdict-${verdict}`;
  cell.replaceChildren(element("span", verdict));
  if (detail) cell.append(element("span", detail, "upload-reasons"));
}

// A file as the server answers it (UploadFile): bytes held, and its verdict once settled.
function showFile(file) {
  const row = rowFor(file.name, file.sizeBytes);
  const fraction = file.sizeBytes > 0 ? file.committedBytes / file.sizeBytes : 1;
  showProgress(row, `${Math.floor(fraction * 100)} %`, fraction);
  if (file.state === "Stored" && file.quality) {
    showVerdict(row, file.quality.verdict, file.quality.reasons.map(r => r.message).join("; "));
  } else if (file.state === "Refused") {
    showVerdict(row, "refused", file.problem);
  } else if (file.state === "Unpacked") {
    showVerdict(row, "unpacked", "its files are listed on their own");
  }
}

// ---- choosing files ----

function safeFlightId(text) {
  const cleaned = text.replace(/\.zip$/i, "").replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[^A-Za-z0-9]+/, "").slice(0, 100);
  return flightIdPattern.test(cleaned) ? cleaned : "";
}

function choose(files, fromFolder) {
  page.chosen = [];
  page.rows.clear();
  byId("upload-table").querySelector("tbody").replaceChildren();
  byId("upload-flight-link").hidden = true;
  let folderName = "";
  for (const file of files) {
    const parts = fromFolder && file.webkitRelativePath ? file.webkitRelativePath.split("/") : [file.name];
    folderName ||= parts.length > 1 ? parts[0] : "";
    page.chosen.push({ file, name: parts.length > 1 ? parts.slice(1).join("/") : file.name });
  }
  const idInput = byId("upload-flight-id");
  if (!idInput.value.trim()) {
    const zip = page.chosen.length === 1 && /\.zip$/i.test(page.chosen[0].name) ? page.chosen[0].name : "";
    idInput.value = safeFlightId(folderName || zip);
  }
  for (const { file, name } of page.chosen) {
    const row = rowFor(name, file.size);
    if (!row.querySelector(".upload-verdict").textContent) showProgress(row, "waiting", 0);
  }
  byId("upload-start").disabled = page.chosen.length === 0;
  setStatus(`${page.chosen.length} file(s) chosen`);
}

// ---- hashing ----

function hexOf(buffer) {
  return Array.from(new Uint8Array(buffer), b => b.toString(16).padStart(2, "0")).join("");
}

async function sha256Of(file, row) {
  const subtle = window.crypto && window.crypto.subtle;
  if (subtle && file.size <= subtleLimitBytes) {
    showProgress(row, "hashing", 0);
    return hexOf(await subtle.digest("SHA-256", await file.arrayBuffer()));
  }
  const hash = window.droneInspectSha256.create(); // plain-HTTP origins have no crypto.subtle
  for (let offset = 0; offset < file.size; offset += chunkBytes) {
    showProgress(row, `hashing ${Math.floor((offset / file.size) * 100)} %`, 0);
    hash.update(new Uint8Array(await file.slice(offset, offset + chunkBytes).arrayBuffer()));
  }
  return hash.hex();
}

// ---- sending ----

async function declare(name, sha256, sizeBytes) {
  return call("POST", `/api/uploads/${page.uploadId}/files`, { name, sha256, sizeBytes });
}

// Sends one file from where the server's copy ends; a dropped connection is retried from the offset the server holds.
async function sendFile({ file, name }) {
  const row = rowFor(name, file.size);
  const sha256 = await sha256Of(file, row);
  let answer = await declare(name, sha256, file.size);
  let retries = 0;
  while (answer.ok && (answer.json.state === "Missing" || answer.json.state === "Partial")) {
    showFile(answer.json);
    const offset = answer.json.committedBytes;
    const chunk = file.slice(offset, Math.min(offset + chunkBytes, file.size));
    try {
      answer = await call("PATCH", `/api/uploads/${page.uploadId}/files/${sha256}`, chunk,
        { "Upload-Offset": String(offset), "Content-Type": "application/offset+octet-stream" });
      retries = 0;
    } catch (error) {
      if (!(error instanceof TypeError) || ++retries > maxNetworkRetries) throw error; // TypeError: the network failed
      await delay(1000 * 2 ** retries);
      answer = await declare(name, sha256, file.size); // answers the offset the server holds now
      continue;
    }
    if (answer.status === 409 && answer.json && typeof answer.json.committedBytes === "number") {
      answer = await declare(name, sha256, file.size); // another offset than ours: go on from the server's
    }
  }
  if (!answer.ok) {
    showProgress(row, "", 0);
    showVerdict(row, "refused", problemText(answer));
    return;
  }
  showFile(answer.json);
  if (answer.json.state === "Unpacked") {
    const session = await call("GET", `/api/uploads/${page.uploadId}`);
    if (session.ok) session.json.files.filter(f => f.fromZip === name).forEach(showFile);
  }
}

async function start() {
  showError("");
  const flightId = byId("upload-flight-id").value.trim() || safeFlightId(`flight-${new Date().toISOString().slice(0, 16)}`);
  if (!flightIdPattern.test(flightId)) {
    showError("The flight id may hold letters, digits, '-', '_' and '.', and starts with a letter or digit.");
    return;
  }
  setInputsEnabled(false);
  try {
    const opened = await call("POST", "/api/uploads", { flightId });
    if (!opened.ok) throw new Error(problemText(opened));
    page.uploadId = opened.json.uploadId;
    page.flightId = flightId;
    localStorage.setItem(storageKey, JSON.stringify({ uploadId: page.uploadId, flightId }));
    for (let i = 0; i < page.chosen.length; i++) {
      setStatus(`Uploading ${i + 1} of ${page.chosen.length} files`);
      await sendFile(page.chosen[i]);
    }
    setStatus("Starting the analysis");
    const closed = await call("POST", `/api/uploads/${page.uploadId}/close`);
    if (!closed.ok) throw new Error(problemText(closed));
    localStorage.removeItem(storageKey);
    follow(closed.json.flight);
  } catch (error) {
    showError(error.message);
    setStatus("Upload stopped: start again to resume it");
    setInputsEnabled(true);
  }
}

function setInputsEnabled(enabled) {
  for (const id of ["upload-files", "upload-folder", "upload-flight-id", "upload-start"]) byId(id).disabled = !enabled;
}

// ---- following the analysis ----

function showFlight(flight) {
  if (!page.following || flight.flightId !== page.flightId) return;
  if (flight.state === "Completed") {
    page.following = false;
    setStatus("Analysis complete");
    const link = byId("upload-flight-link");
    link.href = `/map.html?flight=${encodeURIComponent(flight.flightId)}`;
    link.hidden = false;
    setInputsEnabled(true); // another flight may follow
  } else if (flight.state === "Failed") {
    page.following = false;
    setInputsEnabled(true);
    setStatus("Analysis failed");
    showError((flight.problems || []).join("; ") || "The flight failed; its problems are listed with the flight.");
  } else if (flight.capturesDone >= page.lastDone) {
    page.lastDone = flight.capturesDone;
    setStatus(`Analysing: ${flight.capturesDone} of ${flight.capturesTotal} captures`);
  }
}

async function pollFlight() {
  while (page.following) {
    await delay(flightPollMilliseconds);
    const answer = await call("GET", `/api/flights/${encodeURIComponent(page.flightId)}`).catch(() => null);
    if (answer && answer.ok) showFlight(answer.json);
  }
}

function follow(flight) {
  page.following = true;
  page.lastDone = -1;
  showFlight(flight);
  pollFlight();
}

document.addEventListener("droneinspect:flight", event => showFlight(event.detail));
document.addEventListener("droneinspect:upload", event => {
  const file = event.detail;
  if (file.uploadId !== page.uploadId) return;
  const row = rowFor(file.fileName, file.total);
  const fraction = file.total > 0 ? file.received / file.total : 1;
  showProgress(row, `${Math.floor(fraction * 100)} %`, fraction);
  if (file.verdict && !row.querySelector(".upload-verdict").textContent) showVerdict(row, file.verdict, file.problem);
});

// ---- start-up: who may upload, and an upload a reload interrupted ----

async function resumeInterrupted() {
  const saved = JSON.parse(localStorage.getItem(storageKey) || "null");
  if (!saved) return;
  const answer = await call("GET", `/api/uploads/${encodeURIComponent(saved.uploadId)}`);
  if (!answer.ok || answer.json.closed) {
    localStorage.removeItem(storageKey);
    return;
  }
  page.uploadId = saved.uploadId;
  byId("upload-flight-id").value = saved.flightId;
  answer.json.files.forEach(showFile);
  const held = answer.json.files.filter(f => f.state !== "Missing").length;
  const note = byId("upload-resume");
  note.textContent = `The upload of flight ${saved.flightId} was interrupted; the server holds ${held} of its files. ` +
    "Choose the same files again and start: only what is missing is sent.";
  note.hidden = false;
}

async function init() {
  const me = await call("GET", "/api/me");
  if (!me.ok) throw new Error(problemText(me));
  byId("account-name").textContent = me.json.userName;
  if (!me.json.roles.some(role => uploaderRoles.includes(role))) {
    byId("upload-forbidden").hidden = false;
    return;
  }
  byId("upload-form").hidden = false;
  byId("upload-files").addEventListener("change", event => {
    byId("upload-folder").value = "";
    choose(event.target.files, false);
  });
  byId("upload-folder").addEventListener("change", event => {
    byId("upload-files").value = "";
    choose(event.target.files, true);
  });
  byId("upload-start").addEventListener("click", () => start());
  await resumeInterrupted();
}

init().catch(error => showError(error.message));
