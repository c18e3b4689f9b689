import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../wxt.config';
import { FIREFOX_BUILD } from './shared-paths';

export const FIREFOX = '/usr/bin/firefox-esr';

/** Fixed so the test knows the extension's pages: moz-extension://FIREFOX_UUID/reader.html. */
export const FIREFOX_UUID = '6f0b2a44-3c1d-4e5f-9a7b-b4c85e1d2f30';
export const FIREFOX_ORIGIN = `moz-extension://${FIREFOX_UUID}`;

/**
 * Where Firefox's own services would call home; each points at a URL that cannot be fetched
 * (data: or empty) so nothing reaches the network, and the feature itself is switched off too.
 */
const NOWHERE = 'data:,';

/**
 * Preferences for a quiet, proxied Firefox. Puppeteer already writes its own test profile
 * defaults (@puppeteer/browsers firefox.js); these come on top and win. Groups follow Firefox's
 * own test harnesses (mozrunner/geckodriver profiles) plus what this machine showed in the proxy log.
 */
export function firefoxPrefs(proxyPort: number): Record<string, unknown> {
  return {
    // The extension's UUID, pinned: its pages live at FIREFOX_ORIGIN.
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),

    // Everything goes through the recording proxy, loopback included, with no exceptions.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.allow_hijacking_localhost': true,
    'network.proxy.no_proxies_on': '',
    'network.proxy.failover_direct': false,
    'network.proxy.socks_remote_dns': true,
    'network.http.http3.enable': false,
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'network.http.speculative-parallel-limit': 0,
    'browser.places.speculativeConnect.enabled': false,
    'browser.urlbar.speculativeConnect.enabled': false,

    // Captive portal and connectivity checks (detectportal.firefox.com).
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,

    // Telemetry, Glean, data reporting, studies, pings.
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.archive.enabled': false,
    'toolkit.telemetry.server': NOWHERE,
    'toolkit.telemetry.newProfilePing.enabled': false,
    'toolkit.telemetry.shutdownPingSender.enabled': false,
    'toolkit.telemetry.firstShutdownPing.enabled': false,
    'toolkit.telemetry.updatePing.enabled': false,
    'toolkit.telemetry.bhrPing.enabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'toolkit.coverage.opt-out': true,
    'toolkit.coverage.endpoint.base': '',
    'datareporting.healthreport.uploadEnabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.usage.uploadEnabled': false,
    'browser.ping-centre.telemetry': false,
    'app.normandy.enabled': false,
    'app.normandy.api_url': '',
    'app.shield.optoutstudies.enabled': false,
    'messaging-system.rsexperimentloader.enabled': false,
    'nimbus.rollouts.enabled': false,
    'browser.discovery.enabled': false,
    'browser.crashReports.unsubmittedCheck.enabled': false,
    'browser.tabs.crashReporting.sendReport': false,

    // Application updates.
    'app.update.auto': false,
    'app.update.enabled': false,
    'app.update.staging.enabled': false,
    'app.update.checkInstallTime': false,
    'app.update.disabledForTesting': true,
    'app.update.url': '',
    'app.update.url.manual': '',
    'app.update.url.details': '',

    // Add-ons: no metadata, recommendations, blocklist, system add-on or extension updates.
    'extensions.getAddons.cache.enabled': false,
    'extensions.getAddons.showPane': false,
    'extensions.getAddons.get.url': '',
    'extensions.getAddons.search.browseURL': '',
    'extensions.htmlaboutaddons.recommendations.enabled': false,
    'extensions.webservice.discoverURL': '',
    'extensions.update.enabled': false,
    'extensions.update.autoUpdateDefault': false,
    'extensions.update.url': '',
    'extensions.update.background.url': '',
    'extensions.blocklist.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'extensions.systemAddon.update.url': '',
    'extensions.abuseReport.enabled': false,
    'extensions.recommendations.themeRecommendationUrl': '',
    'browser.newtabpage.activity-stream.asrouter.userprefs.cfr.addons': false,
    'browser.newtabpage.activity-stream.asrouter.userprefs.cfr.features': false,

    // Remote settings (firefox.settings.services.mozilla.com) and what syncs from it. Release and
    // ESR builds ignore this override unless MOZ_REMOTE_SETTINGS_DEVTOOLS=1 is in the environment
    // (services/settings/Utils.sys.mjs, allowServerURL): launchFirefox sets it. A data: URL is
    // never fetched over the network.
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'services.settings.poll_interval': 86400 * 365,
    'security.remote_settings.crlite_filters.enabled': false,
    'security.remote_settings.intermediates.enabled': false,
    'browser.translations.enable': false,
    'browser.ml.enable': false,
    'browser.ml.chat.enabled': false,

    // Safe Browsing and tracking-protection list updates (safebrowsing.googleapis.com, shavar).
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.downloads.remote.enabled': false,
    'browser.safebrowsing.downloads.remote.url': '',
    'browser.safebrowsing.passwords.enabled': false,
    'browser.safebrowsing.provider.google.updateURL': '',
    'browser.safebrowsing.provider.google.gethashURL': '',
    'browser.safebrowsing.provider.google4.updateURL': '',
    'browser.safebrowsing.provider.google4.gethashURL': '',
    'browser.safebrowsing.provider.google4.dataSharingURL': '',
    'browser.safebrowsing.provider.google4.dataSharing.enabled': false,
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.safebrowsing.provider.mozilla.gethashURL': '',
    'privacy.trackingprotection.enabled': false,
    'privacy.trackingprotection.pbmode.enabled': false,
    'privacy.trackingprotection.cryptomining.enabled': false,
    'privacy.trackingprotection.fingerprinting.enabled': false,
    'privacy.trackingprotection.socialtracking.enabled': false,
    'privacy.query_stripping.enabled': false,

    // Media plugin downloads (OpenH264, Widevine).
    'media.gmp-manager.updateEnabled': false,
    'media.gmp-manager.url': NOWHERE,
    'media.gmp-gmpopenh264.enabled': false,
    'media.gmp-gmpopenh264.autoupdate': false,
    'media.gmp-widevinecdm.enabled': false,
    'media.gmp-widevinecdm.autoupdate': false,
    'media.eme.enabled': false,

    // New tab, Pocket, sponsored tiles, snippets, search and region look-ups, suggestions.
    'browser.startup.homepage': 'about:blank',
    'browser.startup.page': 0,
    'browser.newtabpage.enabled': false,
    'browser.newtab.preload': false,
    'browser.newtabpage.activity-stream.enabled': false,
    'browser.newtabpage.activity-stream.feeds.section.topstories': false,
    'browser.newtabpage.activity-stream.feeds.system.topstories': false,
    'browser.newtabpage.activity-stream.feeds.topsites': false,
    'browser.newtabpage.activity-stream.feeds.snippets': false,
    'browser.newtabpage.activity-stream.feeds.telemetry': false,
    'browser.newtabpage.activity-stream.feeds.weatherfeed': false,
    'browser.newtabpage.activity-stream.feeds.discoverystreamfeed': false,
    'browser.newtabpage.activity-stream.discoverystream.enabled': false,
    'browser.newtabpage.activity-stream.showSponsored': false,
    'browser.newtabpage.activity-stream.showSponsoredTopSites': false,
    'browser.newtabpage.activity-stream.telemetry': false,
    'browser.newtabpage.activity-stream.default.sites': '',
    'browser.topsites.contile.enabled': false,
    'extensions.pocket.enabled': false,
    'browser.aboutHomeSnippets.updateUrl': '',
    'browser.search.update': false,
    'browser.search.geoip.url': '',
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'browser.urlbar.suggest.searches': false,
    'browser.urlbar.quicksuggest.enabled': false,
    'browser.urlbar.suggest.quicksuggest.sponsored': false,
    'browser.urlbar.suggest.quicksuggest.nonsponsored': false,
    'browser.search.suggest.enabled': false,
    'geo.provider.network.url': NOWHERE,
    'browser.contentblocking.report.lockwise.enabled': false,
    'browser.vpn_promo.enabled': false,
    'browser.shopping.experience2023.enabled': false,

    // Push, accounts, sync.
    'dom.push.enabled': false,
    'dom.push.connection.enabled': false,
    'dom.push.serverURL': '',
    'identity.fxaccounts.enabled': false,
    'services.sync.engine.addons': false,

    // Certificates and misc network checks (none of the test traffic is TLS).
    'security.OCSP.enabled': 0,
    'security.ssl.enable_ocsp_stapling': false,
    'security.certerrors.mitm.priming.enabled': false,
    'network.sntp.pools': '',
    'doh-rollout.enabled': false,
    'doh-rollout.disable-heuristics': true,
    'network.dns.native_https_query': false,

    // Keyboard: Tab reaches every focusable element (as on Linux by default), no first-run UI.
    'accessibility.tabfocus': 7,
    'browser.aboutConfig.showWarning': false,
    'browser.tabs.warnOnClose': false,
  };
}

export async function launchFirefox(proxyPort: number, extensionDir = FIREFOX_BUILD): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access', '--width=1200', '--height=900'],
    extraPrefsFirefox: firefoxPrefs(proxyPort),
    // Without this, release builds ignore services.settings.server (see firefoxPrefs) and sync
    // remote settings from firefox.settings.services.mozilla.com; no pref can stop that.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    dumpio: process.env.BACKSTORY_FIREFOX_DUMPIO === '1',
  });
  try {
    const id = await browser.installExtension(extensionDir);
    if (id !== GECKO_ID) throw new Error(`installed add-on id ${id}, expected ${GECKO_ID}`);
  } catch (e) {
    await browser.close();
    throw e;
  }
  return browser;
}

/**
 * Loads one of the extension's pages (moz-extension://…) in `page`. Puppeteer's goto on such a URL
 * rejects with "Frame detached" (the load moves the tab into the extension's process), and a
 * puppeteer waitFor* whose poll lands during that switch can fail inside Firefox's remote agent
 * (seen once in seven runs: "script.evaluate: unknown error TypeError: right-hand side of 'in'
 * should be an object, got null"), which puppeteer does not retry. So this starts the load and
 * polls with plain evaluate calls, retrying on any error, until the page is `url` and loaded.
 */
export async function gotoExtensionPage(page: Page, url: string, timeoutMs = 15_000): Promise<void> {
  page.goto(url).catch(() => {}); // "Frame detached": see above.
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown = null;
  for (;;) {
    const attempt = page.evaluate((expected) => location.href === expected && document.readyState === 'complete', url);
    attempt.catch(() => {}); // may settle after the race below gave up on it
    try {
      const loaded = await Promise.race([attempt, new Promise<false>((r) => setTimeout(() => r(false), 2_000))]);
      if (loaded) return;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) throw new Error(`${url} did not load in ${timeoutMs} ms (last error: ${String(lastError)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
