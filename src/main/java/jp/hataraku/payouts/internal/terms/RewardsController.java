package jp.hataraku.payouts.internal.terms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.CurrentUser;
import jp.hataraku.jobs.JobStatus;
import jp.hataraku.jobs.JobSummary;
import jp.hataraku.jobs.Jobs;
import jp.hataraku.organization.Contractor;
import jp.hataraku.organization.MinimumWage;
import jp.hataraku.organization.Organizations;
import jp.hataraku.shared.TokyoClock;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/** Staff: every job they run with its reward rule, median time per unit, effective hourly reward and the minimum wage. */
@Controller
class RewardsController {

    private final Jobs jobs;
    private final Organizations organizations;
    private final Accounts accounts;
    private final TokyoClock clock;

    RewardsController(Jobs jobs, Organizations organizations, Accounts accounts, TokyoClock clock) {
        this.jobs = jobs;
        this.organizations = organizations;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** One contractor's rows. */
    record ContractorRewards(Contractor contractor, List<EffectiveRewards> rows) { }

    @GetMapping("/payouts/rewards")
    String rewards(Model model) {
        CurrentUser user = accounts.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        LocalDate today = clock.today();
        List<ContractorRewards> out = new ArrayList<>();
        for (Contractor c : organizations.contractors()) {
            List<JobSummary> managed = jobs.listForContractor(c.id()).stream().filter(j -> j.isManagedBy(user))
                    .filter(j -> j.status() != JobStatus.CANCELLED)
                    .sorted(Comparator.comparingLong(JobSummary::id).reversed()).toList();
            if (managed.isEmpty()) {
                continue;
            }
            List<MinimumWage> wages = organizations.municipalitiesServedBy(c.id()).stream()
                    .map(m -> organizations.minimumWage(m.id(), today)).flatMap(Optional::stream).toList();
            out.add(new ContractorRewards(c, managed.stream()
                    .map(j -> EffectiveRewards.of(j, jobs.unitTime(j.id()), wages)).toList()));
        }
        model.addAttribute("contractors", out);
        model.addAttribute("towns", organizations.municipalities());
        return "payouts/terms/rewards";
    }
}
