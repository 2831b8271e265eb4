// The server's JSON API (README, "Web app"), with the token of a
// non-loopback server when the page was opened with ?token=.
const token = new URLSearchParams(location.search).get('token');

export function withToken(url) {
  if (!token) return url;
  return url + (url.includes('?') ? '&' : '?') + 'token=' + encodeURIComponent(token);
}

export async function api(method, path, body, raw) {
  const opts = { method, headers: {} };
  if (token) opts.headers.Authorization = 'Bearer ' + token;
  if (body !== undefined) {
    opts.body = raw ? body : JSON.stringify(body);
    if (!raw) opts.headers['Content-Type'] = 'application/json';
  }
  const r = await fetch(path, opts);
  const data = await r.json().catch(() => ({ error: r.statusText, code: r.status }));
  if (!r.ok) throw new Error(data.error || r.statusText);
  return data;
}
