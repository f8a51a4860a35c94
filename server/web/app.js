// The vankien search page: talks to the JSON API of vankien-serve (docs/api.md). The state of
// the page is in the URL's hash, so the back button and links work:
//   #/search?q=…&body=…&type=…&kind=…&topic=…&from=…&to=…&sort=…&page=…
//   #/doc/ID        one document
//   #/cite/NUMBER   what a document number is, and who cites it
"use strict";

const $ = (id) => document.getElementById(id);
const PAGE_SIZE = 10;
const FACET_TITLES = { body: "Cơ quan ban hành", type: "Loại văn bản", year: "Năm", topic: "Chủ đề", kind: "Loại tài liệu" };
const KIND_NAMES = { document: "Văn bản", article: "Bài viết" };
// What the form holds, each a field named so: all kept when a new query is typed.
const FORM_FIELDS = ["q", "body", "type", "kind", "topic", "from", "to", "sort"];
// The service's limit on a query, in UTF-8 bytes: a Vietnamese letter takes up to 3, so the
// box's 1000 characters may not fit.
const MAX_QUERY_BYTES = 1024;
let topics = [];

// ---- helpers ------------------------------------------------------------------------------

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  return fill(node, ...children);
}

// Replaces a node's children: nodes, text, and arrays of them at any depth; null, undefined
// and false stand for nothing (so `condition ? el(…) : null` may be passed).
function fill(node, ...children) {
  node.replaceChildren();
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// Parts [{text, match}] as text with <mark> around the matches.
function parts(list) {
  const span = el("span");
  for (const part of list || []) span.append(part.match ? el("mark", {}, part.text) : document.createTextNode(part.text));
  return span;
}

function vietnameseDate(iso) {
  if (!iso || iso.length !== 10) return iso || "";
  return `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
}

async function api(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  let body;
  try { body = await response.json(); } catch { body = { error: `Lỗi máy chủ (${response.status})` }; }
  if (!response.ok) throw Object.assign(new Error(body.error || `Lỗi ${response.status}`), { body, status: response.status });
  return body;
}

// What went wrong: the service's own words (Vietnamese), after what kind of failure it is.
function errorText(error) {
  const detail = error.message;
  if (error.status === 400) return `Câu tìm kiếm chưa đúng: ${detail}`;
  if (error.status === 404 || error.status === 503) return detail.charAt(0).toUpperCase() + detail.slice(1);
  return `Lỗi: ${detail}`;
}

function setStatus(text, isError = false) {
  $("status").textContent = text;
  $("status").classList.toggle("error", isError);
}

function show(view) {
  $("search-view").hidden = view !== "search";
  $("doc-view").hidden = view !== "doc";
  $("cite-view").hidden = view !== "cite";
}

function searchParams() {
  const hash = location.hash.startsWith("#/search?") ? location.hash.slice(9) : "";
  return new URLSearchParams(hash);
}

function go(params) {
  const clean = new URLSearchParams();
  for (const [key, value] of params) if (value) clean.set(key, value);
  location.hash = "#/search?" + clean.toString();
}

// ---- the form ------------------------------------------------------------------------------

function formParams() {
  const params = new URLSearchParams();
  for (const name of FORM_FIELDS) {
    const field = document.querySelector(`#search-form [name=${name}]`);
    if (field.value) params.set(name, field.value.trim());
  }
  if (params.get("sort") === "relevance") params.delete("sort");
  return params;
}

function fillForm(params) {
  for (const name of FORM_FIELDS) {
    const field = document.querySelector(`#search-form [name=${name}]`);
    const value = params.get(name) || (name === "sort" ? "relevance" : "");
    if (field.tagName === "SELECT" && value && ![...field.options].some((o) => o.value === value)) {
      field.append(el("option", { value }, value));
    }
    field.value = value;
  }
}

function addOptions(select, options) {
  const known = new Set([...select.options].map((o) => o.value));
  for (const { value, label } of options) {
    if (known.has(value)) continue;
    select.append(el("option", { value }, label));
    known.add(value);
  }
}

// ---- views ---------------------------------------------------------------------------------

// Said on the page, in the form's words: the service's answer names its parameters. Only days as
// the date fields give them are compared; the service reads and checks the other forms.
function datesReversed(params) {
  const day = /^\d{4}-\d{2}-\d{2}$/;
  const from = params.get("from") || "", to = params.get("to") || "";
  return day.test(from) && day.test(to) && from > to;
}

// Counts the views route() has started. An answer that comes after the next view was asked for
// is dropped: a slow search must not be shown over the page opened after it.
let routesStarted = 0;

async function runSearch() {
  const asked = routesStarted;
  const params = searchParams();
  fillForm(params);
  show("search");
  $("results").replaceChildren();
  $("pager").replaceChildren();
  $("facets").replaceChildren();
  $("identifier-banner").hidden = true;
  $("result-tools").hidden = true;
  $("timeline").hidden = true;
  $("restored-banner").hidden = true;
  const request = new URLSearchParams(params);
  if (![...request.keys()].some((k) => ["q", "body", "type", "topic", "kind", "from", "to"].includes(k))) {
    setStatus("Nhập từ khóa (có hoặc không dấu), số hiệu văn bản, hoặc chọn bộ lọc.");
    return;
  }
  if (new TextEncoder().encode(params.get("q") || "").length > MAX_QUERY_BYTES) {
    setStatus("Câu tìm kiếm quá dài, xin rút ngắn lại (tối đa khoảng 340 chữ có dấu).", true);
    return;
  }
  if (datesReversed(params)) {
    setStatus("Từ ngày phải trước hoặc bằng Đến ngày.", true);
    return;
  }
  request.set("size", PAGE_SIZE);
  request.set("facets", "1");
  request.set("timeline", "1");
  setStatus("Đang tìm…");
  let result;
  try {
    result = await api("/api/search?" + request.toString());
  } catch (error) {
    if (asked === routesStarted) setStatus(errorText(error), true);
    return;
  }
  if (asked === routesStarted) renderResults(result, params);
}

function renderResults(result, params) {
  const total = result.total.exact ? `${result.total.estimated}` : `Khoảng ${result.total.estimated}`;
  const from = result.offset + 1;
  const to = result.offset + result.hits.length;
  setStatus(result.hits.length ? `${total} kết quả · ${from}–${to}`
            : result.total.estimated > 0 ? `Không còn kết quả từ vị trí ${from} (${total} kết quả).`
            : "Không tìm thấy kết quả nào.");

  // Nothing found: the index knows nothing of the number, and its view would say only that.
  if (result.identifiers.length && result.total.estimated > 0) {
    const number = result.identifiers[0];
    const own = result.offset > 0 || result.hits.some((hit) => hit.role === "number");
    fill($("identifier-banner"),
      "Số hiệu ", el("strong", {}, number),
      own ? ": văn bản mang số hiệu này xếp trước, sau đó là các văn bản trích dẫn. "
          : ": chỉ mục không có văn bản mang số hiệu này; dưới đây là các văn bản trích dẫn. ",
      el("a", { href: "#/cite/" + encodeURIComponent(number) }, "Xem thông tin văn bản và danh sách trích dẫn"));
    $("identifier-banner").hidden = false;
  }

  for (const hit of result.hits) {
    const what = [hit.type_name || KIND_NAMES[hit.kind], hit.number].filter(Boolean).join(" ");
    const meta = [what, hit.body_name || hit.issuer, vietnameseDate(hit.date), hit.source].filter(Boolean).join(" · ");
    const role = hit.role === "number" ? el("span", { class: "role number" }, "có số hiệu này")
               : hit.role === "cites" ? el("span", { class: "role cites" }, "trích dẫn") : null;
    $("results").append(el("li", { class: "hit", "data-id": hit.id },
      el("p", { class: "hit-title" }, el("a", { href: "#/doc/" + encodeURIComponent(hit.id) }, parts(hit.title_parts)), role),
      el("div", { class: "hit-meta" }, meta),
      hit.snippet.length ? el("p", { class: "hit-snippet" }, parts(hit.snippet)) : null,
      hit.topics.length ? el("div", { class: "chips" }, hit.topics.map((t) => el("span", { class: "chip" }, t.name || t.code))) : null));
  }
  renderFacets(result.facets || {}, params);
  renderPager(result, params);
  renderResultTools(result, params);
  renderTimeline(result.timeline, params);
  renderRestored(result, params);
}

// A query typed without diacritics, shown back with them restored: searched so when the
// service was sure (with an offer to search exactly what was typed), else offered.
function renderRestored(result, params) {
  if (!result.restored_query) return;
  const restored = new URLSearchParams(params);
  restored.set("q", result.restored_query);
  restored.delete("page");
  const asTyped = new URLSearchParams(params);
  asTyped.set("as_typed", "1");
  asTyped.delete("page");
  const link = (id, next, text) => {
    const a = el("a", { id, href: "#/search?" + next }, text);
    a.addEventListener("click", (event) => { event.preventDefault(); go(next); });
    return a;
  };
  fill($("restored-banner"), result.searched_restored
    ? ["Kết quả cho: ", el("strong", {}, result.restored_query), ". Tìm đúng như đã gõ: ", link("search-as-typed", asTyped, params.get("q"))]
    : ["Có phải bạn muốn tìm: ", link("search-restored", restored, result.restored_query), "?"]);
  $("restored-banner").hidden = false;
}

// The first and last day of a timeline period: "2016" or "2016-05".
function periodDays(period) {
  if (period.length === 4) return [`${period}-01-01`, `${period}-12-31`];
  const [year, month] = period.split("-").map(Number);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return [`${period}-01`, `${period}-${String(last).padStart(2, "0")}`];
}

// Matches per year (per month within two years) as a bar chart; a bar is a button filtering the
// search to its period.
function renderTimeline(timeline, params) {
  if (!timeline || timeline.periods.length < 2) return;
  const most = Math.max(...timeline.periods.map((p) => p.count));
  const unit = timeline.unit === "month" ? "tháng" : "năm";
  const bars = timeline.periods.map((p) => {
    const label = `${unit === "tháng" ? "Tháng " + p.period.slice(5) + "/" + p.period.slice(0, 4) : "Năm " + p.period}: ${p.count} kết quả`;
    const bar = el("button", { type: "button", class: "bar", title: label, "aria-label": label, "data-period": p.period,
                               style: `height: ${p.count ? Math.max(4, Math.round((100 * p.count) / most)) : 0}%` });
    bar.addEventListener("click", () => {
      const [from, to] = periodDays(p.period);
      const next = new URLSearchParams(params);
      next.set("from", from);
      next.set("to", to);
      next.delete("page");
      go(next);
    });
    return bar;
  });
  const first = timeline.periods[0].period, last = timeline.periods[timeline.periods.length - 1].period;
  fill($("timeline"),
    el("figcaption", {}, `Số kết quả theo ${unit}` + (timeline.undated ? ` (${timeline.undated} không rõ ngày)` : "")),
    el("div", { class: "bars" }, bars),
    el("div", { class: "axis" }, el("span", {}, first), el("span", {}, last)));
  $("timeline").hidden = false;
}

// Links to take the results away: the list as CSV, RIS or BibTeX (the first 1000), and the
// newest matches as an Atom feed to follow in a feed reader.
function renderResultTools(result, params) {
  if (!result.hits.length) return;
  const wanted = new URLSearchParams();
  for (const [name, value] of params) {
    if (["q", "body", "type", "topic", "kind", "from", "to", "sort"].includes(name)) wanted.append(name, value);
  }
  const feed = new URLSearchParams(wanted);
  feed.delete("sort");
  fill($("result-tools"), "Tải danh sách: ",
    el("a", { id: "export-csv", href: "/api/search.csv?" + wanted, download: "" }, "CSV"), " · ",
    el("a", { id: "export-ris", href: "/api/search.ris?" + wanted, download: "" }, "RIS"), " · ",
    el("a", { id: "export-bib", href: "/api/search.bib?" + wanted, download: "" }, "BibTeX"), " · ",
    el("a", { id: "feed-link", href: "/feed?" + feed, type: "application/atom+xml" }, "Theo dõi (Atom)"));
  $("result-tools").hidden = false;
}

// A button copying `text` to the clipboard, saying when it has.
function copyButton(id, text) {
  const button = el("button", { id, type: "button", class: "copy" }, "Sao chép trích dẫn");
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = "Đã sao chép";
    } catch {
      button.textContent = "Không sao chép được: hãy chọn và sao chép đoạn trích dẫn";
    }
  });
  return button;
}

// Offers the bodies and types the facets name in the filter lists.
function addFilterOptions(facets) {
  addOptions($("filter-body"), (facets.body || []).map((f) => ({ value: f.value, label: `${f.value} — ${f.name || ""}` })));
  addOptions($("filter-type"), (facets.type || []).map((f) => ({ value: f.value, label: `${f.value} — ${f.name || ""}` })));
}

// The 12 values with the most matches, as the service lists them; years newest first, as a
// time line is read.
function shownFacets(name, counts) {
  const shown = counts.slice(0, 12);
  return name === "year" ? shown.sort((a, b) => String(b.value).localeCompare(String(a.value))) : shown;
}

// The topic facet's values by the group of their topic ("Xây dựng Đảng", "Lĩnh vực"), in the
// taxonomy's order of groups, so that each group shows its own topics with the most matches.
function topicFacetsByGroup(counts) {
  const groupOf = new Map(topics.map((t) => [t.code, t.group || ""]));
  const groups = [...new Set(topics.map((t) => t.group || ""))];
  return groups.map((group) => [group, shownFacets("topic", counts.filter((f) => (groupOf.get(f.value) || "") === group))])
    .filter(([, shown]) => shown.length);
}

function renderFacets(facets, params) {
  addFilterOptions(facets);
  for (const name of ["body", "type", "topic", "year", "kind"]) {
    const all = facets[name] || [];
    const sections = name === "topic" && topics.length ? topicFacetsByGroup(all) : [["", shownFacets(name, all)]];
    if (!sections.length || !sections.some(([, counts]) => counts.length)) continue;
    $("facets").append(el("h3", {}, FACET_TITLES[name]));
    for (const [group, counts] of sections) {
      if (group) $("facets").append(el("h4", {}, group));
      $("facets").append(facetList(name, counts, params));
    }
  }
}

// One facet's values as buttons that add or remove its filter.
function facetList(name, counts, params) {
  const list = el("ul");
  for (const facet of counts) {
    const label = name === "kind" ? KIND_NAMES[facet.value] || facet.value
                : facet.name ? (name === "topic" ? facet.name : `${facet.value} — ${facet.name}`) : facet.value;
    const active = name === "year" ? params.get("from") === `${facet.value}-01-01` && params.get("to") === `${facet.value}-12-31`
                                   : params.get(name) === facet.value;
    list.append(el("li", {}, el("button", {
      type: "button", class: active ? "active" : "", "data-facet": name, "data-value": facet.value,
      onclick: () => {
        const next = searchParams();
        next.delete("page");
        if (name === "year" && active) {
          next.delete("from");
          next.delete("to");
        } else if (name === "year") {
          next.set("from", `${facet.value}-01-01`);
          next.set("to", `${facet.value}-12-31`);
        } else if (active) {
          next.delete(name);
        } else {
          next.set(name, facet.value);
        }
        go(next);
      },
    }, el("span", {}, label), el("span", { class: "count" }, facet.count))));
  }
  return list;
}

function renderPager(result, params) {
  const pages = Math.min(100, Math.ceil(result.total.estimated / PAGE_SIZE));
  if (pages <= 1) return;
  const current = result.page;
  const goto = (page) => { const next = searchParams(); next.set("page", page); go(next); };
  if (current > 1) $("pager").append(el("button", { type: "button", onclick: () => goto(current - 1) }, "‹ Trước"));
  for (let page = Math.max(1, current - 3); page <= Math.min(pages, current + 3); ++page) {
    const attributes = { type: "button", onclick: () => goto(page) };
    if (page === current) attributes["aria-current"] = "page";
    $("pager").append(el("button", attributes, page));
  }
  if (current < pages) $("pager").append(el("button", { type: "button", onclick: () => goto(current + 1) }, "Sau ›"));
}

// The document's text as paragraphs, with what the last search matched marked (the service
// marks it, with the same analysis as the search: doc.text_parts when a query was sent).
function textParagraphs(doc) {
  const parts = doc.text_parts || [{ text: doc.text, match: false }];
  const paragraphs = [el("p")];
  for (const part of parts) {
    if (part.match) { paragraphs[paragraphs.length - 1].append(el("mark", {}, part.text)); continue; }
    part.text.split(/\n\n+/).forEach((piece, i) => {
      if (i > 0) paragraphs.push(el("p"));
      paragraphs[paragraphs.length - 1].append(piece);
    });
  }
  return paragraphs;
}

// Back to the page before, if this site showed it; a page opened directly (a new tab, a
// bookmark) has none, and history.back() would leave the site: it goes to the last search, or
// the start page, instead. An entry's state says whether the site made it (see markEntry).
function backLink() {
  return el("a", { class: "back", href: "#", onclick: (e) => {
    e.preventDefault();
    if (history.state?.inApp) history.back();
    else location.hash = sessionStorage.getItem("vankien-last-search") || "#/";
  } }, "‹ Quay lại");
}

// The page opened first is marked not in-app, each one opened from it in-app. An entry keeps its
// mark when returned to or reloaded, so only an unmarked (new) entry is marked.
function markEntry(inApp) {
  if (history.state === null) history.replaceState({ inApp }, "");
}

// Shows a view once its data has come: null on failure (with the reason in the status line), or
// when another view was asked for meanwhile (which the page then shows untouched).
async function load(view, waiting, path) {
  const asked = routesStarted;
  show(view);
  $(`${view}-view`).replaceChildren();  // not the last document or number under the new one's status
  setStatus(waiting);
  try {
    const data = await api(path);
    if (asked !== routesStarted) return null;
    setStatus("");
    return data;
  } catch (error) {
    if (asked !== routesStarted) return null;
    setStatus(errorText(error), true);
    return null;
  }
}

async function showDocument(id) {
  const lastQuery = sessionStorage.getItem("vankien-last-query") || "";
  const doc = await load("doc", "Đang mở văn bản…", "/api/doc/" + encodeURIComponent(id) +
                         (lastQuery ? "?q=" + encodeURIComponent(lastQuery) : ""));
  if (!doc) return;
  const rows = [
    ["Số, ký hiệu", doc.number_as_written || doc.number],
    ["Loại", doc.type_name || KIND_NAMES[doc.kind]],
    ["Cơ quan ban hành", [doc.issuer, doc.body && `(${doc.body})`].filter(Boolean).join(" ")],
    ["Ngày", vietnameseDate(doc.date)],
    ["Nơi ban hành", doc.place],
    ["Người ký", [doc.signer_title, doc.signer].filter(Boolean).join(" — ")],
    ["Khóa, nhiệm kỳ", doc.term],
    ["Trích yếu", doc.subject],
    ["Chủ đề", doc.topics.map((t) => (t.name || t.code) +
      (t.evidence && t.evidence.length ? ` (vì ${t.evidence.map((p) => `«${p}»`).join(", ")})` : "")).join("; ")],
    ["Nguồn", doc.source],
  ].filter(([, value]) => value);
  const cited = doc.mentions.filter((m) => !m.own);
  const seen = new Set();
  fill($("doc-view"),
    backLink(),
    el("h1", { id: "doc-title" }, doc.title),
    el("table", {}, rows.map(([name, value]) => el("tr", {}, el("th", {}, name), el("td", {}, value)))),
    el("p", { class: "citation" }, "Trích dẫn: ", el("span", { id: "doc-citation" }, doc.citation), " ",
       copyButton("copy-citation", doc.citation)),
    doc.number ? el("p", {}, el("a", { href: "#/cite/" + encodeURIComponent(doc.number) }, "Các văn bản trích dẫn văn bản này")) : null,
    doc.number ? el("div", { id: "doc-validity" }) : null,
    doc.original ? el("p", {}, el("a", { id: "doc-original", href: "/api/original/" + encodeURIComponent(doc.id), download: "" },
                                  "Tải tệp gốc (" + doc.path + ")")) : null,
    el("div", { class: "text" }, textParagraphs(doc)),
    cited.length ? el("h2", {}, "Văn bản được trích dẫn") : null,
    cited.length ? el("ul", {}, cited.filter((m) => !seen.has(m.number) && seen.add(m.number)).map((m) =>
      el("li", {}, el("a", { href: "#/cite/" + encodeURIComponent(m.number) }, m.number),
         m.date ? `, ngày ${vietnameseDate(m.date)}` : "", m.issuer ? ` của ${m.issuer}` : "",
         m.subject ? ` về “${m.subject}”` : ""))) : null,
    el("section", { id: "related", class: "related" }));
  window.scrollTo(0, 0);
  showRelated(doc.id);
  if (doc.number) showDocumentValidity(doc);
}

// "Văn bản liên quan": the documents most like this one, and apart from them the documents it
// cites and those citing it. Loaded after the document, which does not wait for it.
async function showRelated(id) {
  const section = $("related");
  let related;
  try {
    related = await api("/api/doc/" + encodeURIComponent(id) + "/related");
  } catch {
    return;  // the document is shown; a list it could do without is left out
  }
  if (!section.isConnected) return;  // another document opened since
  const docLink = (docId, title) => el("a", { href: "#/doc/" + encodeURIComponent(docId) }, title || docId);
  fill(section,
    el("h2", {}, "Văn bản liên quan"),
    el("h3", {}, "Tương tự về nội dung"),
    related.similar.length
      ? el("ul", { id: "related-similar" }, related.similar.map((d) => el("li", {}, docLink(d.id, d.title),
          el("span", { class: "hit-meta" }, " · " + [d.type_name, d.number, vietnameseDate(d.date), d.source].filter(Boolean).join(" · ")))))
      : el("p", {}, "Không có."),
    related.cites.length ? el("h3", {}, "Văn bản này trích dẫn") : null,
    related.cites.length ? el("ul", { id: "related-cites" }, related.cites.map((c) => el("li", {},
      el("a", { href: "#/cite/" + encodeURIComponent(c.number) }, c.number),
      c.documents.length ? [" — ", ...c.documents.map((d, i) => [i ? ", " : "", docLink(d)])] : ""))) : null,
    related.cited_by.length ? el("h3", {}, "Văn bản trích dẫn văn bản này") : null,
    related.cited_by.length ? el("ul", { id: "related-cited-by" }, related.cited_by.map((c) => el("li", {},
      docLink(c.document, c.title), c.document_date ? ` (${vietnameseDate(c.document_date)})` : ""))) : null);
}


// The validity line of the registry record that is this document (of a reused number, the
// one listing it), once the registry answers; nothing when it does not, or when another view
// has replaced this one meanwhile.
async function showDocumentValidity(doc) {
  const slot = $("doc-validity");
  let entry;
  try {
    entry = await api("/api/cite/" + encodeURIComponent(doc.number));
  } catch {
    return;
  }
  const index = entry.records.findIndex((r) => r.documents.includes(doc.id));
  if (index >= 0 && slot.isConnected) fill(slot, validityLine(entry.records[index], "doc-validity-line"));
}

const VALIDITY_WORDS = { replaced: "đã được thay thế bởi", repealed: "đã bị bãi bỏ bởi", amended: "được sửa đổi, bổ sung bởi" };

// What the index knows of a record's validity: the documents that replaced, repealed or amended
// it, each a link to its view, with the sentence that says so; else how late it is cited.
function validityLine(r, id) {
  const v = r.validity;
  const words = VALIDITY_WORDS[v.status];
  if (!words) {
    return el("p", { class: "validity", id }, "Hiệu lực (theo chỉ mục): ", v.text);
  }
  return el("div", { class: `validity validity-${v.status}`, id },
    el("p", {}, "Hiệu lực (theo chỉ mục): ", words, " ",
       v.by.map((b, i) => [i ? ", " : "", el("a", { href: "#/doc/" + encodeURIComponent(b.document) }, b.number || b.title),
                           b.date ? ` (ngày ${vietnameseDate(b.date)})` : "",
                           b.attachment === "ambiguous" ? el("em", {}, " — văn bản này không ghi ngày của số được thay; có thể là văn bản khác cùng số") : null])),
    v.by.map((b) => el("blockquote", { class: "evidence" }, `«${b.evidence}»`)));
}

// The record's life, oldest first: its issue, guidance, plans level by level, reviews, the end.
// Plain citations are left to the list below.
function lifeTimeline(r, index) {
  const events = r.life.filter((e) => e.stage !== "citation" && e.stage !== "report");
  if (events.length < 2) return null;
  return [el("h3", {}, "Quá trình thực hiện"),
    el("ol", { class: "timeline", id: `life-${index + 1}` }, events.map((e) => {
      const c = e.citation === null ? null : r.citations[e.citation];
      const name = c ? (c.citing_number ? `${c.citing_number} — ${c.title}` : c.title || c.document) : `${r.number}`;
      return el("li", { class: `stage-${e.stage}` },
        el("span", { class: "when" }, e.date ? vietnameseDate(e.date) : "không rõ ngày"), " ",
        el("strong", {}, e.stage_name), e.level_name ? el("span", { class: "level" }, `cấp ${e.level_name}`) : null, " ",
        e.document ? el("a", { href: "#/doc/" + encodeURIComponent(e.document) }, name) : name,
        e.basis === "document_type" ? el("em", {}, " (theo loại văn bản)") : null);
    }))];
}

// For each citation of record r, the stage its stated relation puts it at ("Thay thế"), or "".
function statedStages(r) {
  const stages = r.citations.map(() => "");
  for (const e of r.life) if (e.basis === "relation") stages[e.citation] = e.stage_name;
  return stages;
}

async function showCitations(number) {
  const entry = await load("cite", "Đang tra số hiệu…", "/api/cite/" + encodeURIComponent(number));
  if (!entry) return;
  const records = entry.records;
  const stages = records.map(statedStages);
  fill($("cite-view"),
    backLink(),
    el("h1", {}, `Số hiệu ${entry.number}`),
    el("p", {}, el("a", { id: "cite-feed", href: "/feed/cite/" + encodeURIComponent(entry.number), type: "application/atom+xml" },
                   "Theo dõi các văn bản mới trích dẫn số hiệu này (Atom)")),
    records.length > 1 ? el("p", {}, `Số hiệu này được dùng cho ${records.length} văn bản khác nhau (số văn bản của Đảng được đánh lại mỗi nhiệm kỳ).`) : null,
    el("p", {}, el("a", { id: "cite-graph", href: "/api/graph?format=graphml&size=100&q=" + encodeURIComponent(entry.number), download: "" },
                   "Tải đồ thị trích dẫn (GraphML)")),
    ...records.map((r, index) => el("div", { class: "record" },
      el("h2", {}, `${records.length > 1 ? `${index + 1}. ` : ""}${r.type_name || "Văn bản"} ${r.number}`),
      el("p", {}, [r.body_name, r.issuer && `do ${r.issuer} ban hành`, r.date ? `ngày ${vietnameseDate(r.date)}` : "ngày ban hành không rõ",
                   r.term && `khóa ${r.term}`].filter(Boolean).join(", ")),
      r.subject ? el("p", {}, "Trích yếu: ", r.subject) : null,
      r.documents.length
        ? el("p", {}, "Văn bản trong chỉ mục: ", r.documents.map((id, i) => [i ? ", " : "", el("a", { href: "#/doc/" + encodeURIComponent(id) }, id)]))
        : el("p", {}, "Văn bản này không có trong chỉ mục; chỉ biết qua các văn bản trích dẫn."),
      validityLine(r, `validity-${index + 1}`),
      lifeTimeline(r, index),
      r.citations.length ? el("h3", {}, `Được trích dẫn bởi ${r.citations.length} văn bản`)
                         : el("p", {}, "Chưa có văn bản nào trong chỉ mục trích dẫn số hiệu này."),
      el("ul", {}, r.citations.map((c, i) => el("li", {},
        el("a", { href: "#/doc/" + encodeURIComponent(c.document) }, c.title || c.document),
        c.document_date ? ` (${vietnameseDate(c.document_date)})` : "",
        stages[index][i] ? el("span", { class: "level" }, stages[index][i]) : null,
        c.named_by ? el("em", {}, ` — nhắc theo tên, độ tin cậy ${Math.round(c.confidence * 100)}%`) : null,
        c.attachment === "ambiguous" ? el("em", {}, " — không ghi ngày, có thể là văn bản khác cùng số") : null))))));
  window.scrollTo(0, 0);
}

// Opens `view` with open(the rest of the address, decoded). An address cut short or edited by
// hand may hold a % that is not percent-encoding, on which decodeURIComponent throws: the page
// then says so rather than staying blank.
function openAddressed(view, encoded, open) {
  let value;
  try {
    value = decodeURIComponent(encoded);
  } catch {
    show(view);
    $(`${view}-view`).replaceChildren();
    setStatus("Địa chỉ trang này bị lỗi (có dấu % không đúng mã hóa) nên không mở được.", true);
    return undefined;
  }
  return open(value);
}

function route() {
  ++routesStarted;
  const hash = location.hash;
  if (hash.startsWith("#/doc/")) return openAddressed("doc", hash.slice(6), showDocument);
  if (hash.startsWith("#/cite/")) return openAddressed("cite", hash.slice(7), showCitations);
  const params = searchParams();
  if (params.get("q")) sessionStorage.setItem("vankien-last-query", params.get("q"));
  if ([...params.keys()].length) sessionStorage.setItem("vankien-last-search", hash);
  return runSearch();
}

async function loadTopics() {
  try {
    topics = await api("/api/topics");
    // Each group of topics under its heading.
    for (const group of [...new Set(topics.map((t) => t.group || ""))]) {
      const options = topics.filter((t) => (t.group || "") === group)
        .map((t) => el("option", { value: t.code }, `${t.name} (${t.documents})`));
      if (group) $("filter-topic").append(el("optgroup", { label: group }, options));
      else $("filter-topic").append(...options);
    }
  } catch {
    topics = [];
  }
}

$("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  go(formParams());
});
// A filter changed on the start page searches too: filters alone are a search. Only a document's
// or a number's page keeps what it shows until Tìm is pressed.
function onSearchPage() {
  return !location.hash.startsWith("#/doc/") && !location.hash.startsWith("#/cite/");
}
for (const name of ["filter-body", "filter-type", "filter-kind", "filter-topic", "filter-from", "filter-to", "filter-sort"]) {
  $(name).addEventListener("change", () => { if (onSearchPage()) go(formParams()); });
}
window.addEventListener("hashchange", () => { markEntry(true); route(); });
markEntry(false);
loadTopics().then(() => {
  // The body and type lists start with what the whole index holds.
  api("/api/search?facets=1&size=1&from=1900-01-01").then((r) => addFilterOptions(r.facets || {})).catch(() => {});
  route();
});
