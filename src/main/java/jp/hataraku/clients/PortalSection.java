package jp.hataraku.clients;

import java.util.Map;

/**
 * A section of the client portal ({@code /portal}) contributed by another module (the jobs module
 * adds jobs, progress and deliveries). Declare a bean; the portal renders the fragment
 * {@code templates/{template} :: portalSection} for each of the signed-in client user's companies, in
 * {@link #order()}, with the variables {@code clientId} and {@code sectionModel} (the map
 * {@link #model} returns). Sections show only what exists; no placeholders.
 */
public interface PortalSection {

    /** The template holding a fragment named {@code portalSection}, e.g. {@code jobs/portal}. */
    String template();

    /** Lower comes first; the clients module's own agreements section is 100. */
    default int order() {
        return 500;
    }

    /** What the fragment needs for one client company; the client user may see it. */
    Map<String, Object> model(long clientId);
}
