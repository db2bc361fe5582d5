package org.redflag.app.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.redflag.app.input.Inputs;
import org.redflag.app.input.Limits;
import org.redflag.app.output.BriefJson;
import org.redflag.app.pipeline.Engine;
import org.redflag.graph.EventFilter;
import org.redflag.graph.GlobalEntity;
import org.redflag.graph.Knowledge;
import org.redflag.graph.ListAlerts;
import org.redflag.graph.Profile;
import org.redflag.graph.Resolution;
import org.redflag.graph.WatchReport;
import org.redflag.lists.ListDiff;
import org.redflag.lists.SnapshotInfo;
import org.redflag.lists.SourceStatus;
import org.redflag.lists.WatchlistStore;
import org.redflag.model.Brief;
import org.redflag.model.Document;
import org.redflag.model.RedflagException;
import org.redflag.model.WatchlistEntry;
import org.redflag.store.PutResult;
import org.redflag.store.Store;
import org.redflag.store.StoredDocument;

/**
 * The REST routes. Each handler parses and checks its request, calls the same library code as the
 * matching CLI command ({@link Engine}, {@link Knowledge}, {@link Store}, {@link WatchlistStore})
 * and answers JSON; failures are thrown and mapped by {@link Errors}.
 */
final class Api {
  static final int MAX_LIMIT = 500;
  static final int MAX_DEPTH = 3;
  static final int MAX_INGEST_DOCUMENTS = 100;
  private static final int SNIPPET = 280;
  private static final int RECENT_CHANGES_SHOWN = 50;

  private final ServerConfig config;
  private final CompletableFuture<Engine> engine;
  private final Store store;
  private final ObjectMapper mapper;
  private final Semaphore analyses;
  private final Object writeLock = new Object();
  private volatile @Nullable Map<String, Object> recentChanges;
  private volatile String recentChangesKey = "";

  Api(ServerConfig config, CompletableFuture<Engine> engine, Store store, ObjectMapper mapper) {
    this.config = config;
    this.engine = engine;
    this.store = store;
    this.mapper = mapper;
    this.analyses = new Semaphore(config.analysisThreads(), true);
  }

  void register(Javalin app) {
    app.get("/health", ctx -> ctx.json(Map.of("status", "ok")));
    app.get("/ready", this::ready);
    // yente's names for the same probes, so its deployments' checks work unchanged
    app.get("/healthz", ctx -> ctx.json(Map.of("status", "ok")));
    app.get("/readyz", this::ready);
    app.post("/analyze", this::analyze);
    app.post("/match/{dataset}", this::match);
    app.get("/search", this::search);
    app.get("/entities/{id}", this::entity);
    app.get("/entities/{id}/timeline", this::timeline);
    app.get("/entities/{id}/network", this::network);
    app.get("/events", this::events);
    app.get("/routes", this::routes);
    app.get("/documents/{id}", this::document);
    app.get("/lists", this::lists);
    app.post("/ingest", this::ingest);
    app.get("/alerts", this::alerts);
  }

  private void ready(Context ctx) {
    Map<String, Object> body = new LinkedHashMap<>();
    if (!engine.isDone()) {
      body.put("ready", false);
      body.put("status", "loading models and watchlists");
      ctx.status(503).header("Retry-After", "5").json(body);
      return;
    }
    Engine e = engine(ctx);
    body.put("ready", true);
    body.put("watchlistEntries", e.snapshot().entries().size());
    body.put("sources", e.snapshot().sources());
    ctx.json(body);
  }

  /** The loaded engine; 503 while it loads, 500 when it failed to load. */
  private Engine engine(Context ctx) {
    if (!engine.isDone()) {
      ctx.header("Retry-After", "5");
      throw new HttpResponseException(
          HttpStatus.SERVICE_UNAVAILABLE.getCode(),
          "the engine is still loading its models; retry shortly (GET /ready says when)");
    }
    try {
      return engine.join();
    } catch (CompletionException | java.util.concurrent.CancellationException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw RedflagException.failure("the engine failed to load: " + cause.getMessage(), cause);
    }
  }

  // ---- analysis

  private void analyze(Context ctx) {
    Document doc = documentOf(ctx);
    Engine e = engine(ctx);
    com.fasterxml.jackson.databind.node.ObjectNode brief = BriefJson.tree(analyzeBounded(e, doc));
    // An addition to the brief contract: the text the offsets point into, for the workbench.
    ((com.fasterxml.jackson.databind.node.ObjectNode) brief.get("document"))
        .put("body", doc.body());
    ctx.json(brief);
  }

  private Brief analyzeBounded(Engine e, Document doc) {
    try {
      analyses.acquire();
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
      throw RedflagException.failure("interrupted while waiting to analyze", ie);
    }
    try {
      return e.analyze(doc);
    } finally {
      analyses.release();
    }
  }

  /**
   * The document of an analyze or ingest request: a JSON object {@code {text|html|url, date?,
   * title?}}, or a raw body (PDF or HTML when its content type says so, else text) with {@code
   * date} and {@code title} as query parameters.
   */
  private Document documentOf(Context ctx) {
    String type = contentType(ctx);
    byte[] bytes = body(ctx);
    if (type.equals("application/pdf")) {
      if (bytes.length == 0) {
        throw RedflagException.badInput("empty body: send a PDF");
      }
      Document pdf = Inputs.pdf(bytes, "upload.pdf", config.maxBodyBytes());
      return withRequestFields(
          new Document(pdf.id(), pdf.title(), null, pdf.date(), pdf.body(), pdf.pages()),
          ctx.queryParam("title"),
          ctx.queryParam("date"));
    }
    String body = utf8(bytes);
    if (type.equals("application/json")) {
      return documentOf(readJson(body));
    }
    if (body.isBlank()) {
      throw RedflagException.badInput("empty body: send text, HTML or JSON {\"text\": \"...\"}");
    }
    Document doc =
        type.equals("text/html") || type.equals("application/xhtml+xml")
            ? Inputs.html(body, "about:blank")
            : Inputs.text(body, "request");
    return withRequestFields(doc, ctx.queryParam("title"), ctx.queryParam("date"));
  }

  private Document documentOf(JsonNode json) {
    if (!json.isObject()) {
      throw RedflagException.badInput("expected a JSON object {\"text\"|\"html\"|\"url\": ...}");
    }
    String text = textField(json, "text");
    String html = textField(json, "html");
    String url = textField(json, "url");
    int given = (text == null ? 0 : 1) + (html == null ? 0 : 1);
    if (given > 1 || (given == 0 && url == null)) {
      throw RedflagException.badInput("give exactly one of \"text\", \"html\" or \"url\"");
    }
    Document doc;
    if (text != null) {
      doc = Inputs.text(text, url == null ? "request" : url);
    } else if (html != null) {
      doc = Inputs.html(html, url == null ? "about:blank" : url);
    } else {
      doc =
          new Inputs(Limits.DEFAULT.withMaxBytes(config.maxBodyBytes()), System.in)
              .fetch(publicUrl(url), next -> publicUrl(next.toString()));
    }
    if (doc.body().isBlank()) {
      throw RedflagException.badInput("no text to analyze (the input is empty)");
    }
    return withRequestFields(doc, textField(json, "title"), textField(json, "date"));
  }

  private static Document withRequestFields(
      Document doc, @Nullable String title, @Nullable String date) {
    String url = doc.url();
    if ("request".equals(url) || "about:blank".equals(url)) {
      url = null;
    }
    LocalDate d = doc.date();
    if (date != null && !date.isBlank()) {
      try {
        d = LocalDate.parse(date.trim());
      } catch (DateTimeParseException e) {
        throw RedflagException.badInput("date '" + date + "' is not a date like 2023-02-28");
      }
    }
    String t = title != null && !title.isBlank() ? title : doc.title();
    if (doc.body().isBlank()) {
      throw RedflagException.badInput("no text to analyze (the input is empty)");
    }
    return new Document(doc.id(), t, url, d, doc.body(), doc.pages());
  }

  /**
   * An http(s) URL whose host is not this machine or a private network: the server must not be
   * usable to reach what only it can reach. Checked again for every redirect; the address is
   * resolved again when connecting, so a name whose address changes in between is not caught.
   */
  static URI publicUrl(String url) {
    URI uri;
    try {
      uri = new URI(url.trim());
    } catch (URISyntaxException e) {
      throw RedflagException.badInput("not a URL: " + url);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw RedflagException.badInput("only http(s) URLs can be fetched: " + url);
    }
    try {
      for (InetAddress a : InetAddress.getAllByName(uri.getHost())) {
        if (a.isLoopbackAddress()
            || a.isSiteLocalAddress()
            || a.isLinkLocalAddress()
            || a.isAnyLocalAddress()) {
          throw RedflagException.badInput(
              "refusing to fetch " + url + ": it resolves to a local or private address");
        }
      }
    } catch (UnknownHostException e) {
      throw RedflagException.badInput("unknown host: " + uri.getHost());
    }
    return uri;
  }

  // ---- screening

  private void match(Context ctx) {
    YenteMatch.Params params =
        YenteMatch.Params.of(
            ctx.queryParam("limit"), ctx.queryParam("threshold"), ctx.queryParam("cutoff"));
    JsonNode body = readJson(utf8(body(ctx)));
    Engine e = engine(ctx);
    Set<String> datasets =
        e.snapshot().sources().stream().map(SourceStatus::source).collect(Collectors.toSet());
    ctx.json(
        YenteMatch.answer(
            body, ctx.pathParam("dataset"), datasets, e.screener(), params, config.maxBatch()));
  }

  // ---- the store

  private void search(Context ctx) {
    String q = ctx.queryParam("q");
    if (q == null || q.isBlank()) {
      throw RedflagException.badInput("give a query: /search?q=NAME");
    }
    int limit = intParam(ctx, "limit", 20, 1, MAX_LIMIT);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", q);
    body.put("entities", Knowledge.over(store).find(q, limit));
    List<Map<String, Object>> docs = new ArrayList<>();
    for (StoredDocument d : store.search(q, limit)) {
      docs.add(documentSummary(d));
    }
    body.put("documents", docs);
    ctx.json(body);
  }

  private static Map<String, Object> documentSummary(StoredDocument d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", d.id());
    m.put("title", d.title());
    m.put("url", d.url());
    m.put("date", d.date());
    String body = d.body().strip();
    m.put("snippet", body.length() <= SNIPPET ? body : body.substring(0, SNIPPET) + "…");
    return m;
  }

  private Profile profile(Context ctx) {
    String id = ctx.pathParam("id");
    return Knowledge.over(store)
        .profile(id)
        .orElseThrow(() -> new NotFoundResponse("no stored entity matches '" + id + "'"));
  }

  private void entity(Context ctx) {
    Profile p = profile(ctx);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("entity", p.entity());
    body.put("aliases", p.aliases());
    body.put("listEntries", p.listEntries());
    body.put("mentionsByMonth", p.mentionsByMonth());
    body.put("timeline", p.timeline());
    body.put("connections", p.connections());
    List<Map<String, Object>> docs = new ArrayList<>();
    int shown = 0;
    for (String id : p.documents()) {
      if (shown++ >= 50) {
        break;
      }
      store.document(id).ifPresent(d -> docs.add(documentSummary(d)));
    }
    body.put("documentCount", p.documents().size());
    body.put("documents", docs);
    ctx.json(body);
  }

  private void timeline(Context ctx) {
    Profile p = profile(ctx);
    ctx.json(Map.of("entity", p.entity(), "events", p.timeline()));
  }

  private void network(Context ctx) {
    int depth = intParam(ctx, "depth", 1, 1, MAX_DEPTH);
    int perNode = intParam(ctx, "perNode", 10, 1, 100);
    String id = ctx.pathParam("id");
    Knowledge k = Knowledge.over(store);
    List<GlobalEntity> found = k.find(id, 1);
    if (found.isEmpty()) {
      throw new NotFoundResponse("no stored entity matches '" + id + "'");
    }
    ctx.json(k.network(found.get(0).id(), depth, perNode));
  }

  private void events(Context ctx) {
    EventFilter filter =
        new EventFilter(
            blankToNull(ctx.queryParam("entity")),
            blankToNull(ctx.queryParam("type")),
            blankToNull(ctx.queryParam("since")),
            blankToNull(ctx.queryParam("source")),
            intParam(ctx, "minReports", 1, 1, 1000),
            intParam(ctx, "limit", 100, 1, MAX_LIMIT));
    ctx.json(Map.of("events", Knowledge.over(store).events(filter)));
  }

  private void routes(Context ctx) {
    ctx.json(
        Map.of(
            "routes",
            Knowledge.over(store)
                .routes(
                    blankToNull(ctx.queryParam("to")),
                    blankToNull(ctx.queryParam("goods")),
                    intParam(ctx, "limit", 20, 1, MAX_LIMIT))));
  }

  private void document(Context ctx) {
    String id = ctx.pathParam("id");
    Optional<StoredDocument> d = store.document(id);
    ctx.json(d.orElseThrow(() -> new NotFoundResponse("no stored document '" + id + "'")));
  }

  private void ingest(Context ctx) {
    List<Document> docs = new ArrayList<>();
    String type = contentType(ctx);
    if (type.equals("application/json")) {
      JsonNode json = readJson(utf8(body(ctx)));
      JsonNode many = json.get("documents");
      if (many != null) {
        if (!many.isArray() || many.isEmpty()) {
          throw RedflagException.badInput("\"documents\" must be a non-empty array");
        }
        if (many.size() > MAX_INGEST_DOCUMENTS) {
          throw new HttpResponseException(
              HttpStatus.CONTENT_TOO_LARGE.getCode(),
              many.size() + " documents in one request; at most " + MAX_INGEST_DOCUMENTS);
        }
        many.forEach(d -> docs.add(documentOf(d)));
      } else {
        docs.add(documentOf(json));
      }
    } else {
      docs.add(documentOf(ctx));
    }
    Engine e = engine(ctx);
    List<PutResult> results = new ArrayList<>();
    Resolution resolution = null;
    synchronized (writeLock) {
      for (Document doc : docs) {
        if (store.contains(doc.id())) {
          results.add(store.put(new Brief(doc, List.of(), List.of(), List.of())));
          continue;
        }
        results.add(store.put(analyzeBounded(e, doc)));
      }
      if (results.stream().anyMatch(r -> r.outcome() == PutResult.Outcome.NEW)) {
        resolution = Knowledge.over(store).resolve();
      }
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("results", results);
    body.put("resolution", resolution);
    ctx.status(results.stream().anyMatch(r -> r.outcome() == PutResult.Outcome.NEW) ? 201 : 200)
        .json(body);
  }

  private void alerts(Context ctx) {
    WatchlistStore lists = WatchlistStore.at(config.home());
    String id;
    List<WatchlistEntry> entries;
    try {
      id = lists.currentId();
      entries = lists.load(id).entries();
    } catch (IOException e) {
      throw RedflagException.failure("cannot read the watchlists: " + e.getMessage(), e);
    }
    ListAlerts alerts;
    List<WatchReport> watches;
    synchronized (writeLock) {
      Knowledge k = Knowledge.over(store);
      alerts = k.rescreen(id, entries);
      watches = k.checkWatches();
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("lists", alerts);
    body.put("watches", watches);
    ctx.json(body);
  }

  // ---- watchlists

  private void lists(Context ctx) {
    WatchlistStore lists = WatchlistStore.at(config.home());
    Map<String, Object> body = new LinkedHashMap<>();
    try {
      body.put("current", info(lists.currentInfo()));
      List<SnapshotInfo> history = lists.history();
      body.put("history", history.stream().map(Api::info).toList());
      body.put("recentChanges", recentChanges(lists, history));
    } catch (IOException e) {
      throw RedflagException.failure("cannot read the watchlists: " + e.getMessage(), e);
    }
    ctx.json(body);
  }

  private static Map<String, Object> info(SnapshotInfo s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("created", s.created().toString());
    m.put("current", s.current());
    m.put("sources", s.sources());
    return m;
  }

  /** What changed between the last two snapshots (cached: snapshots never change). */
  private @Nullable Map<String, Object> recentChanges(WatchlistStore lists, List<SnapshotInfo> h)
      throws IOException {
    if (h.size() < 2) {
      return null;
    }
    String older = h.get(h.size() - 2).id();
    String newer = h.get(h.size() - 1).id();
    String key = older + ".." + newer;
    Map<String, Object> cached = recentChanges;
    if (cached != null && key.equals(recentChangesKey)) {
      return cached;
    }
    ListDiff diff = ListDiff.between(lists.load(older), lists.load(newer), null);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("older", older);
    m.put("newer", newer);
    m.put("added", diff.added().size());
    m.put("removed", diff.removed().size());
    m.put("changed", diff.changed().size());
    List<Map<String, Object>> shown = new ArrayList<>();
    diff.added().stream()
        .limit(RECENT_CHANGES_SHOWN)
        .forEach(e -> shown.add(change("added", e, List.of())));
    diff.removed().stream()
        .limit(RECENT_CHANGES_SHOWN)
        .forEach(e -> shown.add(change("removed", e, List.of())));
    diff.changed().stream()
        .limit(RECENT_CHANGES_SHOWN)
        .forEach(c -> shown.add(change("changed", c.after(), c.fields())));
    m.put("entries", shown);
    recentChanges = m;
    recentChangesKey = key;
    return m;
  }

  private static Map<String, Object> change(String kind, WatchlistEntry e, List<String> fields) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("change", kind);
    m.put("id", e.id());
    m.put("name", e.name());
    m.put("schema", e.schema().ftmName());
    m.put("programs", e.programs());
    m.put("fields", fields);
    return m;
  }

  // ---- helpers

  /**
   * The request body, read up to the limit: a chunked body has no length for {@link App}'s check to
   * refuse up front.
   */
  private byte[] body(Context ctx) {
    long max = config.maxBodyBytes();
    try (java.io.InputStream in = ctx.bodyInputStream()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (bytes.length > max) {
        throw new HttpResponseException(
            HttpStatus.CONTENT_TOO_LARGE.getCode(), "request body larger than " + max + " bytes");
      }
      return bytes;
    } catch (IOException e) {
      throw RedflagException.badInput("cannot read the request body: " + e.getMessage());
    }
  }

  private static String contentType(Context ctx) {
    String type = ctx.contentType();
    if (type == null) {
      return "text/plain";
    }
    int semi = type.indexOf(';');
    return (semi < 0 ? type : type.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
  }

  private JsonNode readJson(String body) {
    if (body.isBlank()) {
      throw RedflagException.badInput("empty body: expected JSON");
    }
    try {
      JsonNode node = mapper.readTree(body);
      if (node == null || !node.isObject()) {
        throw RedflagException.badInput("expected a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw RedflagException.badInput(
          "not JSON: " + e.getOriginalMessage().replaceAll("\\s+", " "));
    }
  }

  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw RedflagException.badInput("the body is not UTF-8 text");
    }
  }

  private static @Nullable String textField(JsonNode json, String field) {
    JsonNode v = json.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw RedflagException.badInput("\"" + field + "\" must be a string");
    }
    return v.asText();
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  static int intParam(Context ctx, String name, int fallback, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    int n;
    try {
      n = Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw RedflagException.badInput(name + " must be a whole number, was '" + v + "'");
    }
    if (n < min || n > max) {
      throw RedflagException.badInput(name + " must be " + min + ".." + max + ", was " + n);
    }
    return n;
  }
}
