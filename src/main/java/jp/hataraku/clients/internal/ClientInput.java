package jp.hataraku.clients.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.hataraku.clients.ClientType;
import jp.hataraku.clients.Clients.AgreementKind;
import jp.hataraku.clients.LeadSource;
import jp.hataraku.shared.Checked;
import jp.hataraku.shared.CorporateNumber;
import jp.hataraku.shared.FieldError;
import jp.hataraku.shared.FlexibleDateParser;
import jp.hataraku.shared.JapaneseText;
import jp.hataraku.shared.Parsed;
import jp.hataraku.shared.PhoneNumber;
import jp.hataraku.shared.Yen;

/**
 * Reads what staff typed into the clients module's values: the value, or each field's problem as a
 * message code ({@code i18n/clients_*.properties}, {@code i18n/shared_*}). Never throws on input.
 */
final class ClientInput {

    static final int MAX_TEXT = 200;
    static final int MAX_NOTE = 2000;
    static final int MAX_LINES = 20;

    private ClientInput() {
    }

    static Checked<ClientDetails> client(String name, String nameKana, String corporateNumber, String type,
            String address, String note) {
        List<FieldError> errors = new ArrayList<>();
        String n = required(errors, "name", name, MAX_TEXT);
        String k = required(errors, "nameKana", nameKana, MAX_TEXT);
        Optional<String> number = Optional.empty();
        if (!blank(corporateNumber)) {
            Parsed<CorporateNumber> parsed = CorporateNumber.parse(corporateNumber);
            if (parsed.isValid()) {
                number = Optional.of(parsed.get().value());
            } else {
                errors.add(FieldError.of("corporateNumber", parsed));
            }
        }
        ClientType t = oneOf(errors, "type", ClientType.class, type);
        String a = optional(errors, "address", address, MAX_TEXT);
        String o = optional(errors, "note", note, MAX_NOTE);
        return errors.isEmpty() ? Checked.valid(new ClientDetails(n, k, number, t, a, o)) : Checked.invalid(errors);
    }

    static Checked<ContactDetails> contact(String name, String nameKana, String department, String email,
            String phone) {
        List<FieldError> errors = new ArrayList<>();
        String n = required(errors, "name", name, MAX_TEXT);
        String k = optional(errors, "nameKana", nameKana, MAX_TEXT);
        String d = optional(errors, "department", department, MAX_TEXT);
        String e = optional(errors, "email", email, MAX_TEXT);
        if (!e.isEmpty() && !e.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(new FieldError("email", "clients.error.email", List.of()));
        }
        String p = "";
        if (!blank(phone)) {
            Parsed<PhoneNumber> parsed = PhoneNumber.parse(phone);
            if (parsed.isValid()) {
                p = parsed.get().value();
            } else {
                errors.add(FieldError.of("phone", parsed));
            }
        }
        return errors.isEmpty() ? Checked.valid(new ContactDetails(n, k, d, e.toLowerCase(java.util.Locale.ROOT), p))
                : Checked.invalid(errors);
    }

    /** A lead as typed; the owner is a worker id checked by the caller. */
    record LeadInput(String companyName, String companyKana, LeadSource source, Optional<Long> owner, String note,
            LocalDate receivedOn) {
    }

    static Checked<LeadInput> lead(String companyName, String companyKana, String source, String owner, String note,
            String receivedOn, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        String n = required(errors, "companyName", companyName, MAX_TEXT);
        String k = optional(errors, "companyKana", companyKana, MAX_TEXT);
        LeadSource s = oneOf(errors, "source", LeadSource.class, source);
        Optional<Long> o = Optional.empty();
        if (!blank(owner)) {
            String digits = JapaneseText.nfkc(owner).strip();
            if (digits.matches("[0-9]{1,15}")) {
                o = Optional.of(Long.parseLong(digits));
            } else {
                errors.add(new FieldError("ownerWorkerId", "clients.error.owner", List.of()));
            }
        }
        String t = optional(errors, "note", note, MAX_NOTE);
        LocalDate r = blank(receivedOn) ? today : date(errors, "receivedOn", receivedOn);
        return errors.isEmpty() ? Checked.valid(new LeadInput(n, k, s, o, t, r)) : Checked.invalid(errors);
    }

    record ActivityInput(LocalDate date, ActivityKind kind, String note) {
    }

    static Checked<ActivityInput> activity(String date, String kind, String note, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate d = blank(date) ? today : date(errors, "activityDate", date);
        ActivityKind k = oneOf(errors, "kind", ActivityKind.class, kind);
        String n = required(errors, "note", note, MAX_NOTE);
        return errors.isEmpty() ? Checked.valid(new ActivityInput(d, k, n)) : Checked.invalid(errors);
    }

    record AgreementInput(AgreementKind kind, LocalDate from, LocalDate to, AgreementStatus status) {
    }

    static Checked<AgreementInput> agreement(String kind, String from, String to, String status) {
        List<FieldError> errors = new ArrayList<>();
        AgreementKind k = oneOf(errors, "kind", AgreementKind.class, kind);
        LocalDate f = date(errors, "validFrom", from);
        LocalDate t = date(errors, "validTo", to);
        if (f != null && t != null && t.isBefore(f)) {
            errors.add(new FieldError("validTo", "clients.error.period", List.of()));
        }
        AgreementStatus s = oneOf(errors, "status", AgreementStatus.class, status);
        if (s == AgreementStatus.TERMINATED) {
            errors.add(new FieldError("status", "clients.error.choose", List.of()));
        }
        return errors.isEmpty() ? Checked.valid(new AgreementInput(k, f, t, s)) : Checked.invalid(errors);
    }

    record QuoteInput(String title, LocalDate issuedOn, LocalDate validUntil, List<QuoteLine> lines) {
    }

    /** One typed row of the quote form; a row left wholly empty is skipped. */
    record LineText(String description, String quantity, String unit, String unitPrice, String taxRate) {
        boolean isEmpty() {
            return blank(description) && blank(quantity) && blank(unit) && blank(unitPrice);
        }
    }

    static Checked<QuoteInput> quote(String title, String issuedOn, String validUntil, List<LineText> rows,
            LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        String t = required(errors, "title", title, MAX_TEXT);
        LocalDate issued = blank(issuedOn) ? today : date(errors, "issuedOn", issuedOn);
        LocalDate valid = date(errors, "validUntil", validUntil);
        if (issued != null && valid != null && valid.isBefore(issued)) {
            errors.add(new FieldError("validUntil", "clients.error.validUntil", List.of()));
        }
        List<QuoteLine> lines = new ArrayList<>();
        for (int i = 0; i < rows.size() && i < MAX_LINES; i++) {
            LineText row = rows.get(i);
            if (row == null || row.isEmpty()) {
                continue;
            }
            String prefix = "lines[" + i + "].";
            String d = required(errors, prefix + "description", row.description(), MAX_TEXT);
            Long q = null;
            String qty = JapaneseText.nfkc(row.quantity() == null ? "" : row.quantity()).replace(",", "").strip();
            if (qty.matches("[0-9]{1,9}") && Long.parseLong(qty) > 0) {
                q = Long.parseLong(qty);
            } else {
                errors.add(new FieldError(prefix + "quantity", "clients.error.quantity", List.of()));
            }
            String u = optional(errors, prefix + "unit", row.unit(), 20);
            Long price = null;
            Parsed<Yen> yen = Yen.parse(row.unitPrice() == null ? "" : row.unitPrice());
            if (!yen.isValid()) {
                errors.add(FieldError.of(prefix + "unitPrice", yen));
            } else if (yen.get().isNegative() || yen.get().amount() > 1_000_000_000L) {
                errors.add(new FieldError(prefix + "unitPrice", "clients.error.unitPrice", List.of()));
            } else {
                price = yen.get().amount();
            }
            TaxRate rate = "8".equals(row.taxRate()) ? TaxRate.REDUCED
                    : "10".equals(row.taxRate()) ? TaxRate.STANDARD : null;
            if (rate == null) {
                errors.add(new FieldError(prefix + "taxRate", "clients.error.choose", List.of()));
            }
            if (d != null && q != null && price != null && rate != null) {
                lines.add(new QuoteLine(d, q, u, price, rate));
            }
        }
        if (lines.isEmpty() && errors.stream().noneMatch(e -> e.field() != null && e.field().startsWith("lines"))) {
            errors.add(new FieldError("lines[0].description", "clients.error.noLines", List.of()));
        }
        return errors.isEmpty() ? Checked.valid(new QuoteInput(t, issued, valid, lines)) : Checked.invalid(errors);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String required(List<FieldError> errors, String field, String value, int max) {
        if (blank(value)) {
            errors.add(new FieldError(field, "clients.error.required", List.of()));
            return null;
        }
        return optional(errors, field, value, max);
    }

    private static String optional(List<FieldError> errors, String field, String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.length() > max) {
            errors.add(new FieldError(field, "clients.error.tooLong", List.of(String.valueOf(max))));
        }
        return v;
    }

    private static LocalDate date(List<FieldError> errors, String field, String value) {
        Parsed<LocalDate> parsed = FlexibleDateParser.parse(value == null ? "" : value);
        if (!parsed.isValid()) {
            errors.add(FieldError.of(field, parsed));
            return null;
        }
        return parsed.get();
    }

    private static <E extends Enum<E>> E oneOf(List<FieldError> errors, String field, Class<E> type, String value) {
        if (!blank(value)) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(value.strip())) {
                    return e;
                }
            }
        }
        errors.add(new FieldError(field, "clients.error.choose", List.of()));
        return null;
    }
}
