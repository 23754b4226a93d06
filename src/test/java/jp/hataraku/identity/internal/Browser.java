package jp.hataraku.identity.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A tiny cookie-keeping HTTP client that fills in the CSRF token of the last page it saw. */
final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+(?:type=\"hidden\"\\s+)?value=\"([^\"]+)\"|<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private static final String HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrf;

    Browser(int port) {
        this.base = "http://localhost:" + port;
    }

    record Page(int status, String location, String body, HttpResponse<String> raw) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    Page get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", HTML).GET());
    }

    /** Fetches the page at {@code path} first when no CSRF token is known yet. */
    Page post(String path, Map<String, String> form) {
        if (csrf == null) {
            get("/login");
        }
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.putIfAbsent("_csrf", csrf);
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", HTML).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A JSON POST as a script would send it, with the CSRF token in the header. */
    Page postJson(String path, String json) {
        if (csrf == null) {
            get("/login");
        }
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", csrf).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Page follow(Page page) {
        Page current = page;
        for (int i = 0; i < 5 && current.location() != null; i++) {
            current = get(current.location());
        }
        return current;
    }

    Page signIn(String email, String password) {
        get("/login");
        return post("/login", Map.of("username", email, "password", password));
    }

    Page send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String setCookie : response.headers().allValues("Set-Cookie")) {
                String pair = setCookie.split(";", 2)[0];
                String name = pair.substring(0, pair.indexOf('='));
                String value = pair.substring(pair.indexOf('=') + 1);
                if (value.isEmpty() || setCookie.toLowerCase().contains("max-age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            Matcher m = CSRF.matcher(response.body());
            if (m.find()) {
                csrf = m.group(1) != null ? m.group(1) : m.group(2);
            }
            String location = response.headers().firstValue("Location")
                    .map(l -> l.startsWith(base) ? l.substring(base.length()) : l).orElse(null);
            return new Page(response.statusCode(), location, response.body(), response);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : base + path);
    }

    String cookie(String name) {
        return cookies.get(name);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
