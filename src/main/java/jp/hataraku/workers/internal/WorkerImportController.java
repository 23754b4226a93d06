package jp.hataraku.workers.internal;

import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;
import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.CurrentUser;
import jp.hataraku.identity.Role;
import jp.hataraku.organization.Municipality;
import jp.hataraku.workers.internal.io.ImportPreview;
import jp.hataraku.workers.internal.io.ImportProblem;
import jp.hataraku.workers.internal.io.TabularImport;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff import an existing roster: upload, a preview listing every row's problems, then confirm. Between the
 * two the file waits in the HTTP session (at most {@link RosterImport#LIMITS} bytes) with a one-time token;
 * nothing reaches the worker tables before the confirmation.
 */
@Controller
@RequestMapping("/workers/import")
class WorkerImportController {

    static final String PENDING = WorkerImportController.class.getName() + ".pending";

    /** The uploaded file waiting for confirmation. */
    record PendingImport(String token, byte[] file, TabularImport.Encoding encoding, long municipalityId,
            String fileName) implements Serializable {
    }

    /** One problem as the preview table shows it. */
    record ProblemView(int row, String column, String message) {
    }

    private final Accounts accounts;
    private final WorkerQueries queries;
    private final RosterImport roster;
    private final MessageSource messages;

    WorkerImportController(Accounts accounts, WorkerQueries queries, RosterImport roster, MessageSource messages) {
        this.accounts = accounts;
        this.queries = queries;
        this.roster = roster;
        this.messages = messages;
    }

    @GetMapping
    String form(Model model) {
        requireImporter();
        return formPage(model, "", TabularImport.Encoding.AUTO.name(), Map.of());
    }

    @PostMapping("/preview")
    String preview(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "AUTO") String encoding, @RequestParam(defaultValue = "") String municipalityId,
            Model model, Locale locale, HttpSession session) throws IOException {
        requireImporter();
        session.removeAttribute(PENDING);
        TabularImport.Encoding chosen = Parse.oneOf(TabularImport.Encoding.class, encoding);
        if (chosen == null) {
            chosen = TabularImport.Encoding.AUTO;
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Long town = Parse.id(municipalityId);
        if (town == null || !visible(town)) {
            errors.put("municipalityId", msg("workerdata.import.town.required", locale));
        }
        String name = file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        String lower = name.toLowerCase(Locale.ROOT);
        if (file == null || file.isEmpty()) {
            errors.put("import-file", msg("workerdata.import.file.required", locale));
        } else if (!lower.endsWith(".csv") && !lower.endsWith(".xlsx")) {
            errors.put("import-file", msg("workerdata.import.file.type", locale));
        } else if (file.getSize() > RosterImport.LIMITS.maxBytes()) {
            errors.put("import-file", messages.getMessage(TabularImport.TOO_LARGE,
                    ImportProblem.file(TabularImport.TOO_LARGE, RosterImport.LIMITS.maxBytes() / (1024 * 1024)).messageArgs(),
                    locale));
        }
        if (!errors.isEmpty()) {
            return formPage(model, municipalityId, chosen.name(), errors);
        }
        byte[] bytes = file.getBytes();
        RosterImport.Preview preview = roster.preview(bytes, chosen);
        ImportPreview<RosterImport.RosterRow> rows = preview.rows();
        model.addAttribute("fileName", name);
        model.addAttribute("fileErrors", views(rows.fileErrors(), locale));
        model.addAttribute("rowErrors", views(rows.rowErrors(), locale));
        model.addAttribute("duplicates", preview.possibleDuplicates().entrySet().stream()
                .map(e -> messages.getMessage("workerdata.import.duplicate.row", new Object[] {e.getKey(), e.getValue()}, locale))
                .toList());
        model.addAttribute("total", rows.rowCount());
        model.addAttribute("valid", rows.validRows().size());
        model.addAttribute("invalid", rows.rowCount() - rows.validRows().size());
        model.addAttribute("canImport", rows.canImport());
        if (rows.fileErrors().isEmpty() && !rows.validRows().isEmpty()) {
            String token = UUID.randomUUID().toString();
            session.setAttribute(PENDING, new PendingImport(token, bytes, chosen, town, name));
            model.addAttribute("token", token);
        }
        return "workers/data/import-preview";
    }

    @PostMapping("/confirm")
    String confirm(@RequestParam(defaultValue = "") String token, HttpSession session, RedirectAttributes flash) {
        requireImporter();
        Object held = session.getAttribute(PENDING);
        if (!(held instanceof PendingImport pending) || !pending.token().equals(token)) {
            flash.addFlashAttribute("notice", "workerdata.import.expired");
            return "redirect:/workers/import";
        }
        session.removeAttribute(PENDING);
        if (!visible(pending.municipalityId())) {
            throw new WorkerAccess.NotVisible();
        }
        int imported = roster.importValidRows(pending.file(), pending.encoding(), pending.municipalityId());
        flash.addFlashAttribute("imported", imported);
        return "redirect:/workers/import";
    }

    private String formPage(Model model, String municipalityId, String encoding, Map<String, String> errors) {
        List<Municipality> towns = queries.visibleTowns();
        model.addAttribute("towns", towns);
        model.addAttribute("municipalityId", municipalityId.isEmpty() && towns.size() == 1
                ? String.valueOf(towns.get(0).id()) : municipalityId);
        model.addAttribute("encodings", TabularImport.Encoding.values());
        model.addAttribute("encoding", encoding);
        model.addAttribute("errors", errors);
        return "workers/data/import";
    }

    private List<ProblemView> views(List<ImportProblem> problems, Locale locale) {
        return problems.stream().map(p -> new ProblemView(p.row(), p.column() == null ? "" : p.column(),
                messages.getMessage(p.code(), p.messageArgs(), p.code(), locale))).toList();
    }

    private boolean visible(long municipalityId) {
        return queries.visibleTowns().stream().anyMatch(m -> m.id() == municipalityId);
    }

    /** Town staff (for their towns), contractor staff and administrators; directors only read. */
    private void requireImporter() {
        CurrentUser user = accounts.current().orElseThrow(WorkerAccess.NotVisible::new);
        if (!user.has(Role.TOWN_STAFF) && !user.has(Role.CONTRACTOR_STAFF) && !user.has(Role.SYSTEM_ADMIN)) {
            throw new WorkerAccess.NotVisible();
        }
    }

    private String msg(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }
}
