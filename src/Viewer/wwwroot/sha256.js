// SHA-256 (FIPS 180-4) in plain JavaScript, for pages served over plain HTTP on a utility's closed network, where
// browsers withhold crypto.subtle (it needs a secure origin). Incremental: feed a file slice by slice, so a large
// zip is hashed without holding it whole in memory. Exposes window.droneInspectSha256:
//   const hash = droneInspectSha256.create(); hash.update(uint8Array); ...; hash.hex()  -> 64 lower-case hex digits
"use strict";

(function (root) {
  // First 32 bits of the fractional parts of the cube roots of the first 64 primes.
  const roundConstants = new Uint32Array([
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
  ]);

  // First 32 bits of the fractional parts of the square roots of the first 8 primes.
  const initialState = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

  const blockBytes = 64;

  function rotateRight(x, bits) {
    return (x >>> bits) | (x << (32 - bits));
  }

  function create() {
    const state = new Uint32Array(initialState);
    const schedule = new Uint32Array(64);
    const pending = new Uint8Array(blockBytes);
    let pendingLength = 0;
    let totalBytes = 0;
    let finished = null;

    // One 64-byte block at bytes[offset..offset+64) into the state.
    function compress(bytes, offset) {
      for (let i = 0; i < 16; i++) {
        const at = offset + i * 4;
        schedule[i] = (bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3];
      }
      for (let i = 16; i < 64; i++) {
        const w15 = schedule[i - 15];
        const w2 = schedule[i - 2];
        const sigma0 = rotateRight(w15, 7) ^ rotateRight(w15, 18) ^ (w15 >>> 3);
        const sigma1 = rotateRight(w2, 17) ^ rotateRight(w2, 19) ^ (w2 >>> 10);
        schedule[i] = (schedule[i - 16] + sigma0 + schedule[i - 7] + sigma1) | 0;
      }

      let a = state[0], b = state[1], c = state[2], d = state[3], e = state[4], f = state[5], g = state[6], h = state[7];
      for (let i = 0; i < 64; i++) {
        const sum1 = rotateRight(e, 6) ^ rotateRight(e, 11) ^ rotateRight(e, 25);
        const choice = (e & f) ^ (~e & g);
        const temp1 = (h + sum1 + choice + roundConstants[i] + schedule[i]) | 0;
        const sum0 = rotateRight(a, 2) ^ rotateRight(a, 13) ^ rotateRight(a, 22);
        const majority = (a & b) ^ (a & c) ^ (b & c);
        const temp2 = (sum0 + majority) | 0;
        h = g; g = f; f = e; e = (d + temp1) | 0; d = c; c = b; b = a; a = (temp1 + temp2) | 0;
      }
      state[0] += a; state[1] += b; state[2] += c; state[3] += d;
      state[4] += e; state[5] += f; state[6] += g; state[7] += h;
    }

    function update(bytes) {
      if (finished !== null) throw new Error("sha256: update after hex()");
      totalBytes += bytes.length;
      let offset = 0;
      if (pendingLength > 0) {
        const take = Math.min(blockBytes - pendingLength, bytes.length);
        pending.set(bytes.subarray(0, take), pendingLength);
        pendingLength += take;
        offset = take;
        if (pendingLength < blockBytes) return;
        compress(pending, 0);
        pendingLength = 0;
      }
      for (; offset + blockBytes <= bytes.length; offset += blockBytes) compress(bytes, offset);
      pending.set(bytes.subarray(offset), 0);
      pendingLength = bytes.length - offset;
    }

    // Padding: a 1 bit, zeros to 56 bytes mod 64, then the message length in bits as a 64-bit big-endian number.
    function hex() {
      if (finished !== null) return finished;
      const tail = new Uint8Array(pendingLength < 56 ? blockBytes : 2 * blockBytes);
      tail.set(pending.subarray(0, pendingLength), 0);
      tail[pendingLength] = 0x80;
      const highBits = Math.floor(totalBytes / 0x20000000); // totalBytes * 8 / 2^32
      const lowBits = (totalBytes * 8) >>> 0;
      const end = tail.length;
      tail[end - 8] = highBits >>> 24; tail[end - 7] = highBits >>> 16; tail[end - 6] = highBits >>> 8; tail[end - 5] = highBits;
      tail[end - 4] = lowBits >>> 24; tail[end - 3] = lowBits >>> 16; tail[end - 2] = lowBits >>> 8; tail[end - 1] = lowBits;
      for (let offset = 0; offset < end; offset += blockBytes) compress(tail, offset);
      finished = Array.from(state, word => word.toString(16).padStart(8, "0")).join("");
      return finished;
    }

    return { update, hex };
  }

  root.droneInspectSha256 = { create };
})(typeof window !== "undefined" ? window : globalThis);
