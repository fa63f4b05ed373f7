// API reference page: swagger-ui (vendored, /vendor/swagger-ui) reading this server's OpenAPI document. Nothing is
// fetched from elsewhere: the online validator badge is off. "Try it out" calls run with the page's sign-in cookie;
// POST, PUT, PATCH and DELETE carry the anti-forgery token the server requires of cookie callers.
"use strict";

const documentUrl = "/openapi/v1.json";
const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

function showError(message) {
  const error = document.getElementById("api-reference-error");
  error.textContent = message;
  error.hidden = !message;
}

async function antiforgeryToken() {
  const response = await fetch("/auth/antiforgery", { credentials: "same-origin" });
  if (!response.ok) throw new Error(`No anti-forgery token (HTTP ${response.status}).`);
  return response.json();
}

// swagger-ui awaits this before each request it sends (the document's fetch and "Try it out").
async function withAntiforgery(request) {
  request.credentials = "same-origin";
  if (!safeMethods.has(String(request.method || "GET").toUpperCase())) {
    const token = await antiforgeryToken();
    request.headers[token.headerName] = token.token;
  }
  return request;
}

// A session that ended sends the reader back to sign in, as the other pages do.
function onResponse(response) {
  if (response.status === 401 && response.url && new URL(response.url).pathname === documentUrl) {
    window.location.assign("/signin.html?ReturnUrl=" + encodeURIComponent("/api-reference.html"));
  }
  return response;
}

function start() {
  if (typeof window.SwaggerUIBundle !== "function") {
    showError("The API reference viewer (swagger-ui) did not load.");
    return;
  }
  window.SwaggerUIBundle({
    url: documentUrl,
    dom_id: "#swagger-ui",
    deepLinking: true,
    validatorUrl: null,
    withCredentials: true,
    presets: [window.SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
    requestInterceptor: withAntiforgery,
    responseInterceptor: onResponse,
  });
}

start();
