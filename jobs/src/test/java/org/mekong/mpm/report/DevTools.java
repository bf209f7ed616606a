package org.mekong.mpm.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal Chrome DevTools Protocol client over the JDK's WebSocket: headless Chromium started with
 * {@code --remote-debugging-port=0}, one page target attached in flat mode, commands answered by id,
 * every event kept for the test to inspect.
 */
final class DevTools implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
  private final ObjectMapper json = new ObjectMapper();
  private final Process chromium;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new ArrayList<>();
  private String session;

  private DevTools(Process chromium, URI endpoint) throws Exception {
    this.chromium = chromium;
    this.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30))
        .buildAsync(endpoint, new Listener()).get(30, TimeUnit.SECONDS);
  }

  static DevTools launch(Path chromiumBinary, Path profile, int width, int height) throws Exception {
    List<String> cmd = ChromiumPdf.baseCommand(chromiumBinary, profile);
    cmd.addAll(List.of("--remote-debugging-port=0", "--window-size=" + width + "," + height, "about:blank"));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    CompletableFuture<URI> endpoint = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          Matcher m = LISTENING.matcher(line);
          if (m.find()) endpoint.complete(URI.create(m.group(1)));
        }
      } catch (IOException e) {
        endpoint.completeExceptionally(e);
      }
      endpoint.completeExceptionally(new IOException("Chromium exited before listening"));
    });
    reader.setDaemon(true);
    reader.start();
    DevTools t = new DevTools(p, endpoint.get(90, TimeUnit.SECONDS));
    ObjectNode target = t.json.createObjectNode().put("url", "about:blank");
    String targetId = t.send(null, "Target.createTarget", target).path("targetId").asText();
    t.session = t.send(null, "Target.attachToTarget",
        t.json.createObjectNode().put("targetId", targetId).put("flatten", true)).path("sessionId").asText();
    return t;
  }

  ObjectNode params() {
    return json.createObjectNode();
  }

  /** A command to the attached page. */
  JsonNode page(String method, ObjectNode params) throws Exception {
    return send(session, method, params);
  }

  private JsonNode send(String sessionId, String method, ObjectNode params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode msg = json.createObjectNode().put("id", id).put("method", method);
    msg.set("params", params);
    if (sessionId != null) msg.put("sessionId", sessionId);
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    socket.sendText(json.writeValueAsString(msg), true).get(30, TimeUnit.SECONDS);
    JsonNode r = reply.get(120, TimeUnit.SECONDS);
    if (r.has("error")) throw new IllegalStateException(method + ": " + r.get("error"));
    return r.path("result");
  }

  /** Waits for an event of the page. */
  JsonNode await(String method, long seconds) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < end) {
      for (JsonNode e : events()) if (e.path("method").asText().equals(method)) return e;
      Thread.sleep(50);
    }
    throw new IllegalStateException("no " + method + " within " + seconds + " s");
  }

  List<JsonNode> events() {
    synchronized (events) {
      return List.copyOf(events);
    }
  }

  List<JsonNode> events(Predicate<String> method) {
    return events().stream().filter(e -> method.test(e.path("method").asText())).toList();
  }

  @Override
  public void close() {
    socket.abort();
    chromium.destroy();
    try {
      if (!chromium.waitFor(10, TimeUnit.SECONDS)) chromium.destroyForcibly();
    } catch (InterruptedException e) {
      chromium.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          JsonNode msg = json.readTree(partial.toString());
          if (msg.has("id")) {
            CompletableFuture<JsonNode> f = pending.remove(msg.get("id").asInt());
            if (f != null) f.complete(msg);
          } else {
            synchronized (events) {
              events.add(msg);
            }
          }
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
        partial.setLength(0);
      }
      ws.request(1);
      return null;
    }
  }
}
