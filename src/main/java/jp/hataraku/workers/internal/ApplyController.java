package jp.hataraku.workers.internal;

import java.util.Optional;

import jp.hataraku.organization.Organizations;
import jp.hataraku.workers.Application;
import jp.hataraku.workers.Workers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The public application form. */
@Controller
@RequestMapping("/apply")
class ApplyController {

    private final Workers workers;
    private final ApplicationFormValidator validator;
    private final Organizations organizations;

    ApplyController(Workers workers, ApplicationFormValidator validator, Organizations organizations) {
        this.workers = workers;
        this.validator = validator;
        this.organizations = organizations;
    }

    @GetMapping
    String form(Model model) {
        ApplicationForm form = new ApplicationForm();
        form.setPrivacyNoticeVersion(Workers.CURRENT_PRIVACY_NOTICE_VERSION);
        return show(model, form, new FormErrors());
    }

    @PostMapping
    String apply(@ModelAttribute("form") ApplicationForm form, Model model) {
        FormErrors errors = new FormErrors();
        Optional<Application> application = validator.validate(form, errors);
        if (application.isPresent()) {
            try {
                workers.apply(application.get());
                return "redirect:/apply/thanks";
            } catch (WorkerService.EmailAlreadyRegistered e) {
                errors.reject("email", "workers.error.emailTaken");
            }
        }
        form.setPassword("");
        return show(model, form, errors);
    }

    @GetMapping("/thanks")
    String thanks() {
        return "workers/apply-thanks";
    }

    private String show(Model model, ApplicationForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("municipalities", organizations.municipalities());
        model.addAttribute("choices", Choices.INSTANCE);
        return "workers/apply";
    }
}
