// Sign-in page: gets an anti-forgery token, posts the form with it, and goes to the page asked for (or the viewer).
"use strict";

async function antiforgeryToken() {
  const response = await fetch("/auth/antiforgery", { credentials: "same-origin" });
  if (!response.ok) throw new Error(`Could not start signing in (HTTP ${response.status}).`);
  return response.json();
}

// Only a path on this site is followed after signing in, never another origin ("//evil", "/\\evil" included).
function returnPath() {
  const asked = new URLSearchParams(window.location.search).get("ReturnUrl") || "/";
  const target = new URL(asked, window.location.origin);
  return asked.startsWith("/") && target.origin === window.location.origin ? target.pathname + target.search : "/";
}

function showError(message) {
  const error = document.getElementById("signin-error");
  error.textContent = message;
  error.hidden = !message;
}

async function signIn(event) {
  event.preventDefault();
  showError("");
  try {
    const token = await antiforgeryToken();
    const response = await fetch("/auth/sign-in", {
      method: "POST",
      credentials: "same-origin",
      headers: { [token.headerName]: token.token },
      body: new URLSearchParams(new FormData(event.target)),
    });
    if (response.status === 204) {
      window.location.assign(returnPath());
      return;
    }
    if (response.status === 429) showError("Too many attempts. Wait a few minutes and try again.");
    else if (response.status === 401) showError("Wrong user name or password.");
    else showError(`Sign-in failed (HTTP ${response.status}).`);
  } catch (error) {
    showError(error.message);
  }
}

document.getElementById("signin").addEventListener("submit", signIn);
