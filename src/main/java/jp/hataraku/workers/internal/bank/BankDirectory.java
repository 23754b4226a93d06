package jp.hataraku.workers.internal.bank;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

import jp.hataraku.shared.JapaneseText;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The Zengin bank and branch directory, from the open {@code zengin-code} data set committed at
 * {@code zengin/zengin.tsv.gz} (refreshed by {@code scripts/refresh-zengin.sh}). Loaded on first use.
 * Searches ignore width, case, hiragana/katakana, small kana and long-vowel variants, so "ﾐｽﾞﾎ",
 * "みずほ" and "ミズホ" all find みずほ銀行.
 */
@Component
public class BankDirectory {

    static final String RESOURCE = "zengin/zengin.tsv.gz";
    public static final int DEFAULT_LIMIT = 20;
    /** No bank or branch name is longer; a longer query finds nothing without scanning. */
    static final int MAX_QUERY = 60;

    private final String resource;
    private volatile Data data;

    public BankDirectory() {
        this(RESOURCE);
    }

    BankDirectory(String resource) {
        this.resource = resource;
    }

    /** Banks whose code starts with, or whose name or kana contains, the query; best matches first. */
    public List<Bank> searchBanks(String query) {
        return search(data().banks.values(), query, e -> e.bank.code(), e -> e.bank);
    }

    public Optional<Bank> bank(String code) {
        Entry entry = code == null ? null : data().banks.get(code.strip());
        return Optional.ofNullable(entry).map(e -> e.bank);
    }

    /** Branches of a bank whose code starts with, or whose name or kana contains, the query. */
    public List<Branch> searchBranches(String bankCode, String query) {
        Entry entry = bankCode == null ? null : data().banks.get(bankCode.strip());
        if (entry == null) {
            return List.of();
        }
        return search(entry.branches.values(), query, b -> b.branch.code(), b -> b.branch);
    }

    public Optional<Branch> branch(String bankCode, String branchCode) {
        Entry entry = bankCode == null ? null : data().banks.get(bankCode.strip());
        if (entry == null || branchCode == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(entry.branches.get(branchCode.strip())).map(b -> b.branch);
    }

    /** The "source: npm zengin-code VERSION ..." line of the data file, for the about page. */
    public String source() {
        return data().source;
    }

    /** A search key that also folds small kana to large and every dash to one, as Zengin kana do. */
    static String key(String text) {
        String folded = JapaneseText.searchKey(text);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().forEach(cp -> out.appendCodePoint(foldSmall(cp)));
        return out.toString();
    }

    private static int foldSmall(int cp) {
        return switch (cp) {
            case 'ぁ', 'ぃ', 'ぅ', 'ぇ', 'ぉ', 'っ', 'ゃ', 'ゅ', 'ょ', 'ゎ' -> cp + 1;
            case 'ゕ' -> 'か';
            case 'ゖ' -> 'け';
            case '-', '‐', '‑', '–', '—', '−', 'ｰ', '－' -> 'ー';
            default -> cp;
        };
    }

    private interface Keyed {
        String code();

        String nameKey();

        String kanaKey();
    }

    private static <E extends Keyed, T> List<T> search(Iterable<E> entries, String query,
            Function<E, String> codeOf, Function<E, T> valueOf) {
        String q = key(query == null ? "" : query);
        if (q.isEmpty() || q.length() > MAX_QUERY) {
            return List.of();
        }
        List<Hit<T>> hits = new ArrayList<>();
        for (E e : entries) {
            int rank;
            if (e.code().startsWith(q)) {
                rank = 0;
            } else if (e.nameKey().startsWith(q) || e.kanaKey().startsWith(q)) {
                rank = 1;
            } else if (e.nameKey().contains(q) || e.kanaKey().contains(q)) {
                rank = 2;
            } else {
                continue;
            }
            hits.add(new Hit<>(rank, codeOf.apply(e), valueOf.apply(e)));
        }
        return hits.stream()
                .sorted(Comparator.comparingInt((Hit<T> h) -> h.rank).thenComparing(h -> h.code))
                .limit(DEFAULT_LIMIT)
                .map(h -> h.value)
                .toList();
    }

    private record Hit<T>(int rank, String code, T value) {
    }

    private record Entry(Bank bank, String nameKey, String kanaKey, Map<String, BranchEntry> branches) implements Keyed {
        @Override
        public String code() {
            return bank.code();
        }
    }

    private record BranchEntry(Branch branch, String nameKey, String kanaKey) implements Keyed {
        @Override
        public String code() {
            return branch.code();
        }
    }

    private record Data(String source, Map<String, Entry> banks) {
    }

    private Data data() {
        Data loaded = data;
        if (loaded == null) {
            synchronized (this) {
                loaded = data;
                if (loaded == null) {
                    loaded = load();
                    data = loaded;
                }
            }
        }
        return loaded;
    }

    private Data load() {
        try (InputStream in = new GZIPInputStream(new ClassPathResource(resource).getInputStream());
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String source = "";
            Map<String, Entry> banks = new LinkedHashMap<>();
            Entry current = null;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("# source: ")) {
                    source = line.substring(2);
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 4) {
                    continue;
                }
                if (f[0].equals("B")) {
                    current = new Entry(new Bank(f[1], f[2], f[3]), key(f[2]), key(f[3]), new LinkedHashMap<>());
                    banks.put(f[1], current);
                } else if (f[0].equals("R") && current != null) {
                    current.branches.put(f[1], new BranchEntry(new Branch(current.bank.code(), f[1], f[2], f[3]),
                            key(f[2]), key(f[3])));
                }
            }
            return new Data(source, banks);
        } catch (IOException e) {
            throw new UncheckedIOException("Zengin directory " + resource + " cannot be read", e);
        }
    }
}
