package jp.hataraku.jobs.internal.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.hataraku.clients.ClientSummary;
import jp.hataraku.clients.Clients;
import jp.hataraku.identity.AccountSummary;
import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Role;
import jp.hataraku.jobs.Confidentiality;
import jp.hataraku.jobs.FieldType;
import jp.hataraku.jobs.JobMode;
import jp.hataraku.jobs.JobRuleViolation;
import jp.hataraku.jobs.JobStatus;
import jp.hataraku.jobs.PriceModel;
import jp.hataraku.organization.Contractor;
import jp.hataraku.organization.Organizations;
import jp.hataraku.workers.WorkKind;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the job pages and the API share: choices for the forms, names, and rule messages. */
@Component
class JobPageSupport {

    private final Clients clients;
    private final Organizations organizations;
    private final Accounts accounts;
    private final MessageSource messages;

    JobPageSupport(Clients clients, Organizations organizations, Accounts accounts, MessageSource messages) {
        this.clients = clients;
        this.organizations = organizations;
        this.accounts = accounts;
        this.messages = messages;
    }

    /** Every contractor's clients, by id, in kana order per contractor. */
    Map<Long, ClientSummary> clients() {
        Map<Long, ClientSummary> out = new LinkedHashMap<>();
        for (Contractor c : organizations.contractors()) {
            clients.list(c.id()).forEach(cl -> out.put(cl.id(), cl));
        }
        return out;
    }

    Map<Long, String> clientNames() {
        return clients().values().stream().collect(Collectors.toMap(ClientSummary::id, ClientSummary::name,
                (a, b) -> a, LinkedHashMap::new));
    }

    Map<Long, AccountSummary> directors() {
        return accounts.withRole(Role.DIRECTOR).stream().collect(Collectors.toMap(AccountSummary::accountId,
                Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** The choices every job form offers. */
    void addChoices(Model model) {
        model.addAttribute("clients", clients().values());
        model.addAttribute("directors", directors().values());
        model.addAttribute("workKinds", WorkKind.values());
        model.addAttribute("modes", JobMode.values());
        model.addAttribute("priceModels", PriceModel.values());
        model.addAttribute("confidentialities", Confidentiality.values());
        model.addAttribute("aqlValues", JobFormValidator.AQL_VALUES);
        model.addAttribute("statuses", JobStatus.values());
        model.addAttribute("fieldTypes", FieldType.values());
    }

    /** A refused change as the person reads it: the code's message, or a general one naming the code. */
    String message(JobRuleViolation e) {
        return message(e.code(), e.args().toArray());
    }

    String message(String code, Object... args) {
        String text = messages.getMessage(code, args, null, LocaleContextHolder.getLocale());
        return text != null ? text
                : messages.getMessage("jobpages.rule.unknown", new Object[] {code}, code, LocaleContextHolder.getLocale());
    }

}
