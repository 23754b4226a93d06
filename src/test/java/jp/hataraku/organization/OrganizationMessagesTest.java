package jp.hataraku.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text exists in Japanese and English, and every message code the code names has a text. */
class OrganizationMessagesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(OrganizationMessagesTest.class.getResourceAsStream("/i18n/" + name),
                StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"shared", "organization"})
    void japanese_and_english_have_the_same_keys(String bundle) throws IOException {
        assertThat(load(bundle + "_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load(bundle + "_ja.properties").stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"src/main/java/jp/hataraku/shared", "src/main/java/jp/hataraku/organization"})
    void every_message_code_in_the_code_has_a_text(String dir) throws IOException {
        Set<String> keys = new TreeSet<>(load("shared_ja.properties").stringPropertyNames());
        keys.addAll(load("organization_ja.properties").stringPropertyNames());
        Pattern code = Pattern.compile("\"((?:shared|organization)\\.[A-Za-z.]+[A-Za-z])\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of(dir))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = code.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1);
                    // Prefixes that the code completes (".empty") are checked through their completions.
                    if (!keys.contains(key) && keys.stream().noneMatch(k -> k.startsWith(key + "."))) {
                        missing.add(key);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
