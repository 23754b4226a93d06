package jp.hataraku.workers.internal;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.hataraku.identity.Audit;
import jp.hataraku.shared.JapaneseText;
import jp.hataraku.shared.TokyoClock;
import jp.hataraku.workers.Application;
import jp.hataraku.workers.Gender;
import jp.hataraku.workers.WorkPlace;
import jp.hataraku.workers.Workers;
import jp.hataraku.workers.internal.io.ImportColumn;
import jp.hataraku.workers.internal.io.ImportPreview;
import jp.hataraku.workers.internal.io.ImportRow;
import jp.hataraku.workers.internal.io.TabularImport;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An existing roster (CSV or XLSX) read into workers: a preview with every problem before anything is
 * written, then the valid rows registered through {@link WorkerService#apply} without a sign-in account —
 * APPLIED, or ACTIVE (briefed and terms accepted on that date) when the row has an NDA acceptance date.
 * Possible duplicates are flagged by the service as on the application form.
 */
@Service
class RosterImport {

    /** Smaller than the reader's own limit: the file waits in the HTTP session between preview and confirm. */
    static final TabularImport.Limits LIMITS = new TabularImport.Limits(5L * 1024 * 1024, 5_000);

    static final List<ImportColumn> COLUMNS = List.of(
            ImportColumn.required("name", "氏名", "名前", "name"),
            ImportColumn.required("nameKana", "ふりがな", "フリガナ", "氏名カナ", "カナ", "kana", "name kana"),
            ImportColumn.required("birthDate", "生年月日", "birth date", "birthday"),
            ImportColumn.required("postalCode", "郵便番号", "〒", "postal code", "zip"),
            ImportColumn.required("address", "住所", "address"),
            ImportColumn.required("phone", "電話番号", "電話", "phone", "tel"),
            ImportColumn.required("email", "メールアドレス", "メール", "e-mail", "email"),
            ImportColumn.optional("gender", "性別", "gender"),
            ImportColumn.optional("place", "希望場所", "勤務場所", "place"),
            ImportColumn.optional("appliedOn", "申込日", "登録日", "applied on"),
            ImportColumn.optional("ndaOn", "NDA同意日", "NDA締結日", "nda accepted on"));

    static final String BAD_KANA = "workerdata.import.value.kana";
    static final String BAD_EMAIL = "workerdata.import.value.email";
    static final String BAD_POSTAL = "workerdata.import.value.postal-code";
    static final String BAD_PHONE = "workerdata.import.value.phone";
    static final String BAD_GENDER = "workerdata.import.value.gender";
    static final String BAD_PLACE = "workerdata.import.value.place";
    static final String NDA_BEFORE_APPLIED = "workerdata.import.value.nda-before-applied";
    static final String FUTURE = "workerdata.import.value.future";
    static final String SAME_EMAIL_IN_FILE = "workerdata.import.value.duplicate-in-file";

    /** One valid roster row. */
    record RosterRow(String name, String nameKana, LocalDate birthDate, Gender gender, String postalCode,
            String address, String phone, String email, WorkPlace place, LocalDate appliedOn, LocalDate ndaOn) {
    }

    /** The preview and, for each valid row number, the id of a registered worker it may duplicate. */
    record Preview(ImportPreview<RosterRow> rows, Map<Integer, Long> possibleDuplicates) {
    }

    private final WorkerService workers;
    private final WorkerRepository repository;
    private final Audit audit;
    private final TokyoClock clock;

    RosterImport(WorkerService workers, WorkerRepository repository, Audit audit, TokyoClock clock) {
        this.workers = workers;
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Preview preview(byte[] file, TabularImport.Encoding encoding) {
        LocalDate today = clock.today();
        Map<String, Integer> emailRows = new HashMap<>();
        ImportPreview<RosterRow> rows = new TabularImport(COLUMNS, LIMITS)
                .preview(new ByteArrayInputStream(file), encoding, row -> map(row, today, emailRows));
        Map<Integer, Long> duplicates = new LinkedHashMap<>();
        for (ImportPreview.ValidRow<RosterRow> valid : rows.validRows()) {
            RosterRow r = valid.value();
            repository.findPossibleDuplicate(r.email(), JapaneseText.nfkc(r.name()), r.birthDate())
                    .ifPresent(id -> duplicates.put(valid.row(), id));
        }
        return new Preview(rows, duplicates);
    }

    /** Registers the valid rows, all or none; returns how many. */
    @Transactional
    int importValidRows(byte[] file, TabularImport.Encoding encoding, long municipalityId) {
        ImportPreview<RosterRow> rows = preview(file, encoding).rows();
        if (!rows.fileErrors().isEmpty()) {
            return 0;
        }
        for (ImportPreview.ValidRow<RosterRow> valid : rows.validRows()) {
            RosterRow r = valid.value();
            Application application = new Application(r.name(), r.nameKana(), r.birthDate(), r.gender(), municipalityId,
                    r.postalCode(), r.address(), r.phone(), r.email(), Set.of(), null, Set.of(), r.place(), Set.of(),
                    null, Set.of(), false, null, Workers.CURRENT_PRIVACY_NOTICE_VERSION, null);
            LocalDate appliedOn = r.appliedOn() != null ? r.appliedOn() : r.ndaOn() != null ? r.ndaOn() : clock.today();
            long id = workers.apply(application, appliedOn);
            if (r.ndaOn() != null) {
                workers.markBriefed(id, r.ndaOn());
                workers.acceptTerms(id, Workers.CURRENT_TERMS_VERSION, r.ndaOn());
            }
        }
        audit.event("WORKERS_IMPORTED", "municipality=" + municipalityId + " rows=" + rows.validRows().size()
                + " skipped=" + (rows.rowCount() - rows.validRows().size()));
        return rows.validRows().size();
    }

    private static RosterRow map(ImportRow row, LocalDate today, Map<String, Integer> emailRows) {
        String name = row.required("name");
        String kana = row.required("nameKana");
        if (!kana.isEmpty() && !Parse.isKana(kana)) {
            row.reject("nameKana", BAD_KANA, kana);
        }
        Optional<LocalDate> birth = row.date("birthDate");
        if (birth.isEmpty() && row.text("birthDate").isEmpty()) {
            row.required("birthDate");
        }
        String postal = row.required("postalCode");
        String postalCode = postal.isEmpty() ? null : Parse.postalCode(postal);
        if (!postal.isEmpty() && postalCode == null) {
            row.reject("postalCode", BAD_POSTAL, postal);
        }
        String address = row.required("address");
        String phoneText = row.required("phone");
        String phone = phoneText.isEmpty() ? null : Parse.phone(phoneText);
        if (!phoneText.isEmpty() && phone == null) {
            row.reject("phone", BAD_PHONE, phoneText);
        }
        String email = row.required("email");
        if (!email.isEmpty() && !Parse.isEmail(email)) {
            row.reject("email", BAD_EMAIL, email);
        } else if (!email.isEmpty()) {
            Integer first = emailRows.putIfAbsent(email.toLowerCase(Locale.ROOT), row.number());
            if (first != null) {
                row.reject("email", SAME_EMAIL_IN_FILE, email, first);
            }
        }
        Gender gender = row.optional("gender").map(RosterImport::gender).orElse(Gender.UNDISCLOSED);
        if (gender == null) {
            row.reject("gender", BAD_GENDER, row.text("gender"));
        }
        WorkPlace place = row.optional("place").map(RosterImport::place).orElse(WorkPlace.EITHER);
        if (place == null) {
            row.reject("place", BAD_PLACE, row.text("place"));
        }
        Optional<LocalDate> appliedOn = row.date("appliedOn");
        Optional<LocalDate> ndaOn = row.date("ndaOn");
        appliedOn.filter(d -> d.isAfter(today)).ifPresent(d -> row.reject("appliedOn", FUTURE, row.text("appliedOn")));
        ndaOn.filter(d -> d.isAfter(today)).ifPresent(d -> row.reject("ndaOn", FUTURE, row.text("ndaOn")));
        if (appliedOn.isPresent() && ndaOn.isPresent() && ndaOn.get().isBefore(appliedOn.get())) {
            row.reject("ndaOn", NDA_BEFORE_APPLIED, row.text("ndaOn"));
        }
        if (row.hasProblems()) {
            return null;
        }
        return new RosterRow(name, kana, birth.orElseThrow(), gender, postalCode, address, phone, email, place,
                appliedOn.orElse(null), ndaOn.orElse(null));
    }

    private static Gender gender(String text) {
        return switch (JapaneseText.nfkc(text).strip().toUpperCase(Locale.ROOT)) {
            case "女", "女性", "F", "FEMALE" -> Gender.FEMALE;
            case "男", "男性", "M", "MALE" -> Gender.MALE;
            case "その他", "OTHER" -> Gender.OTHER;
            case "回答しない", "無回答", "不明", "UNDISCLOSED" -> Gender.UNDISCLOSED;
            default -> null;
        };
    }

    private static WorkPlace place(String text) {
        return switch (JapaneseText.nfkc(text).strip().toUpperCase(Locale.ROOT)) {
            case "自宅", "在宅", "HOME" -> WorkPlace.HOME;
            case "テレワークセンター", "センター", "TELEWORK_CENTRE" -> WorkPlace.TELEWORK_CENTRE;
            case "どちらでもよい", "どちらでも", "EITHER" -> WorkPlace.EITHER;
            default -> null;
        };
    }
}
