package jp.hataraku.e2e;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A signed-in worker accepts, in the browser, every written terms document waiting for them
 * (Freelance Act Art. 3): journeys that add a worker to a team and then work go through this, as a
 * real worker must. Documents are issued just after the joining, so the list is re-read until
 * none is being prepared.
 */
final class E2eTerms {

    private E2eTerms() {
    }

    static void acceptAll(BrowserTest test) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            test.visit("/me/terms");
            List<WebElement> pending = test.driver.findElements(By.cssSelector("#terms-table tr strong.badge.warning"));
            boolean preparing = !test.driver.findElements(By.id("terms-preparing")).isEmpty();
            if (pending.isEmpty() && !preparing) {
                return;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("terms still pending or being prepared after 30 s");
            }
            if (pending.isEmpty()) {
                pause();
                continue;
            }
            WebElement row = pending.get(0).findElement(By.xpath("ancestor::tr"));
            row.findElement(By.cssSelector("a[id^=terms-open-]")).click();
            accept(test);
        }
    }

    /** On a document's page: ticks the box and accepts. */
    static void accept(BrowserTest test) {
        new WebDriverWait(test.driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("terms-accept")).isEmpty());
        test.find("#agree").click();
        test.find("#terms-accept").click();
        new WebDriverWait(test.driver, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.id("terms-accept")).isEmpty()
                        && !d.findElements(By.cssSelector("#terms-status .alert")).isEmpty());
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
