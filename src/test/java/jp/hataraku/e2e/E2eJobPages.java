package jp.hataraku.e2e;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Steps on the staff job pages that several browser journeys take: template fields and team members. */
final class E2eJobPages {

    private E2eJobPages() {
    }

    /** On the template builder: adds field {@code index} with its name, label and type. */
    static void addField(BrowserTest test, int index, String name, String label, String type) {
        test.find("#template-add").click();
        waitFor(test, "#fields-" + index + "-name");
        retype(test, "#fields-" + index + "-name", name);
        test.find("#fields-" + index + "-label").sendKeys(label);
        new Select(test.find("#fields-" + index + "-type")).selectByValue(type);
    }

    /** On the team page: finds the worker by {@code query} and adds them. */
    static void addMember(BrowserTest test, String query, long workerId) {
        retype(test, "#q", query);
        waitFor(test, "#add-" + workerId);
        test.find("#add-" + workerId).click();
        waitFor(test, "#remove-" + workerId);
    }

    private static void retype(BrowserTest test, String css, String value) {
        test.find(css).clear();
        if (!value.isEmpty()) {
            test.find(css).sendKeys(value);
        }
    }

    private static void waitFor(BrowserTest test, String css) {
        new WebDriverWait(test.driver, Duration.ofSeconds(15))
                .until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
    }
}
