/**
 * Signs in through Målbar's SSO and the test provider's login form with plain HTTP, as a browser
 * would but one redirect at a time, so a test can stop before the callback and alter what it sends.
 */

/** Cookies per origin, names only (paths ignored: the provider's cookie names do not collide). */
class CookieJar {
  private readonly byOrigin = new Map<string, Map<string, string>>();

  header(url: string): string {
    const jar = this.byOrigin.get(new URL(url).origin);
    return jar ? [...jar].map(([k, v]) => `${k}=${v}`).join('; ') : '';
  }

  take(url: string, res: Response): void {
    const origin = new URL(url).origin;
    const jar = this.byOrigin.get(origin) ?? new Map<string, string>();
    for (const cookie of res.headers.getSetCookie()) {
      const [pair, ...attributes] = cookie.split(';');
      const [name, ...value] = pair!.trim().split('=');
      const expired = attributes.some((a) => /expires=thu, 01 jan 1970/i.test(a.trim()));
      if (expired || value.join('=') === '') jar.delete(name!);
      else jar.set(name!, value.join('='));
    }
    this.byOrigin.set(origin, jar);
  }
}

async function step(jar: CookieJar, url: string, init: RequestInit = {}): Promise<Response> {
  const res = await fetch(url, {
    ...init,
    redirect: 'manual',
    headers: { ...(init.headers as Record<string, string>), cookie: jar.header(url) },
  });
  jar.take(url, res);
  return res;
}

const locationOf = (res: Response, url: string) => {
  const location = res.headers.get('location');
  if (!location) throw new Error(`expected a redirect from ${url}, got ${res.status}`);
  return new URL(location, url).href;
};

export interface StartedSignIn {
  /** Where the provider sends the browser back: Målbar's callback with code and state. */
  callbackUrl: string;
  /** Målbar's sealed sign-in cookie (`malbar_sso=…`) set when the sign-in started. */
  ssoCookie: string;
}

/** From Målbar's button through the provider's login form, up to (not into) Målbar's callback. */
export async function startSsoSignIn(malbarUrl: string, slug: string, login: string): Promise<StartedSignIn> {
  const jar = new CookieJar();
  let url = `${malbarUrl}/login/sso/${slug}`;
  const started = await step(jar, url);
  const ssoCookie = started.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('malbar_sso='));
  if (!ssoCookie) throw new Error(`no sign-in cookie from ${url}: ${started.status} ${await started.text()}`);
  url = locationOf(started, url);
  for (let hops = 0; hops < 10; hops++) {
    if (url.startsWith(`${malbarUrl}/`)) return { callbackUrl: url, ssoCookie };
    const res = await step(jar, url);
    if (res.status === 200) {
      // devInteractions' login form: any password signs in.
      const form = (await res.text()).match(/<form[^>]*action="([^"]+)"/);
      if (!form) throw new Error(`no login form at ${url}`);
      const action = new URL(form[1]!.replace(/&amp;/g, '&'), url).href;
      const body = new URLSearchParams({ prompt: 'login', login, password: 'any' });
      const submitted = await step(jar, action, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: body.toString(),
      });
      url = locationOf(submitted, action);
    } else url = locationOf(res, url);
  }
  throw new Error('too many redirects at the provider');
}

export interface FinishedSignIn {
  status: number;
  location: string | null;
  /** Målbar's session cookie when the sign-in succeeded. */
  session: string | undefined;
  body: string;
}

/** Målbar's callback, with the sign-in cookie (or another one, to show it is checked). */
export async function finishSsoSignIn(started: StartedSignIn): Promise<FinishedSignIn> {
  const res = await fetch(started.callbackUrl, {
    redirect: 'manual',
    headers: { cookie: started.ssoCookie },
  });
  const session = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('malbar_session='));
  return { status: res.status, location: res.headers.get('location'), session, body: await res.text() };
}

/** The whole sign-in: the provider's form, then Målbar's callback. */
export async function ssoSignIn(malbarUrl: string, slug: string, login: string): Promise<FinishedSignIn> {
  return finishSsoSignIn(await startSsoSignIn(malbarUrl, slug, login));
}
