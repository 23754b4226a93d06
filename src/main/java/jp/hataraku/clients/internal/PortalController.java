package jp.hataraku.clients.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jp.hataraku.clients.PortalSection;
import jp.hataraku.shared.TokyoClock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The client portal: each company the signed-in client user holds their role for, with its
 * agreements, and the sections other modules contribute ({@link PortalSection} beans).
 */
@Controller
class PortalController {

    private final ClientAccess access;
    private final AgreementRepository agreements;
    private final ClientRepository clients;
    private final List<PortalSection> sections;
    private final TokyoClock clock;

    PortalController(ClientAccess access, AgreementRepository agreements, ClientRepository clients,
            List<PortalSection> sections, TokyoClock clock) {
        this.access = access;
        this.clients = clients;
        this.agreements = agreements;
        this.sections = sections.stream().sorted(Comparator.comparingInt(PortalSection::order)).toList();
        this.clock = clock;
    }

    /** One company on the portal: its record, its agreements, and each contributed section's model. */
    record Company(ClientRecord client, List<Agreement> agreements, List<Section> sections) {
    }

    record Section(String template, Map<String, Object> model) {
    }

    @GetMapping("/portal")
    String home(Model model) {
        LocalDate today = clock.today();
        List<Company> companies = access.ownCompanies().stream().sorted()
                .map(clients::find).flatMap(java.util.Optional::stream)
                .map(client -> new Company(client,
                        agreements.ofClient(client.id()).stream().filter(a -> a.status() != AgreementStatus.DRAFT)
                                .toList(),
                        sections.stream().map(s -> new Section(s.template(), s.model(client.id()))).toList()))
                .toList();
        model.addAttribute("companies", companies);
        model.addAttribute("today", today);
        return "portal/home";
    }
}
