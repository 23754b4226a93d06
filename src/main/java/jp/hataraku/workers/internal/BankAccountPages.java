package jp.hataraku.workers.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jp.hataraku.workers.internal.bank.BankAccountStore;
import org.springframework.context.MessageSource;

/** Turns the store's field problems into messages for the page, field by field. */
final class BankAccountPages {

    private BankAccountPages() {
    }

    static Map<String, String> messages(BankAccountStore.Validated validated, MessageSource messages, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        validated.errors().forEach(e -> byField.putIfAbsent(e.field(),
                messages.getMessage(e.code(), e.args().toArray(), locale)));
        return byField;
    }
}
