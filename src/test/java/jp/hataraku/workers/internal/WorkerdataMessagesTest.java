package jp.hataraku.workers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import jp.hataraku.workers.internal.io.ImportRow;
import jp.hataraku.workers.internal.io.TabularImport;
import jp.hataraku.workers.internal.mynumber.MyNumberStorageDisabled;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class WorkerdataMessagesTest {

    private static Properties load(String name) throws Exception {
        Properties properties = new Properties();
        try (var in = WorkerdataMessagesTest.class.getResourceAsStream("/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void japanese_and_english_bundles_have_the_same_keys_and_every_code_the_code_uses() throws Exception {
        Properties ja = load("workerdata_ja.properties");
        Properties en = load("workerdata_en.properties");
        assertThat(ja.keySet()).isEqualTo(en.keySet());
        List<String> codes = List.of(TabularImport.TOO_LARGE, TabularImport.TOO_MANY_ROWS, TabularImport.EMPTY,
                TabularImport.UNREADABLE, TabularImport.XLS, TabularImport.BAD_ENCODING, TabularImport.BAD_CSV,
                TabularImport.MISSING_COLUMN, TabularImport.DUPLICATE_COLUMN, ImportRow.REQUIRED, ImportRow.BAD_DATE,
                MyNumberStorageDisabled.MESSAGE_CODE);
        assertThat(ja.keySet()).containsAll(codes);
    }

    @Test
    void messages_format_with_row_and_column_arguments() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/workerdata");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        assertThat(messages.getMessage(ImportRow.BAD_DATE, new Object[] {3, "登録日", "2023/2/30"}, Locale.JAPANESE))
                .isEqualTo("3 行目: 「登録日」の「2023/2/30」を日付として読めません（例: 2023/4/1、令和5年4月1日、R5.4.1）");
        assertThat(messages.getMessage("workerdata.bank.holder-kana.invalid", new Object[] {"花"}, Locale.ENGLISH))
                .contains("\"花\"");
    }
}
