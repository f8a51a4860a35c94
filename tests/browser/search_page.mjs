// Uses the search page as a person would, in Debian's headless Chromium driven by
// playwright-core: types a query without diacritics, filters by issuing body, checks that the
// expected document is listed with highlighted words, opens it, looks a document number up,
// checks that the page fits a phone's screen, and that a broken address is explained. Saves
// screenshots.
// usage: node search_page.mjs BASE_URL SCREENSHOT_DIR
import { chromium } from "playwright-core";

const [base, screenshots] = process.argv.slice(2);
const failures = [];
function check(condition, message) {
  if (!condition) failures.push(message);
  console.log(`${condition ? "ok  " : "FAIL"} ${message}`);
}

// Does `act` and waits until the search it starts is on the page. The page empties the results
// and says "Đang tìm…" before it asks the service, and replaces both with the answer: hits seen
// after that are the new search's, not those of the page before it. (A search asks for its
// timeline; the page's first question, for the filters' lists, does not.)
async function searchedAfter(p, act) {
  const answered = p.waitForResponse((r) => r.url().includes("/api/search?") && r.url().includes("timeline=1"));
  await act();
  await answered;
  await p.waitForFunction(() => document.querySelector("#status")?.textContent !== "Đang tìm…");
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  // A closed network: no background connections, no sandbox (CI runs as root).
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => { if (message.type() === "error") errors.push(message.text()); });

  await page.goto(base + "/");
  await page.fill("#q", "chi bo thon to dan pho");
  await searchedAfter(page, () => page.click("#search-form button[type=submit]"));
  await page.waitForSelector("#results .hit");
  check((await page.textContent("#status")).includes("kết quả"), "a query without diacritics gives results");
  check((await page.textContent("#restored-banner")).startsWith("Kết quả cho: chi bộ thôn tổ dân phố"),
        `the query is shown back with its diacritics (${await page.textContent("#restored-banner")})`);
  await searchedAfter(page, () => page.click("#search-as-typed"));
  check(page.url().includes("as_typed=1"), "searching as typed says so in the address");
  await page.waitForSelector("#results .hit");
  check(await page.isHidden("#restored-banner"), "searched as typed, nothing is restored");

  await searchedAfter(page, () => page.selectOption("#filter-body", "TU"));
  await page.waitForSelector("#results .hit");
  const first = page.locator("#results .hit").first();
  check(await first.getAttribute("data-id") === "tu-lg-ct-08-2014", "filtered by body TU, the expected directive is first");
  const metas = await page.locator("#results .hit-meta").allTextContents();
  check(metas.length > 0 && metas.every((m) => m.includes("Tỉnh ủy")), "every result is from a Tỉnh ủy");
  const marks = await first.locator("mark").allTextContents();
  check(marks.some((m) => m.toLowerCase() === "bộ") && marks.some((m) => m.toLowerCase() === "thôn"),
        `the words are highlighted with their diacritics (${marks.join(", ")})`);
  check((await page.locator("#facets button[data-facet=body]").count()) > 0, "facet counts are shown");
  const facetGroups = await page.locator("#facets h4").allTextContents();
  check(facetGroups.includes("Xây dựng Đảng"), `the topic facet shows its topics under their group (${facetGroups})`);
  // The results can be taken away: exported for a reference manager, followed as a feed.
  const taken = await page.evaluate(async () => {
    const get = async (selector) => {
      const answer = await fetch(document.querySelector(selector).getAttribute("href"));
      return { type: answer.headers.get("content-type"), text: await answer.text() };
    };
    const feed = await get("#feed-link");
    const xml = new DOMParser().parseFromString(feed.text, "application/xml");
    return { csv: await get("#export-csv"), ris: await get("#export-ris"), bib: await get("#export-bib"), feedType: feed.type,
             feedOk: !xml.querySelector("parsererror") && xml.documentElement.namespaceURI === "http://www.w3.org/2005/Atom",
             entries: [...xml.getElementsByTagName("entry")].map((e) => e.getElementsByTagName("title")[0].textContent) };
  });
  check(taken.csv.type.startsWith("text/csv") && taken.csv.text.includes("tu-lg-ct-08-2014"), "the results export as CSV");
  check(taken.ris.text.startsWith("TY  - ") && taken.bib.text.startsWith("@misc{"), "the results export as RIS and BibTeX");
  check(taken.feedType.startsWith("application/atom+xml") && taken.feedOk && taken.entries.length > 0,
        `the search is offered as an Atom feed the browser parses (${taken.entries.length} entries)`);
  await page.screenshot({ path: `${screenshots}/search.png`, fullPage: true });

  await first.locator(".hit-title a").click();
  await page.waitForSelector("#doc-title");
  check((await page.textContent("#doc-title")).includes("chi bộ thôn, tổ dân phố"), "the document opens");
  check(!(await page.isVisible("#search-view")), "the document view replaces the results");
  check(await page.locator("#doc-title").evaluate((e) => e.getBoundingClientRect().top < window.innerHeight),
        "the document's title is on the screen");
  check((await page.locator("#doc-view .text mark").count()) > 0, "the document shows the query's words highlighted");
  check(!(await page.textContent("#doc-view")).includes("null"), "the document view shows no stray «null»");
  check(/Chủ đề.*\(vì «[^»]+»/.test(await page.textContent("#doc-view")),
        "each topic of the document says which phrases gave it");
  const citation = await page.textContent("#doc-citation");
  check(citation.startsWith("Chỉ thị số 08-CT/TU ngày "), `the document offers its citation (${citation})`);
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: base });
  await page.click("#copy-citation");
  await page.waitForFunction(() => document.querySelector("#copy-citation").textContent !== "Sao chép trích dẫn");
  check(await page.evaluate(() => navigator.clipboard.readText()) === citation, "the copy button copies the citation");
  await page.waitForSelector("#related-similar li");
  const similar = await page.locator("#related-similar li a").allTextContents();
  check(similar.length > 0 && !similar.includes(await page.textContent("#doc-title")),
        `the document lists documents like it, itself not among them (${similar.length})`);
  await page.screenshot({ path: `${screenshots}/document.png`, fullPage: true });

  await page.fill("#q", "03 - NQ/TU");
  await page.click("#search-form button[type=submit]");
  await page.waitForSelector("#identifier-banner:not([hidden])");
  await page.click("#identifier-banner a");
  await page.waitForSelector("#cite-view .record");
  check((await page.locator("#cite-view .record").count()) === 2, "a reused number shows two directives");
  check(!(await page.isVisible("#search-view")) && !(await page.isVisible("#doc-view")),
        "the number's view replaces the results");
  const citeText = await page.textContent("#cite-view");
  check(!citeText.includes("null") && !citeText.includes("http"), "the number's view shows no stray «null» or address");
  check((await page.locator("#cite-view .record p a[href^='#/doc/']").count()) >= 2,
        "each directive's own document is a link");
  // Validity as far as the index knows (the bundled corpus states no replacement: "cited"), and
  // each record's life: its issue, then the plans and reviews following it, each a link.
  check((await page.textContent("#validity-1")).includes("còn được trích dẫn đến 2015"),
        "the 2012 directive's validity line says how late it is cited");
  check((await page.textContent("#validity-2")).includes("còn được trích dẫn đến 2020"),
        "the 2017 directive's validity line says how late it is cited");
  const life = page.locator("#life-1 li");
  check((await life.count()) === 3, "the 2012 directive's timeline: issue, district plan, review");
  check((await life.nth(0).textContent()).includes("Ban hành"), "the timeline starts with the issue");
  check((await life.nth(1).textContent()).includes("Triển khai thực hiện") &&
        (await life.nth(1).textContent()).includes("cấp Huyện"), "the district's plan is an implementation at its level");
  check((await page.locator("#life-1 a[href='#/doc/hu-dl-kh-15-2012']").count()) === 1,
        "a timeline entry links to the citing document's view");
  check((await page.locator("#cite-graph").getAttribute("href")).startsWith("/api/graph?format=graphml"),
        "the number's view offers its citation graph");
  await page.screenshot({ path: `${screenshots}/citations.png`, fullPage: true });
  // The line comes with a second answer (/api/cite), after the document: wait for its words.
  await page.goto(`${base}/#/doc/tu-lg-nq-03-2012`);
  const validityShown = await page.waitForFunction(
    () => document.querySelector("#doc-validity")?.textContent.includes("còn được trích dẫn đến 2015"),
    null, { timeout: 15000 }).then(() => true, () => false);
  check(validityShown, "a document's view says its validity, of its own record of a reused number");

  // A number the index holds no document of: the banner says so; one nothing cites says that.
  await page.goto(`${base}/#/search?q=${encodeURIComponent("05-CT/TW")}`);
  await page.waitForSelector("#identifier-banner:not([hidden])");
  check((await page.textContent("#identifier-banner")).includes("chỉ mục không có văn bản mang số hiệu này"),
        "the banner of a number only cited says the index has no document of it");
  await page.goto(`${base}/#/cite/${encodeURIComponent("12-TB/ĐUK")}`);
  await page.waitForSelector("#cite-view .record");
  check((await page.textContent("#cite-view")).includes("Chưa có văn bản nào trong chỉ mục trích dẫn số hiệu này"),
        "a number nothing cites says so rather than «0 văn bản»");

  // With isMobile, innerWidth grows to the page's width: the width set is the measure.
  const phoneWidth = 375;
  const phone = await browser.newPage({ viewport: { width: phoneWidth, height: 812 }, isMobile: true });
  await phone.goto(base + "/#/search?q=dan%20van%20kheo");
  await phone.waitForSelector("#results .hit");
  await phone.waitForFunction(() => document.querySelector("#filter-topic").options.length > 1);
  const topicGroups = await phone.locator("#filter-topic optgroup").evaluateAll((g) => g.map((e) => e.label));
  check(topicGroups.join("|") === "Xây dựng Đảng|Lĩnh vực", `the topic filter lists its topics by group (${topicGroups})`);
  const pageWidth = await phone.evaluate(() => document.documentElement.scrollWidth);
  check(pageWidth <= phoneWidth + 1, `the page fits a phone-sized screen without sideways scrolling (${pageWidth} px wide)`);
  await phone.screenshot({ path: `${screenshots}/phone.png`, fullPage: true });

  // Facets switch a filter on, and off again.
  // Generous: the machine that runs the tests may be busy with other tests at the same time.
  const settles = (predicate) => page.waitForFunction(predicate, null, { timeout: 15000 }).then(() => true, () => false);
  await page.goto(base + "/#/search?q=chi%20bo");
  await page.waitForSelector("#facets button[data-facet=year]");
  const years = await page.locator("#facets button[data-facet=year]").evaluateAll((b) => b.map((e) => e.dataset.value));
  check(years.length > 1 && years.every((y, i) => i === 0 || years[i - 1] > y), `the years are listed newest first (${years.join(", ")})`);
  await page.locator("#facets button[data-facet=year]").first().click();
  check(await settles(() => location.hash.includes("from=")), "a year facet filters by that year");
  await page.waitForSelector("#facets button[data-facet=year].active");
  await page.locator("#facets button[data-facet=year].active").click();
  check(await settles(() => !location.hash.includes("from=")), "clicked again, the year facet is off");
  await page.waitForSelector("#facets button[data-facet=kind]");
  await page.locator("#facets button[data-facet=kind][data-value=article]").click();
  check(await settles(() => location.hash.includes("kind=article")), "a kind facet filters by that kind");
  await page.waitForSelector("#facets button[data-facet=kind].active");
  await page.locator("#facets button[data-facet=kind].active").click();
  check(await settles(() => !location.hash.includes("kind=") && location.hash.includes("q=chi")),
        "clicked again, the kind facet is off and the query as typed");
  await searchedAfter(page, () => page.goto(base + "/#/search?q=chi%20bo&kind=article"));
  await page.waitForSelector("#results .hit");
  check(await page.isVisible("#filter-kind") && (await page.inputValue("#filter-kind")) === "article",
        "the kind filter shows it is on");
  await page.fill("#q", "dang vien");
  await page.click("#search-form button[type=submit]");
  check(await settles(() => location.hash.includes("q=dang") && location.hash.includes("kind=article")),
        "a new query keeps the kind filter");
  await page.selectOption("#filter-kind", "");
  check(await settles(() => !location.hash.includes("kind=") && location.hash.includes("q=dang")),
        "the kind filter can be turned off in the form");
  await page.goto(base + "/#/search?q=chi%20bo&page=50");
  check(await settles(() => document.querySelector("#status").textContent.startsWith("Không còn kết quả từ vị trí")),
        "a page past the end says there are no more results, not that there are none");

  // On the start page, choosing a filter is a search of its own.
  await page.goto(base + "/");
  await page.waitForFunction(() => document.querySelector("#filter-body").options.length > 1);
  await page.selectOption("#filter-body", "TU");
  check(await settles(() => location.hash.includes("body=TU") && document.querySelector("#results .hit")),
        "on the start page, choosing a filter searches by it");

  // A document opened directly (a new tab, a bookmark): back stays on the site.
  const direct = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await direct.goto(base + "/#/doc/tu-lg-ct-08-2014");
  await direct.waitForSelector("#doc-title");
  await direct.click("#doc-view a[href^='#/cite/']");
  await direct.waitForSelector("#cite-view .back");
  await direct.click("#cite-view .back");
  check(await direct.waitForSelector("#doc-title").then(() => direct.url().includes("#/doc/"), () => false),
        "back from a number's page opened from a document goes to the document");
  await direct.click("#doc-view .back");
  check(await direct.waitForFunction(() => location.pathname === "/" && !document.querySelector("#search-view").hidden,
                                     null, { timeout: 15000 }).then(() => true, () => false),
        "back from a document opened directly goes to the start page, not away from the site");
  await direct.close();

  // A document in the official layout: its signer shown, and the file it was read from offered.
  const official = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await official.goto(base + "/#/doc/" + encodeURIComponent("articles/duk-thong-bao-12-tb-duk-2023.txt"));
  await official.waitForSelector("#doc-title");
  check((await official.textContent("#doc-view table")).includes("Người ký"), "a document shows who signed it");
  const original = await official.getAttribute("#doc-original", "href");
  const download = original && await official.evaluate(async (href) => {
    const answer = await fetch(href);
    return { status: answer.status, disposition: answer.headers.get("content-disposition"), text: await answer.text() };
  }, original);
  check(download && download.status === 200 && download.disposition.startsWith("attachment") &&
        download.text.includes("12-TB/ĐUK"), "the document's original file can be downloaded");
  await official.close();

  // The timeline: matches per year as bars; a bar filters the search to its year.
  await page.goto(base + "/#/search?q=chi%20bo");
  await page.waitForSelector("#timeline:not([hidden]) .bar");
  const bars = await page.locator("#timeline .bar").evaluateAll((all) =>
    all.map((b) => ({ period: b.dataset.period, height: b.getBoundingClientRect().height })));
  const tallest = bars.reduce((a, b) => (b.height > a.height ? b : a));
  check(bars.length >= 2 && tallest.height > 0, `the timeline is drawn (${bars.length} bars)`);
  await searchedAfter(page, () => page.click(`#timeline .bar[data-period="${tallest.period}"]`));
  check(page.url().includes(`from=${tallest.period}-01-01`), `the bar of ${tallest.period} filters from its first day`);
  await page.waitForSelector("#results .hit");
  const inPeriod = await page.locator("#results .hit-meta").allTextContents();
  check(inPeriod.length > 0 && inPeriod.every((m) => m.includes(tallest.period)), `a click on ${tallest.period} keeps only that year`);
  await searchedAfter(page, () => page.goto(base + "/#/search?q=chi%20bo"));
  await page.waitForSelector("#results .hit");
  await page.fill("#filter-to", "2010-01-01");
  await page.fill("#filter-from", "2015-01-01");
  check(await settles(() => document.querySelector("#status.error")?.textContent === "Từ ngày phải trước hoặc bằng Đến ngày."),
        "a Từ ngày after the Đến ngày is explained in the form's words");
  await searchedAfter(page, () => page.goto(base + "/#/search?q=chi%20bo"));  // the form as the address says: no dates
  await page.waitForSelector("#results .hit");

  await page.fill("#q", "ệ".repeat(400));  // 400 letters of 3 bytes each, over the service's 1024
  await page.click("#search-form button[type=submit]");
  check(await settles(() => document.querySelector("#status.error")?.textContent.startsWith("Câu tìm kiếm quá dài")),
        "a query too long for the service is explained in the user's terms");

  // An address with a % that is not percent-encoding is explained, not left a blank page.
  for (const address of ["#/cite/%", "#/doc/%E0%A4%A"]) {
    await page.goto(`${base}/${address}`);
    check(await settles(() => document.querySelector("#status.error")?.textContent.startsWith("Địa chỉ trang này bị lỗi")),
          `a malformed address (${address}) is explained in Vietnamese`);
  }

  // A slow answer is not drawn over the search asked for after it: "chi bo" is held back a
  // second, and the search after it finds nothing.
  const slowQuery = (url) => url.pathname === "/api/search" && url.searchParams.get("q") === "chi bo";
  await page.route(slowQuery, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.continue();
  });
  const slowAnswered = page.waitForResponse((r) => slowQuery(new URL(r.url())));
  await page.goto(base + "/#/search?q=chi%20bo");
  await searchedAfter(page, () => page.goto(base + "/#/search?q=qqxqqxqqx"));
  await slowAnswered;
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));  // its turn to be drawn, were it drawn
  check((await page.locator("#results .hit").count()) === 0 &&
        (await page.textContent("#status")) === "Không tìm thấy kết quả nào.",
        `a slow answer is not drawn over the search asked for after it (${await page.textContent("#status")})`);
  await page.unroute(slowQuery);

  check(errors.length === 0, `no errors in the page (${errors.join("; ")})`);

  // Last, as the browser logs the 400 it answers as an error of its own. From a page of results,
  // not the malformed address's error, which would otherwise be the status read before the answer.
  await searchedAfter(page, () => page.goto(base + "/#/search?q=chi%20bo"));
  await page.waitForSelector("#results .hit");
  await page.fill("#q", "(chi bộ");
  await page.click("#search-form button[type=submit]");
  check(await settles(() => document.querySelector("#status.error")?.textContent ===
                            "Câu tìm kiếm chưa đúng: dấu mở ngoặc này chưa được đóng"),
        `a malformed query is explained in Vietnamese, the service's words included (${await page.textContent("#status")})`);
} finally {
  await browser.close();
}
if (failures.length) {
  console.log(`${failures.length} check(s) failed`);
  process.exit(1);
}
console.log("all browser checks passed");
