package jp.hataraku.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The list of commonly used and breached passwords that nobody may choose. */
@Component
class CommonPasswords {

    private final Set<String> passwords = new HashSet<>();

    CommonPasswords() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource("identity/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
            in.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(l -> passwords.add(l.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean contains(String raw) {
        return passwords.contains(raw.toLowerCase(Locale.ROOT));
    }

    int size() {
        return passwords.size();
    }
}
